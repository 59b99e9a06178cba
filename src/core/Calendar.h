#pragma once

// The calendar export's content, before it is written as iCalendar: its name, the
// municipality it comes from, and its events in date order.

#include "CalendarEvent.h"

#include <QList>

namespace samverka::core {

struct Calendar {
    QString name;             ///< X-WR-CALNAME: "Samverka – Härnösand"
    QString municipalityCode; ///< SCB's code, the UIDs' domain
    QList<CalendarEvent> events;
    /// Some event is confidential (only when asked for).
    bool confidential = false;

    bool operator==(const Calendar &) const = default;
};

} // namespace samverka::core
