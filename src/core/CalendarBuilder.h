#pragma once

// Builds the calendar export's events from a municipality's data (or one agreement's):
// follow-ups, measures' start and end, meetings, the reports the follow-up plan makes due,
// the lägesbild's next update and the åtgärdsplan's follow-up dates. Each event's UID is
// made from the municipality code, the kind of date and the record's id, so exporting
// again updates a calendar's entries instead of doubling them. Text is translated (the
// CLI installs Swedish first, as for the PDFs).

#include "Calendar.h"
#include "CalendarOptions.h"
#include "MunicipalityData.h"

#include <QCoreApplication>

namespace samverka::core {

class CalendarBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CalendarBuilder)

public:
    /// The calendar; an unknown options.agreementId gives one without events (check first).
    static Calendar build(const MunicipalityData &data, const CalendarOptions &options);
    /// The UID of a record's date of kind: "measure-end-<id>@<code>.samverka".
    static QString uid(CalendarEventKind kind, const QString &recordId,
                       const QString &municipalityCode);
    /// The word for kind in the UID ("follow-up", "measure-start", …).
    static QString kindWord(CalendarEventKind kind);

private:
    struct Context;
    static void addAgreement(Context &c, const Agreement &agreement);
    static void addMeasures(Context &c, const Agreement &agreement);
    static void addFollowUps(Context &c, const Agreement &agreement);
    static void addReportsDue(Context &c, const Agreement &agreement);
    static void addMeetings(Context &c, const QString &agreementId);
    static void addSituationPictures(Context &c);
    static void addMeasurePlans(Context &c);
    static void add(Context &c, CalendarEvent event, const QString &recordId);
    static QString agreementName(const MunicipalityData &data, const QString &agreementId);
};

} // namespace samverka::core
