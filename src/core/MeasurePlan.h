#pragma once

// The åtgärdsplan of Lag (2023:196) §5, one record per plan ("Åtgärdsplan 2025–2026"): its
// validity, its decision by a political body, the lägesbild it is based on, the dates it is
// followed up on, and its rows in Brå's template (Orsak | Åtgärd | Operativa mål | När | Vem
// | Uppföljning). A row either adopts a measure of one of the municipality's agreements with
// the police (linked, never copied) or is a measure of the plan's own, aimed at problems of
// the lägesbild. Each row's ratings (green, yellow, red) are kept as history. Records beside
// the agreements, never inside one: nothing here is an agreement's frozen content.

#include "Enums.h"
#include "Measure.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samverka::core {

/// One follow-up of a plan's row: how it went, as of date.
struct PlanRating {
    QString id;
    QDate date;
    RatingColour colour = RatingColour::Green;
    QString comment;

    bool operator==(const PlanRating &) const = default;
};

/// A date the plan is followed up on (every row is rated then).
struct PlanFollowUpDate {
    QString id;
    QDate date;
    QString note;

    bool operator==(const PlanFollowUpDate &) const = default;
};

/// One row of the plan. With measure set, the row adopts that agreement measure and its
/// own measure fields stay empty; otherwise they are the plan's own measure.
struct PlanRow {
    QString id;
    QString measure; ///< an agreement measure's id, or empty for the plan's own
    QString title;   ///< the plan's own measure: Åtgärd
    QString description;
    QStringList problems;   ///< ids of the lägesbild's problems it is aimed at (Orsak)
    QString operativeGoals; ///< Operativa mål: process and production goals, as worded
    std::optional<MeasureType> type;
    std::optional<AimedAt> aimedAt;
    std::optional<Horizon> horizon;
    QStringList responsible;   ///< party ids; the first leads
    QString responsiblePerson; ///< person id
    QString responsibleText;   ///< Vem as worded; printed instead of parties
    QString when;              ///< När as worded
    QDate start;
    QDate end;
    QString method;
    std::optional<double> budgetSek;
    std::optional<double> hours;
    std::optional<int> plannedCount;
    MeasureStatus status = MeasureStatus::Planned;
    bool confidential = false;
    QList<PlanRating> ratings; ///< oldest first

    bool operator==(const PlanRow &) const = default;

    bool isAdopted() const { return !measure.isEmpty(); }
    /// The row's own measure fields as a Measure (id, title, …; no causes or goals).
    Measure ownMeasure() const;
    /// Sets the own measure fields from m (all but its id, focus area, causes and goals).
    void setOwnMeasure(const Measure &m);
    /// The latest rating (by date, then by position), or null when never rated.
    const PlanRating *latestRating() const;
};

struct MeasurePlan {
    QString id;
    QString title;
    QDate validFrom;
    QDate validTo;
    PlanStatus status = PlanStatus::Draft;
    QString decidedBy; ///< the body that decided it (kommunstyrelsen, …)
    QDate decidedOn;
    QString decisionParagraph; ///< the paragraph of the minutes ("§ 112")
    QString diaryNumber;
    QString situationPicture; ///< the lägesbild edition it is based on (id), or empty
    QString background;       ///< the plan's introduction: why these measures
    QList<PlanFollowUpDate> followUpDates;
    QList<PlanRow> rows;

    bool operator==(const MeasurePlan &) const = default;
};

} // namespace samverka::core
