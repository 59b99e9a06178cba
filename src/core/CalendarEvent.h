#pragma once

// One dated entry of the calendar export (.ics): a follow-up, a measure's start or end, a
// meeting, a report the follow-up plan makes due, the lägesbild's next update or a date the
// åtgärdsplan is followed up on. Plain data, in the words the calendar shows (translated).

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace samverka::core {

/// The kind of date an event marks; part of its UID, so never renumber the words.
enum class CalendarEventKind {
    FollowUp,        ///< a follow-up recorded under an agreement, on its date
    MeasureStart,    ///< a measure's start date
    MeasureEnd,      ///< a measure's end date
    Meeting,         ///< a group's meeting
    ReportDue,       ///< a report the agreement's follow-up plan makes due
    SituationUpdate, ///< the lägesbild edition's next update
    PlanFollowUp,    ///< a follow-up date of the åtgärdsplan
};

struct CalendarEvent {
    CalendarEventKind kind = CalendarEventKind::FollowUp;
    /// Stable across exports of the same file: "<kind>-<record id>@<code>.samverka".
    QString uid;
    QDate date;
    /// A time of day when the record has one; none: an all-day event.
    std::optional<QTime> time;
    QString summary;
    QString description;
    QStringList categories;
    /// From a confidential record; only exported on request, and then marked.
    bool confidential = false;

    bool operator==(const CalendarEvent &) const = default;
};

} // namespace samverka::core
