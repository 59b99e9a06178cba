#pragma once

// What the police area's report (issue #16, "Samverkan i lokalpolisområdet") shows of one
// municipality beyond its overview row: the current agreement's focus areas, the measures
// that are late and the reports that are due. Made by OverviewRowBuilder::detail from the
// same OverviewInput and by the same rules as the row's counts, so the lists have exactly
// as many entries as the row counts; confidential records are never in them.

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samverka::core {

struct OverviewDetail {
    struct FocusArea {
        QString title;
        int measures = 0; ///< of the current agreement, confidential ones left out
        bool operator==(const FocusArea &) const = default;
    };
    struct LateMeasure {
        QString title;
        QString agreementTitle;
        QDate end;
        MeasureStatus status = MeasureStatus::Planned;
        bool operator==(const LateMeasure &) const = default;
    };
    struct ReportDue {
        ReportingTarget target = ReportingTarget::SteeringGroup;
        QDate due;
        QString agreementTitle;
        bool operator==(const ReportDue &) const = default;
    };

    QList<FocusArea> focusAreas;     ///< of the row's current agreement, in its order
    QList<LateMeasure> lateMeasures; ///< by end date, then title
    QList<ReportDue> reportsDue;     ///< by due date

    bool operator==(const OverviewDetail &) const = default;
};

} // namespace samverka::core
