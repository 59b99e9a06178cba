#include "WorkspaceDocuments.h"

#include "SafeFileName.h"

#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "MunicipalityFile.h"
#include "PdfExporter.h"
#include "StorageError.h"

#include <QDir>
#include <QFileInfo>

namespace samverka::ui {

using documents::DocumentKind;

QList<DocumentKind> WorkspaceDocuments::kinds()
{
    return {DocumentKind::Agreement, DocumentKind::ActionPlan,       DocumentKind::CitizenPromises,
            DocumentKind::FollowUp,  DocumentKind::SituationPicture, DocumentKind::MeasurePlan};
}

bool WorkspaceDocuments::offers(const core::OverviewRow &row, DocumentKind kind)
{
    if (!row.isOk())
        return false;
    return !documents::isAgreementDocument(kind) || !row.agreementId.isEmpty();
}

QString WorkspaceDocuments::fileName(const core::OverviewRow &row, DocumentKind kind)
{
    const QString what = kind == DocumentKind::Agreement && !row.agreementTitle.trimmed().isEmpty()
                             ? row.agreementTitle
                             : documents::DocumentBuilder::kindTitle(kind);
    const QString municipality =
        row.municipality.isEmpty() ? QFileInfo(row.source).completeBaseName() : row.municipality;
    //: sv: %1 – %2 (municipality – document)
    return safeFileName(tr("%1 – %2").arg(municipality, what)) + QStringLiteral(".pdf");
}

QString WorkspaceDocuments::write(const core::OverviewRow &row, DocumentKind kind,
                                  const QString &path)
{
    try {
        storage::MunicipalityFile::OpenOptions open;
        open.readOnly = true;
        open.backupOnOpen = false;
        open.recoverInterruptedWrite = false;
        const auto file = storage::MunicipalityFile::open(row.source, open);
        documents::DocumentOptions options;
        options.kind = kind;
        if (documents::isAgreementDocument(kind))
            options.agreementId = row.agreementId;
        options.clock = &file->clock();
        documents::PdfExporter::write(file->load({false, storage::StatisticsRows::Compared, true}),
                                      options, path);
    } catch (const storage::StorageError &error) {
        return error.message();
    } catch (const documents::DocumentError &error) {
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), error.message());
    }
    return {};
}

QStringList WorkspaceDocuments::existing(const QList<core::OverviewRow> &rows,
                                         const QString &folder)
{
    QStringList found;
    for (const core::OverviewRow &row : rows) {
        const QString path = QDir(folder).filePath(fileName(row, DocumentKind::Agreement));
        if (offers(row, DocumentKind::Agreement) && QFileInfo::exists(path))
            found << path;
    }
    return found;
}

WorkspaceDocuments::BatchResult
WorkspaceDocuments::writeAll(const QList<core::OverviewRow> &rows, const QString &folder,
                             const std::function<bool(int, int)> &progress)
{
    BatchResult result;
    for (int i = 0; i < rows.size(); ++i) {
        if (progress && !progress(i, int(rows.size())))
            break;
        const core::OverviewRow &row = rows.at(i);
        if (!offers(row, DocumentKind::Agreement)) {
            result.skipped << (row.municipality.isEmpty() ? QFileInfo(row.source).completeBaseName()
                                                          : row.municipality);
            continue;
        }
        const QString path = QDir(folder).filePath(fileName(row, DocumentKind::Agreement));
        const QString error = write(row, DocumentKind::Agreement, path);
        if (error.isEmpty())
            result.written << path;
        else
            result.failures << error;
    }
    return result;
}

QString WorkspaceDocuments::writeReport(const documents::PoliceAreaReportBuilder::Input &input,
                                        const QString &path)
{
    try {
        documents::BuiltDocument built = documents::PoliceAreaReportBuilder::build(input);
        documents::PdfExporter::write(built, path);
    } catch (const documents::DocumentError &error) {
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), error.message());
    }
    return {};
}

} // namespace samverka::ui
