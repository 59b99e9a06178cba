#pragma once

// Sets up a QCalendarWidget the Swedish way: weeks start on Monday, ISO week numbers
// on the left, short day names in the header, and wide enough that the longest
// short day name ("tors", "mån") is shown whole instead of elided to "m…".

class QCalendarWidget;

namespace samverka::ui {

class CalendarSetup
{
public:
    /// Configures 'calendar' (a date field's popup or a plain calendar). Call it again
    /// after the calendar's locale or font changes.
    static void configure(QCalendarWidget *calendar);
    /// The width at which every column, header and week numbers included, fits.
    static int minimumWidth(const QCalendarWidget &calendar);
};

} // namespace samverka::ui
