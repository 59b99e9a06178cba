#pragma once

// What the calendar export holds: the whole municipality or one agreement, and whether
// confidential records go in.

#include <QString>

namespace samverka::core {

class Clock;

struct CalendarOptions {
    /// An agreement's id: only its dates (no lägesbild or åtgärdsplan). Empty: the file's.
    QString agreementId;
    /// Confidential measures (and the follow-ups of them) are left out unless this is set;
    /// then each is marked.
    bool includeConfidential = false;
    /// "Now" for DTSTAMP and how far an open-ended follow-up plan is laid out; null: the
    /// system clock.
    const Clock *clock = nullptr;
};

} // namespace samverka::core
