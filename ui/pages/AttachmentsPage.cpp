#include "AttachmentsPage.h"

#include "AppContext.h"
#include "UiErrors.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/RecordListPanel.h"
#include "widgets/TextField.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

AttachmentsPage::AttachmentsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_list(new RecordListPanel(tr("Attachments"), this))
    , m_binder(new FieldBinder(context, this))
    , m_name(new LineField)
    , m_agreement(new EnumCombo)
    , m_note(new TextField)
    , m_info(new QLabel)
    , m_save(new QPushButton(tr("&Save a copy…")))
{
    m_list->setHeaders(tr("File"), tr("Type"));
    m_list->setAddText(tr("Add file…"));
    m_list->setEmptyText(tr("No files yet. Keep the scanned signed original and other documents "
                            "here, inside the municipality file."));
    m_list->setRemoveText(tr("Remove"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QWidget;
    auto *form = makeForm(right);
    addFormRow(form, tr("&Name:"), m_name);
    addFormRow(form, tr("&Agreement:"), m_agreement);
    addFormRow(form, tr("N&ote:"), m_note);
    addFormRow(form, tr("File:"), m_info);
    form->addRow(QString(), m_save);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setSizes({400, 600});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    m_binder->bind(m_name, QStringLiteral("name"), tr("Edit attachment name"));
    m_binder->bind(m_agreement, QStringLiteral("agreement"), tr("Edit attachment agreement"));
    m_binder->bind(m_note, QStringLiteral("note"), tr("Edit attachment note"));
    connect(m_list, &RecordListPanel::currentChanged, this, &AttachmentsPage::showAttachment);
    connect(m_list, &RecordListPanel::addRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add a file"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_list, &RecordListPanel::removeRequested, this,
            [this](const QString &id) { removeAttachment(id); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString id = m_list->currentId();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save a copy"), m_binder->value(QStringLiteral("name")).toString());
        if (!path.isEmpty() && !saveCopy(id, path))
            emit this->context().errorOccurred(
                tr("The copy could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    });
}

QString AttachmentsPage::title() const
{
    return tr("Attachments");
}

void AttachmentsPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    reload();
    if (!target.recordId.isEmpty()) {
        m_list->selectId(target.recordId);
        showAttachment(m_list->currentId());
    }
}

void AttachmentsPage::showAttachment(const QString &id)
{
    m_binder->setRecord(RecordKind::Attachment, id);
    m_save->setEnabled(!id.isEmpty());
    m_info->clear();
    if (id.isEmpty())
        return;
    for (const core::Attachment &a : context().file()->attachments())
        if (a.id == id)
            m_info->setText(tr("%1\nSHA-256: %2").arg(a.mediaType, a.sha256));
}

void AttachmentsPage::reload()
{
    if (!context().hasFile())
        return;
    QList<QPair<QString, QString>> agreements;
    for (const core::Agreement &a : context().file()->agreementHeads())
        agreements.append({a.id, a.title});
    m_agreement->setChoices(agreements, true);
    QList<ListEntry> entries;
    for (const core::Attachment &a : context().file()->attachments())
        entries.append({a.id, {}, a.name, a.mediaType, a.note, false, {}});
    m_list->setEntries(entries);
    m_list->setEditable(!context().file()->isReadOnly());
    if (m_list->currentId() != m_binder->recordId())
        showAttachment(m_list->currentId());
    else
        m_binder->load();
}

QString AttachmentsPage::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit context().errorOccurred(tr("The file %1 could not be read: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    const QByteArray bytes = file.readAll();
    const QFileInfo info(path);
    QVariantMap fields{{QStringLiteral("name"), info.fileName()},
                       {QStringLiteral("mediaType"), QMimeDatabase().mimeTypeForFile(info).name()},
                       {QStringLiteral("note"), QString()},
                       {QStringLiteral("data"), bytes}};
    if (!target().agreementId.isEmpty())
        fields.insert(QStringLiteral("agreement"), target().agreementId);
    const QString id =
        context().insertRecord(RecordKind::Attachment, {}, fields, -1, tr("Add attachment"));
    if (!id.isEmpty()) {
        reload();
        m_list->selectId(id);
        showAttachment(id);
    }
    return id;
}

bool AttachmentsPage::saveCopy(const QString &id, const QString &path)
{
    if (id.isEmpty())
        return false;
    QByteArray bytes;
    try {
        bytes = context().file()->attachmentData(id);
    } catch (const std::exception &error) {
        UiErrors::recordGone(context(), QStringLiteral("AttachmentsPage::saveCopy"), error);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(bytes);
    return out.commit();
}

bool AttachmentsPage::removeAttachment(const QString &id)
{
    const bool ok = context().removeRecord(RecordKind::Attachment, id, tr("Remove attachment"));
    if (ok)
        reload();
    return ok;
}

} // namespace samverka::ui
