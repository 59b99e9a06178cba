#include "ExportController.h"

#include "AppContext.h"
#include "SafeFileName.h"
#include "dialogs/ExportDialog.h"

#include "AgreementLabel.h"
#include "CalendarExporter.h"
#include "DocumentError.h"
#include "TableExporter.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace samverka::ui {

namespace {
const auto kExportFolderKey = QStringLiteral("exportFolder");

QList<ExportDialog::Choice> agreementChoices(const AppContext &context)
{
    QList<ExportDialog::Choice> choices;
    for (const core::Agreement &a : context.file()->agreementHeads())
        choices.append({core::AgreementLabel::withStatus(a), a.id});
    return choices;
}

QString tableName(documents::TableKind table)
{
    switch (table) {
    case documents::TableKind::ActionPlan:
        return ExportController::tr("Action plan");
    case documents::TableKind::Measures:
        return ExportController::tr("All measures");
    case documents::TableKind::FollowUps:
        return ExportController::tr("Follow-ups");
    case documents::TableKind::Statistics:
        return ExportController::tr("Reported crimes");
    }
    return {};
}
} // namespace

ExportController::ExportController(AppContext &context, QWidget &window)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
{}

QString ExportController::askPath(const QString &title, const QString &name,
                                  const QStringList &filters, const QStringList &extensions)
{
    // The folder last exported to; the first time, the municipality file's own.
    QSettings settings;
    const QString folder =
        settings.value(kExportFolderKey, QFileInfo(m_context.file()->path()).absolutePath())
            .toString();
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(
        &m_window, title, QDir(folder).filePath(safeFileName(name) + extensions.first()),
        filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return {};
    const qsizetype chosen = std::max<qsizetype>(0, filters.indexOf(selected));
    bool known = false;
    for (const QString &extension : extensions)
        known = known || path.endsWith(extension, Qt::CaseInsensitive);
    if (!known)
        path += extensions.at(chosen);
    settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void ExportController::exportTable(documents::TableKind table)
{
    if (!m_context.hasFile())
        return;
    documents::TableExportOptions options;
    QString name;
    try {
        ExportDialog dialog(ExportDialog::Mode::Table, agreementChoices(m_context),
                            m_context.currentTarget().agreementId, table, &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options.table = dialog.table();
        options.agreementId = dialog.agreementId();
        options.includeConfidential = dialog.includeConfidential();
        name = tableName(options.table);
        if (!options.agreementId.isEmpty())
            name = tr("%1 – %2").arg(name, core::AgreementLabel::withPeriod(
                                               m_context.file()->agreement(options.agreementId)));
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(&m_window, tr("Export table"), e.message());
        return;
    }
    const QString path =
        askPath(tr("Export table"), name,
                {tr("Excel workbook (*.xlsx)"), tr("CSV for other programs, semicolons (*.csv)")},
                {QStringLiteral(".xlsx"), QStringLiteral(".csv")});
    if (path.isEmpty())
        return;
    options.format = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
                         ? documents::TableFormat::Csv
                         : documents::TableFormat::Xlsx;
    options.clock = &m_context.file()->clock();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // Only the statistics table reads the statistics: every municipality the page shows.
        const storage::LoadOptions data{false, options.table == documents::TableKind::Statistics
                                                   ? storage::StatisticsRows::All
                                                   : storage::StatisticsRows::None};
        const int rows =
            documents::TableExporter::write(m_context.file()->load(data), options, path);
        QApplication::restoreOverrideCursor();
        emit statusMessage(
            tr("Exported %n row(s) to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    } catch (const documents::DocumentError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(&m_window, tr("Export table"),
                             tr("The table %1 could not be written.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), e.message()));
    } catch (const storage::StorageError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(&m_window, tr("Export table"), e.message());
    }
}

void ExportController::exportCalendar()
{
    if (!m_context.hasFile())
        return;
    core::CalendarOptions options;
    QString name;
    try {
        ExportDialog dialog(ExportDialog::Mode::Calendar, agreementChoices(m_context),
                            m_context.currentTarget().agreementId, documents::TableKind::ActionPlan,
                            &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options.agreementId = dialog.agreementId();
        options.includeConfidential = dialog.includeConfidential();
        name = options.agreementId.isEmpty()
                   ? tr("Samverka – %1").arg(m_context.file()->municipality().name)
                   : core::AgreementLabel::withPeriod(
                         m_context.file()->agreement(options.agreementId));
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(&m_window, tr("Export calendar"), e.message());
        return;
    }
    const QString path =
        askPath(tr("Export calendar"), name, {tr("Calendar (*.ics)")}, {QStringLiteral(".ics")});
    if (path.isEmpty())
        return;
    options.clock = &m_context.file()->clock();
    try {
        const int events = documents::CalendarExporter::write(
            m_context.file()->load({false, storage::StatisticsRows::None}), options, path);
        emit statusMessage(
            tr("Exported %n date(s) to %1", nullptr, events).arg(QDir::toNativeSeparators(path)));
    } catch (const documents::DocumentError &e) {
        QMessageBox::warning(&m_window, tr("Export calendar"),
                             tr("The calendar %1 could not be written.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), e.message()));
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(&m_window, tr("Export calendar"), e.message());
    }
}

} // namespace samverka::ui
