#pragma once

// Where the columns of a statistics table are, recognised from its header row (Brå's
// Swedish headings or the exchange format's column names), or from the first row of an
// exchange file written without a header.

#include "statistics/CrimeStatisticsCsvParser.h"

#include <QChar>
#include <QList>
#include <QStringList>

#include <optional>

namespace samverka::core {

struct StatisticsTableLayout {
    struct YearColumn {
        int column;
        int year;
        bool preliminary;
    };

    CrimeStatisticsCsvParser::Format format = CrimeStatisticsCsvParser::Format::NationalStatistics;
    QChar separator = QLatin1Char(';');
    int columns = 0;
    // Column indexes; -1 when absent.
    int region = -1;
    int crime = -1;
    int year = -1;
    int period = -1;
    int count = -1;
    int rate = -1;
    int code = -1;
    int name = -1;
    int category = -1;
    int preliminary = -1;
    QList<YearColumn> yearColumns; ///< years as columns ("2022", "2023 prel.")

    /// The layout when fields is a header row, split at separator.
    static std::optional<StatisticsTableLayout> fromHeader(const QStringList &fields,
                                                           QChar separator);
    /// The layout when fields is the first row of an exchange file without its header:
    /// "2280;2023;;Misshandel;;12".
    static std::optional<StatisticsTableLayout> fromHeaderlessExchange(const QStringList &fields,
                                                                       QChar separator);
};

} // namespace samverka::core
