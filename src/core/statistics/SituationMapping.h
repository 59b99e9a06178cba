#pragma once

// Part 1 of the lägesbild, the kartläggning (Lag 2023:196 §4), built from the file's
// statistics for the years an edition covers (issue #14): reported crime by category and
// the largest types (count, share, rate per 100 000, change from the year before and over
// the period), the trend per category, the comparison with the municipalities the user
// chose, and the survey indicators. Numbers come from StatisticsCalculator, never from
// typing; the last year of the span with data is the year reported.

#include "MunicipalityData.h"
#include "SituationPicture.h"
#include "SurveyIndicator.h"
#include "statistics/StatisticsCalculator.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace samverka::core {

/// One line of the kartläggning: a category, a crime type or the total, in the year
/// reported, with its change over the period.
struct MappingLine {
    QString key; ///< the category or the crime type's full label; empty for the total
    QString label;
    std::optional<int> count;
    std::optional<double> sharePercent;
    std::optional<double> ratePer100k;
    std::optional<double> changePercent;       ///< from the year before
    std::optional<double> periodChangePercent; ///< from the first year of the period
    bool suppressed = false;                   ///< a missing count is left out
};

/// One municipality of the comparison: all reported crime per 100 000 inhabitants.
struct MappingComparison {
    QString code;
    QString name;
    bool own = false;
    std::optional<double> ratePer100k;         ///< in the year reported
    std::optional<double> periodChangePercent; ///< of the rate, from the first year
};

struct SituationMappingResult {
    int fromYear = 0; ///< the first year of the period with data
    int toYear = 0;   ///< the year reported: the last of the period with data
    QList<MappingLine> categories;
    QList<MappingLine> largestTypes; ///< top-level types by count, largest first
    MappingLine total;
    QList<StatisticsSeries> trend; ///< per category, only the period's years
    QList<MappingComparison> comparison;
    QList<SurveySeries> survey; ///< the municipality's own area, the period's years

    bool hasData() const { return toYear != 0; }
};

/// The kartläggning as it stood when an edition was adopted (issue #14): a fastställd
/// lägesbild keeps these numbers and never changes by itself (SituationMappingJson).
struct SituationMappingSnapshot {
    QDate takenOn;
    SituationMappingResult mapping;
};

class SituationMapping
{
public:
    static constexpr int largestTypesShown = 5;

    /// The kartläggning of municipality code for fromYear..toYear, compared with
    /// comparisonCodes. Without whole-year statistics in the span, hasData() is false.
    static SituationMappingResult build(const StatisticsCalculator &calculator, const QString &code,
                                        int fromYear, int toYear,
                                        const QStringList &comparisonCodes,
                                        const QList<SurveyIndicator> &survey);

    /// The kartläggning of edition as the file's data stand now: its years and its
    /// comparison municipalities, for the file's own municipality (or the only one with
    /// statistics when the file names none). Empty without the edition's years.
    static SituationMappingResult ofEdition(const MunicipalityData &data,
                                            const SituationPicture &edition);

    /// Marks the points whose confidence interval is wider than 10 percentage points and
    /// words each series' warning. A point without an interval gets no warning, rather
    /// than a guess.
    static void markWideIntervals(QList<SurveySeries> &survey);

    /// (to - from) / from in percent; nothing when either is missing or from is 0.
    static std::optional<double> percentChange(std::optional<double> from,
                                               std::optional<double> to);
};

} // namespace samverka::core
