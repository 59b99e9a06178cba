#pragma once

// Reads the cells of a statistics table as the national statistics write them:
// counts with spaces (also no-break and narrow no-break) as thousands separators,
// ".." for suppressed or missing, decimal commas, "2024 prel." years and periods
// such as "Januari", "2024-03", "Kvartal 1", "jan-mar". Failures return an error
// text (English source, translated) for the caller to put a line number on.

#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

namespace samverka::core {

class StatisticsValueParser
{
public:
    struct Count {
        std::optional<int> value; ///< nullopt: suppressed or missing
    };
    struct Year {
        int year = 0;
        bool preliminary = false;
    };
    struct Period {
        QString period;          ///< empty, YYYY-MM, YYYY-Qn or YYYY-Hn
        std::optional<int> year; ///< when the cell itself names the year ("2024-03")
        bool preliminary = false;
    };
    struct Error {
        QString message;
    };

    /// True for the marks that mean "no value": "..", ".", "…", "" (and "x").
    static bool isMissingMark(QStringView cell);
    /// Removes spaces used as thousands separators and trims.
    static QString stripNumberSpaces(QStringView cell);
    static std::variant<Count, Error> count(QStringView cell);
    /// A rate or percentage with decimal comma or point; nullopt for a missing mark.
    static std::variant<std::optional<double>, Error> decimal(QStringView cell);
    static std::variant<Year, Error> year(const QString &cell);
    /// year: the row's year (for "Januari", "Kvartal 1"); 0 when unknown.
    static std::variant<Period, Error> period(const QString &cell, int year);
    /// True for "prel.", "preliminär", "*" marks.
    static bool hasPreliminaryMark(const QString &cell);
};

} // namespace samverka::core
