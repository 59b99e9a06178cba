#pragma once

// The words a person reads for an overview row (OverviewRow): why a file could not be
// read, the law's states, the agreement's period, the citizen promises' years and the
// last change. Shared by the workspace window's table and the police area's report, so
// that both say the same.

#include "OverviewRow.h"

#include <QCoreApplication>
#include <QString>

namespace samverka::core {

class OverviewLabels
{
    Q_DECLARE_TR_FUNCTIONS(OverviewLabels)

public:
    /// Why a file could not be read, in words ("låst av en kollega").
    static QString state(OverviewState state);
    static QString situationPicture(SituationPictureState state);
    static QString measurePlan(MeasurePlanState state);
    /// "2024-01-01 – 2027-12-31", "från undertecknandet – tills vidare"; empty without
    /// an agreement.
    static QString period(const OverviewRow &row);
    /// "2025–2026", "2025", the status of an undated set, or "inga".
    static QString promises(const OverviewRow &row);
    /// "Ja"/"Nej"; empty without an agreement.
    static QString inForce(const OverviewRow &row);
    /// "2026-12-01 14:05, Anna Berg" in local time; empty when the log is empty.
    static QString lastChange(const OverviewRow &row);
};

} // namespace samverka::core
