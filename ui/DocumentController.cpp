#include "DocumentController.h"

#include "AppContext.h"
#include "FileController.h"
#include "SafeFileName.h"
#include "UiErrors.h"
#include "dialogs/DocumentDialog.h"

#include "AgreementLabel.h"
#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "DocumentPrinter.h"
#include "EnumLabels.h"
#include "OdtExporter.h"
#include "PdfExporter.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>

namespace samverka::ui {

namespace {
const auto kPdfFolderKey = QStringLiteral("pdfFolder");
// A document shows the own municipality's statistics and those a lägesbild compares with.
constexpr storage::LoadOptions kDocumentData{false, storage::StatisticsRows::Compared, true};
} // namespace

DocumentController::DocumentController(AppContext &context, QWidget &window)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
{}

documents::DocumentKind DocumentController::shownKind() const
{
    // On the lägesbild's or the åtgärdsplan's page, its document is the one meant.
    switch (m_context.currentTarget().page) {
    case NavTarget::Page::SituationPicture:
        return documents::DocumentKind::SituationPicture;
    case NavTarget::Page::MeasurePlan:
        return documents::DocumentKind::MeasurePlan;
    default:
        return documents::DocumentKind::Agreement;
    }
}

QString DocumentController::currentAgreementId() const
{
    return m_context.currentTarget().agreementId;
}

QList<DocumentDialog::Choice> DocumentController::choices(documents::DocumentKind kind) const
{
    QList<DocumentDialog::Choice> choices;
    if (documents::isAgreementDocument(kind)) {
        for (const core::Agreement &a : m_context.file()->agreements())
            choices.append({core::AgreementLabel::withStatus(a), a.id});
        return choices;
    }
    if (kind == documents::DocumentKind::MeasurePlan) {
        for (const core::MeasurePlan &p : m_context.file()->measurePlans())
            choices.append({tr("%1 (%2)", "title (status)")
                                .arg(p.title.simplified(), core::EnumLabels::label(p.status)),
                            p.id});
        return choices;
    }
    for (const core::SituationPicture &p : m_context.file()->situationPictures())
        choices.append({tr("%1 (%2)", "title (status)")
                            .arg(p.title.simplified(), core::EnumLabels::label(p.status)),
                        p.id});
    return choices;
}

bool DocumentController::ask(documents::DocumentKind kind, bool chooseKind,
                             const QString &actionText, documents::DocumentOptions &options,
                             const QString &recordId)
{
    if (!m_context.hasFile())
        return false;
    DocumentDialog::Records records;
    try {
        records.agreements = choices(documents::DocumentKind::Agreement);
        records.editions = choices(documents::DocumentKind::SituationPicture);
        records.plans = choices(documents::DocumentKind::MeasurePlan);
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(&m_window, tr("Document"), e.message());
        return false;
    }
    // Printing offers every document: without an agreement, the law's documents first.
    if (chooseKind && records.agreements.isEmpty() && records.of(kind).isEmpty())
        kind = !records.editions.isEmpty() ? documents::DocumentKind::SituationPicture
                                           : documents::DocumentKind::MeasurePlan;
    if (records.of(kind).isEmpty()) {
        QString none = tr("The file has no agreement to make a document of yet.");
        if (kind == documents::DocumentKind::SituationPicture)
            none = tr("The file has no situation picture yet. Make one on the page "
                      "Situation picture.");
        else if (kind == documents::DocumentKind::MeasurePlan)
            none = tr("The file has no measure plan yet. Make one on the page Measure plan.");
        QMessageBox::information(&m_window, tr("Document"), none);
        return false;
    }
    DocumentDialog dialog(records,
                          documents::isAgreementDocument(kind) ? currentAgreementId() : recordId,
                          kind, chooseKind, actionText, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options = dialog.options();
    options.clock = &m_context.file()->clock();
    return true;
}

QString DocumentController::suggestedName(documents::DocumentKind kind,
                                          const core::Agreement &agreement)
{
    // "Samverkansöverenskommelse 2025–2027", not "Samverkansöverenskommelse –
    // Samverkansöverenskommelse": the kind is left out when the title says it already.
    const QString kindTitle = documents::DocumentBuilder::kindTitle(kind);
    const QString title = core::AgreementLabel::withPeriod(agreement);
    if (agreement.title.trimmed().isEmpty())
        return tr("%1 %2", "document kind, years")
            .arg(kindTitle, core::AgreementLabel::years(agreement))
            .trimmed();
    if (title.contains(kindTitle, Qt::CaseInsensitive))
        return title;
    return tr("%1 – %2").arg(kindTitle, title);
}

QString DocumentController::suggestedName(const documents::DocumentOptions &options) const
{
    if (!documents::isAgreementDocument(options.kind)) {
        // "Lägesbild 2024" as it stands; "Lägesbild – Trygghet i Härnösand" otherwise.
        const QString kindTitle = documents::DocumentBuilder::kindTitle(options.kind);
        QString title;
        if (options.kind == documents::DocumentKind::MeasurePlan) {
            for (const core::MeasurePlan &p : m_context.file()->measurePlans())
                if (p.id == options.recordId)
                    title = p.title.simplified();
        } else {
            for (const core::SituationPicture &p : m_context.file()->situationPictures())
                if (p.id == options.recordId)
                    title = p.title.simplified();
        }
        if (title.isEmpty())
            return kindTitle;
        return title.contains(kindTitle, Qt::CaseInsensitive) ? title
                                                              : tr("%1 – %2").arg(kindTitle, title);
    }
    core::Agreement agreement;
    try {
        agreement = m_context.file()->agreement(options.agreementId);
    } catch (const storage::StorageError &error) {
        UiErrors::recordGone(m_context, QStringLiteral("DocumentController::exportPdf"), error);
    }
    return suggestedName(options.kind, agreement);
}

void DocumentController::exportDocument(documents::DocumentKind kind, const QString &recordId)
{
    documents::DocumentOptions options;
    if (!ask(kind, false, tr("&Export"), options, recordId))
        return;
    QSettings settings;
    const QString folder =
        settings.value(kPdfFolderKey, FileController::defaultFolder()).toString();
    QString name;
    try {
        name = suggestedName(options);
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(&m_window, tr("Export document"), e.message());
        return;
    }
    // PDF for printing and filing the signed original; OpenDocument for Word, where the
    // registry or kommunstyrelsen's secretary goes on editing.
    const QStringList filters{tr("PDF documents (*.pdf)"),
                              tr("Editable Word documents, OpenDocument (*.odt)")};
    QString selected = filters.first();
    const QString suggested = QDir(folder).filePath(safeFileName(name) + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export document"), suggested,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const bool odt =
        path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive) ||
        (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) && selected == filters.at(1));
    if (odt && !path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive))
        path =
            (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path.chopped(4) : path) +
            QStringLiteral(".odt");
    else if (!odt && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    settings.setValue(kPdfFolderKey, QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const core::MunicipalityData data = m_context.file()->load(kDocumentData);
        if (odt) {
            documents::OdtExporter::write(data, options, path);
            QApplication::restoreOverrideCursor();
            emit statusMessage(
                tr("Exported the editable document to %1").arg(QDir::toNativeSeparators(path)));
            return;
        }
        const int pages = documents::PdfExporter::write(data, options, path);
        QApplication::restoreOverrideCursor();
        emit statusMessage(
            tr("Exported %n page(s) to %1", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    } catch (const documents::DocumentError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(&m_window, tr("Export document"),
                             tr("The document %1 could not be written.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), e.message()));
    } catch (const storage::StorageError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(&m_window, tr("Export document"), e.message());
    }
}

void DocumentController::print()
{
    documents::DocumentOptions options;
    if (!ask(shownKind(), true, tr("&Print…"), options, m_context.currentTarget().recordId))
        return;
    QPrinter printer(QPrinter::HighResolution);
    // The print dialog starts on the document's own orientation (the plan's landscape).
    printer.setPageOrientation(documents::DocumentBuilder::orientation(options.kind));
    QPrintDialog dialog(&printer, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const int pages = documents::DocumentPrinter::print(m_context.file()->load(kDocumentData),
                                                            options, printer);
        emit statusMessage(tr("Printed %n page(s)", nullptr, pages));
    } catch (const documents::DocumentError &e) {
        QMessageBox::warning(&m_window, tr("Print"), e.message());
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(&m_window, tr("Print"), e.message());
    }
}

void DocumentController::preview()
{
    documents::DocumentOptions options;
    if (!ask(shownKind(), true, tr("Pre&view"), options, m_context.currentTarget().recordId))
        return;
    documents::BuiltDocument built;
    try {
        built = documents::DocumentBuilder::build(m_context.file()->load(kDocumentData), options);
    } catch (const documents::DocumentError &e) {
        QMessageBox::warning(&m_window, tr("Print preview"), e.message());
        return;
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(&m_window, tr("Print preview"), e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    // Set before the dialog: its orientation buttons show the document's own (landscape
    // for the plan), and the user may still turn it.
    printer.setPageOrientation(built.orientation);
    QPrintPreviewDialog dialog(&printer, &m_window);
    dialog.setWindowTitle(tr("Print preview – %1").arg(built.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&built](QPrinter *p) { documents::DocumentPrinter::print(built, *p); });
    dialog.resize(900, 700);
    dialog.exec();
}

} // namespace samverka::ui
