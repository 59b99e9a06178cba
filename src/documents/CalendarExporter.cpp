#include "CalendarExporter.h"

#include "CalendarBuilder.h"
#include "Clock.h"
#include "DocumentError.h"
#include "SavedOutput.h"

#include <libical/ical.h>

#include <ctime>
#include <memory>

namespace samverka::documents {

namespace {
struct ComponentFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct CharFree {
    void operator()(char *p) const { icalmemory_free_buffer(p); }
};

icaltimetype dateOf(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

// A floating local time: the record's time of day wherever the calendar is opened.
icaltimetype dateTimeOf(const QDate &date, const QTime &time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    return t;
}

icaltimetype utcOf(const QDateTime &stamp)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(stamp.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// An X- property with a TEXT value, so that libical escapes it as it does SUMMARY.
icalproperty *textX(const char *name, const QString &text)
{
    icalproperty *p = icalproperty_new(ICAL_X_PROPERTY);
    icalproperty_set_x_name(p, name);
    icalproperty_set_value(p, icalvalue_new_text(text.toUtf8().constData()));
    return p;
}

icalcomponent *eventOf(const core::CalendarEvent &e, const icaltimetype &stamp)
{
    icalcomponent *v = icalcomponent_new_vevent();
    icalcomponent_add_property(v, icalproperty_new_uid(e.uid.toUtf8().constData()));
    icalcomponent_add_property(v, icalproperty_new_dtstamp(stamp));
    if (e.time) {
        icalcomponent_add_property(v, icalproperty_new_dtstart(dateTimeOf(e.date, *e.time)));
    } else {
        // DTEND is exclusive: the next day, so calendars show a one-day entry.
        icalcomponent_add_property(v, icalproperty_new_dtstart(dateOf(e.date)));
        icalcomponent_add_property(v, icalproperty_new_dtend(dateOf(e.date.addDays(1))));
        icalcomponent_add_property(v, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    }
    icalcomponent_add_property(v, icalproperty_new_summary(e.summary.toUtf8().constData()));
    if (!e.description.isEmpty())
        icalcomponent_add_property(
            v, icalproperty_new_description(e.description.toUtf8().constData()));
    for (const QString &category : e.categories)
        icalcomponent_add_property(v, icalproperty_new_categories(category.toUtf8().constData()));
    icalcomponent_add_property(
        v, icalproperty_new_class(e.confidential ? ICAL_CLASS_CONFIDENTIAL : ICAL_CLASS_PUBLIC));
    return v;
}
} // namespace

QByteArray CalendarExporter::toIcs(const core::Calendar &calendar, const QDateTime &stamp)
{
    const Component root(icalcomponent_new_vcalendar());
    icalcomponent_add_property(
        root.get(),
        icalproperty_new_prodid("-//Samverka//Samverka " SAMVERKA_PRODID_VERSION "//SV"));
    icalcomponent_add_property(root.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(root.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(root.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_property(root.get(), textX("X-WR-CALNAME", calendar.name));
    const icaltimetype dtstamp = utcOf(stamp);
    for (const core::CalendarEvent &event : calendar.events)
        icalcomponent_add_component(root.get(), eventOf(event, dtstamp));
    const std::unique_ptr<char, CharFree> text(icalcomponent_as_ical_string_r(root.get()));
    if (!text)
        throw DocumentError(tr("Could not make the calendar: %1")
                                .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    return QByteArray(text.get());
}

void CalendarExporter::writeFile(const QByteArray &ics, const QString &path)
{
    SavedOutput::write(path, ics);
}

int CalendarExporter::write(const core::MunicipalityData &data,
                            const core::CalendarOptions &options, const QString &path)
{
    if (!options.agreementId.isEmpty() && !data.findAgreement(options.agreementId))
        throw DocumentError(tr("Unknown agreement: %1").arg(options.agreementId));
    const core::Clock &clock = options.clock ? *options.clock : core::Clock::system();
    const core::Calendar calendar = core::CalendarBuilder::build(data, options);
    writeFile(toIcs(calendar, clock.now()), path);
    return int(calendar.events.size());
}

} // namespace samverka::documents
