#include "CompareDialog.h"

#include "AppContext.h"
#include "RecordLocator.h"
#include "SafeFileName.h"

#include "DocumentError.h"
#include "PdfExporter.h"
#include "StorageError.h"

#include "AgreementComparer.h"
#include "AgreementLabel.h"
#include "DiffLabels.h"
#include "MunicipalityFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {

const QString kRemovedStyle = QStringLiteral("color:#a3271d;text-decoration:line-through");
const QString kInsertedStyle = QStringLiteral("color:#17703a;text-decoration:underline");

} // namespace

CompareDialog::CompareDialog(AppContext &context, const QString &toId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_confidential(new QCheckBox(tr("Show &confidential items"), this))
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare agreements"));
    m_data = m_context.file()->load({false, storage::StatisticsRows::None});
    const core::Agreement *to = m_data.findAgreement(toId);
    for (const core::Agreement &a : m_data.agreements) {
        m_from->addItem(core::AgreementLabel::withStatus(a), a.id);
        m_to->addItem(core::AgreementLabel::withStatus(a), a.id);
    }
    m_to->setCurrentIndex(std::max(0, m_to->findData(toId)));
    QString fromId = to ? to->replaces : QString();
    if (fromId.isEmpty() || m_from->findData(fromId) < 0)
        for (const core::Agreement &a : m_data.agreements)
            if (a.id != toId) {
                fromId = a.id;
                break;
            }
    m_from->setCurrentIndex(std::max(0, m_from->findData(fromId)));
    m_kind->addItem(tr("All differences"));
    for (core::DiffKind kind : {core::DiffKind::Changed, core::DiffKind::Added,
                                core::DiffKind::Removed, core::DiffKind::Moved})
        m_kind->addItem(core::DiffLabels::kind(kind), int(kind));
    m_view->setOpenLinks(false);
    m_view->setObjectName(QStringLiteral("compareView"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Earlier:"), m_from);
    form->addRow(tr("&Later:"), m_to);
    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_kind);
    filters->addWidget(showLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(16);
    filters->addWidget(m_confidential);
    filters->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("saveChangesPdf"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompareDialog::render);
    connect(m_confidential, &QCheckBox::toggled, this, &CompareDialog::render);
    connect(m_view, &QTextBrowser::anchorClicked, this, &CompareDialog::openLink);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString title = m_to->currentText();
        const QString suggested =
            QFileInfo(m_context.file()->path())
                .dir()
                .filePath(safeFileName(tr("Changes – %1").arg(title)) + QStringLiteral(".pdf"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the changes as PDF"),
                                                          suggested, tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    compare();
}

void CompareDialog::compare()
{
    const core::Agreement *from = m_data.findAgreement(m_from->currentData().toString());
    const core::Agreement *to = m_data.findAgreement(m_to->currentData().toString());
    m_diff =
        (from && to) ? core::AgreementComparer(m_data).compare(*from, *to) : core::AgreementDiff{};
    render();
}

bool CompareDialog::savePdf(const QString &path)
{
    documents::DocumentOptions options;
    options.kind = documents::DocumentKind::Changes;
    options.agreementId = m_to->currentData().toString();
    options.recordId = m_from->currentData().toString();
    options.includeConfidential = m_confidential->isChecked();
    try {
        documents::PdfExporter::write(
            m_context.file()->load({false, storage::StatisticsRows::Compared, true}), options,
            path);
    } catch (const documents::DocumentError &error) {
        emit m_context.errorOccurred(error.message());
        return false;
    } catch (const storage::StorageError &error) {
        emit m_context.errorOccurred(error.message());
        return false;
    }
    return true;
}

void CompareDialog::render()
{
    QString html;
    if (m_diff.from.fingerprintBroken || m_diff.to.fingerprintBroken)
        html += QStringLiteral("<p style='color:#a3271d'><b>%1</b></p>")
                    .arg(tr("A signed agreement no longer matches its fingerprint: it is compared "
                            "as it now stands, not as it was signed.")
                             .toHtmlEscaped());
    m_pdf->setEnabled(m_from->currentData() != m_to->currentData());
    if (m_from->currentData() == m_to->currentData()) {
        m_view->setHtml(html + QStringLiteral("<p>%1</p>")
                                   .arg(tr("Choose two different agreements.").toHtmlEscaped()));
        return;
    }
    const QVariant kind = m_kind->currentData();
    QList<core::DiffItem> items;
    for (const core::DiffItem &item : m_diff.visible(m_confidential->isChecked()))
        if (!kind.isValid() || int(item.kind) == kind.toInt())
            items << item;
    if (items.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No differences.").toHtmlEscaped());
    for (core::DiffSection section : core::AgreementDiff::sections()) {
        QString body;
        int count = 0;
        for (const core::DiffItem &item : items)
            if (item.section == section) {
                body += itemHtml(item);
                ++count;
            }
        if (count > 0)
            html += QStringLiteral("<h3>%1 (%2)</h3>")
                        .arg(core::DiffLabels::section(section).toHtmlEscaped())
                        .arg(count) +
                    body;
    }
    m_view->setHtml(html);
}

QString CompareDialog::itemHtml(const core::DiffItem &item) const
{
    const QString id = item.toId.isEmpty() ? item.fromId : item.toId;
    const QString side = item.toId.isEmpty() ? QStringLiteral("from") : QStringLiteral("to");
    QString label = item.label.toHtmlEscaped();
    if (!id.isEmpty())
        label = QStringLiteral("<a href='record:%1/%2'>%3</a>")
                    .arg(side, QString::fromLatin1(QUrl::toPercentEncoding(id)), label);
    QString html = QStringLiteral("<p><b>%1</b> %2")
                       .arg(core::DiffLabels::kind(item.kind).toHtmlEscaped(), label);
    if (item.isGuess())
        html +=
            QStringLiteral(" <i>(%1)</i>").arg(tr("matched by content, a guess").toHtmlEscaped());
    if (item.confidential)
        html += QStringLiteral(" <i>(%1)</i>").arg(tr("confidential").toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!item.fields.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const core::FieldDifference &field : item.fields)
            html += QStringLiteral("<li>%1</li>").arg(fieldHtml(field));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString CompareDialog::fieldHtml(const core::FieldDifference &field) const
{
    QString html = QStringLiteral("%1: ").arg(core::DiffLabels::field(field.field).toHtmlEscaped());
    if (!field.words.isEmpty()) {
        bool first = true;
        for (const core::WordRun &run : field.words) {
            // A run holds its words joined by spaces; the runs are apart by one too.
            if (!first)
                html += QLatin1Char(' ');
            first = false;
            const QString text = run.text.toHtmlEscaped();
            if (run.kind == core::WordRun::Kind::Removed)
                html += QStringLiteral("<span style='%1'>%2</span>").arg(kRemovedStyle, text);
            else if (run.kind == core::WordRun::Kind::Inserted)
                html += QStringLiteral("<span style='%1'>%2</span>").arg(kInsertedStyle, text);
            else
                html += text;
        }
        return html;
    }
    const QString before = core::DiffLabels::value(field.before);
    const QString after = core::DiffLabels::value(field.after);
    const QString empty = QStringLiteral("<i>%1</i>").arg(tr("empty").toHtmlEscaped());
    return html + QStringLiteral("<span style='%1'>%2</span> → <span style='%3'>%4</span>")
                      .arg(kRemovedStyle, before.isEmpty() ? empty : before.toHtmlEscaped(),
                           kInsertedStyle, after.isEmpty() ? empty : after.toHtmlEscaped());
}

void CompareDialog::openLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("record"))
        return;
    const QString path = url.path();
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    const bool later = path.left(slash) == QLatin1String("to");
    const QString recordId = QUrl::fromPercentEncoding(path.mid(slash + 1).toUtf8());
    const core::Agreement *agreement = m_data.findAgreement(
        later ? m_to->currentData().toString() : m_from->currentData().toString());
    if (!agreement)
        return;
    m_context.navigate(RecordLocator::forRecord(*agreement, recordId));
}

} // namespace samverka::ui
