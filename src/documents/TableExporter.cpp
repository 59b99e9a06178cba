#include "TableExporter.h"

#include "AgreementTables.h"
#include "CsvTableWriter.h"
#include "DocumentContext.h"
#include "StatisticsTables.h"
#include "XlsxTableWriter.h"

namespace samverka::documents {

QList<core::DataSheet> TableExporter::build(const core::MunicipalityData &data,
                                            const TableExportOptions &options)
{
    const bool statistics = options.table == TableKind::Statistics;
    DocumentOptions documentOptions;
    // Any of an agreement's documents; the statistics are the file's, as the lägesbild's.
    documentOptions.kind = statistics ? DocumentKind::SituationPicture : DocumentKind::ActionPlan;
    documentOptions.agreementId = options.agreementId;
    documentOptions.includeConfidential = options.includeConfidential;
    documentOptions.clock = options.clock;
    const DocumentContext context(data, documentOptions);
    if (statistics) {
        const QList<core::DataSheet> sheets = StatisticsTables::build(context);
        if (options.format == TableFormat::Xlsx)
            return sheets;
        return {StatisticsTables::concatenated(sheets)};
    }
    const QList<core::DataSheet> sheets = AgreementTables::build(context, options.table);
    if (options.format == TableFormat::Xlsx ||
        (options.table != TableKind::ActionPlan && sheets.size() == 1))
        return sheets;
    return {core::DataSheet::merged(sheets, AgreementTables::actionPlanName(),
                                    AgreementTables::focusAreaColumn())};
}

int TableExporter::write(const QList<core::DataSheet> &sheets, TableFormat format,
                         const QString &path, const QString &title)
{
    int rows = 0;
    if (format == TableFormat::Csv) {
        const core::DataSheet table = sheets.isEmpty() ? core::DataSheet() : sheets.first();
        CsvTableWriter::write(table, path);
        return table.rowCount();
    }
    XlsxTableWriter::write(sheets, path, title);
    for (const core::DataSheet &sheet : sheets)
        rows += sheet.rowCount();
    return rows;
}

int TableExporter::write(const core::MunicipalityData &data, const TableExportOptions &options,
                         const QString &path)
{
    const core::Agreement *agreement = data.findAgreement(options.agreementId);
    return write(build(data, options), options.format, path,
                 agreement ? agreement->title : data.municipality.name);
}

} // namespace samverka::documents
