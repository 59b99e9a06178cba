#pragma once

// Writes the calendar export (.ics, RFC 5545) with libical, which folds the lines and
// escapes the text: one VEVENT per date of CalendarBuilder, all-day unless the record has
// a time, confidential ones marked CLASS:CONFIDENTIAL. The file is written to a temporary
// file renamed into place only when complete. One call for the UI:
// CalendarExporter::write(data, options, path).

#include "Calendar.h"
#include "CalendarOptions.h"
#include "MunicipalityData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace samverka::documents {

class CalendarExporter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExporter)

public:
    /// Builds and writes the calendar; returns the number of events. Throws DocumentError
    /// (an unknown agreement, a path that cannot be written), leaving no file behind.
    static int write(const core::MunicipalityData &data, const core::CalendarOptions &options,
                     const QString &path);
    /// The calendar as iCalendar text (UTF-8, CRLF lines); stamp is every event's DTSTAMP.
    static QByteArray toIcs(const core::Calendar &calendar, const QDateTime &stamp);
    /// Writes already built text to path through a temporary file. Throws DocumentError.
    static void writeFile(const QByteArray &ics, const QString &path);
};

} // namespace samverka::documents
