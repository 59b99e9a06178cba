#pragma once

// How the statistics page writes its numbers and marks, in one place so the tables,
// the charts' tooltips and the import preview agree: counts with thousands separators,
// ".." for a suppressed or missing value, signed changes, one decimal for rates.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace samverka::ui {

class StatisticsFormat
{
    Q_DECLARE_TR_FUNCTIONS(samverka::ui::StatisticsFormat)

public:
    /// The national statistics' mark for "missing or suppressed", never a zero.
    static QString missingMark() { return QStringLiteral(".."); }
    /// The tooltip of a missing value. sv: Uppgiften saknas eller är skyddad
    static QString missingTooltip();

    static QString count(std::optional<qint64> value);
    static QString decimal(std::optional<double> value, int decimals = 1);
    static QString percent(std::optional<double> value, int decimals = 1);
    /// "+12", "−3", "0".
    static QString signedCount(std::optional<int> value);
    /// "+5,3 %", "−2,0 %".
    static QString signedPercent(std::optional<double> value);
    /// The municipality's name from the bundled list, else the code.
    static QString municipalityName(const QString &code, const QString &known = QString());
};

} // namespace samverka::ui
