#pragma once

// The statistics page's table of reported crimes as sheets: one per year (the latest
// first) for the municipality of the file, with each category followed by its crime
// types, then the total; counts and percentages as numbers.

#include "DocumentContext.h"

#include "DataSheet.h"

namespace samverka::documents {

class StatisticsTables
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsTables)

public:
    /// One sheet per whole year with statistics; one without rows when there are none.
    static QList<core::DataSheet> build(const DocumentContext &context);
    /// The sheets as one table (for CSV): they share their columns, the first is the year.
    static core::DataSheet concatenated(const QList<core::DataSheet> &sheets);

private:
    static QList<core::DataSheet::Column> columns();
    static QList<core::SheetCell> row(int year, const QString &category, const QString &type,
                                      const core::StatisticsLine &line);
};

} // namespace samverka::documents
