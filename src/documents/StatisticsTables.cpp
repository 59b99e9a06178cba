#include "StatisticsTables.h"

#include <algorithm>
#include <cmath>

namespace samverka::documents {

using core::DataSheet;
using core::SheetCell;

namespace {

// Shares, rates and changes with the one decimal the statistics page and the PDFs show;
// the counts behind them are exact.
SheetCell oneDecimal(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return {};
    return SheetCell::decimal(std::round(*value * 10.0) / 10.0);
}

} // namespace

QList<DataSheet::Column> StatisticsTables::columns()
{
    //: sv: År
    return {{tr("Year"), 8},
            //: sv: Brottskategori
            {tr("Crime category"), 35},
            //: sv: Brottstyp
            {tr("Crime type"), 45},
            //: sv: Antal
            {tr("Count"), 10},
            //: sv: Andel av alla brott (%)
            {tr("Share of all crimes (%)"), 12},
            //: sv: Per 100 000 inv.
            {tr("Per 100 000 inh."), 12},
            //: sv: Förändring
            {tr("Change"), 12},
            //: sv: Förändring (%)
            {tr("Change (%)"), 12}};
}

QList<SheetCell> StatisticsTables::row(int year, const QString &category, const QString &type,
                                       const core::StatisticsLine &line)
{
    return {SheetCell::integer(std::int64_t(year)),
            SheetCell::text(category),
            SheetCell::text(type),
            SheetCell::integer(line.count),
            oneDecimal(line.sharePercent),
            oneDecimal(line.ratePer100k),
            SheetCell::integer(line.change),
            oneDecimal(line.changePercent)};
}

QList<DataSheet> StatisticsTables::build(const DocumentContext &context)
{
    const core::StatisticsCalculator &calculator = context.statistics();
    const QString code = context.statisticsCode();
    QList<int> years = calculator.years(code);
    std::sort(years.begin(), years.end(), std::greater<>()); // the latest first, as the page
    QList<DataSheet> sheets;
    for (const int year : years) {
        const core::StatisticsTable table = calculator.table(code, year);
        if (table.isEmpty())
            continue;
        const QString name = table.preliminary
                                 //: sv: Anmälda brott %1 prel.
                                 ? tr("Reported crimes %1 prel.").arg(year)
                                 //: sv: Anmälda brott %1
                                 : tr("Reported crimes %1").arg(year);
        DataSheet sheet(name, columns());
        for (const core::StatisticsLine &category : table.categories) {
            sheet.addRow(row(year, category.key, QString(), category));
            for (const core::StatisticsLine &type : table.types)
                if (type.category == category.category)
                    sheet.addRow(row(year, category.key, type.key, type));
        }
        //: sv: Samtliga brott
        sheet.addRow(row(year, tr("All crimes"), QString(), table.total));
        sheets.append(sheet);
    }
    if (sheets.isEmpty())
        //: sv: Anmälda brott
        sheets.append(DataSheet(tr("Reported crimes"), columns()));
    return sheets;
}

DataSheet StatisticsTables::concatenated(const QList<DataSheet> &sheets)
{
    DataSheet result(tr("Reported crimes"), columns());
    for (const DataSheet &sheet : sheets)
        for (const QList<SheetCell> &r : sheet.rows())
            result.addRow(r);
    return result;
}

} // namespace samverka::documents
