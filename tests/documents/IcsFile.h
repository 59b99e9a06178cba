#pragma once

// An .ics file read back with libical's parser, for the calendar tests (documents and
// CLI): the calendar's properties and each event's, by UID.

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

#include <libical/ical.h>

#include <memory>

namespace samverka::test {

struct IcsEvent {
    QString uid;
    QString summary;
    QString description;
    QStringList categories;
    bool allDay = false;
    QDate start;
    QDate end;
    int startHour = -1;
    bool confidential = false;
    int count = 0; ///< events with this UID in the file
};

struct IcsFile {
    bool parsed = false;
    QString version;
    QString prodId;
    QString calendarName;
    int eventCount = 0;
    QMap<QString, IcsEvent> events; ///< by UID

    /// How many events have a UID that starts with prefix ("measure-end-").
    int countOf(const QString &prefix) const
    {
        int n = 0;
        for (const IcsEvent &e : events)
            if (e.uid.startsWith(prefix))
                n += e.count;
        return n;
    }

    static QDate dateOf(const icaltimetype &t)
    {
        return icaltime_is_null_time(t) ? QDate() : QDate(t.year, t.month, t.day);
    }

    static const char *textOf(const icalvalue *v)
    {
        return icalvalue_isa(v) == ICAL_TEXT_VALUE ? icalvalue_get_text(v) : icalvalue_get_x(v);
    }

    static IcsEvent eventOf(icalcomponent *v)
    {
        IcsEvent e;
        for (icalproperty *p = icalcomponent_get_first_property(v, ICAL_ANY_PROPERTY); p;
             p = icalcomponent_get_next_property(v, ICAL_ANY_PROPERTY)) {
            switch (icalproperty_isa(p)) {
            case ICAL_UID_PROPERTY:
                e.uid = QString::fromUtf8(icalproperty_get_uid(p));
                break;
            case ICAL_SUMMARY_PROPERTY:
                e.summary = QString::fromUtf8(icalproperty_get_summary(p));
                break;
            case ICAL_DESCRIPTION_PROPERTY:
                e.description = QString::fromUtf8(icalproperty_get_description(p));
                break;
            case ICAL_CATEGORIES_PROPERTY:
                e.categories << QString::fromUtf8(icalproperty_get_categories(p));
                break;
            case ICAL_CLASS_PROPERTY:
                e.confidential = icalproperty_get_class(p) == ICAL_CLASS_CONFIDENTIAL;
                break;
            case ICAL_DTSTART_PROPERTY: {
                const icaltimetype t = icalproperty_get_dtstart(p);
                e.start = dateOf(t);
                e.allDay = t.is_date != 0;
                e.startHour = t.is_date ? -1 : t.hour;
                break;
            }
            case ICAL_DTEND_PROPERTY:
                e.end = dateOf(icalproperty_get_dtend(p));
                break;
            default:
                break;
            }
        }
        return e;
    }

    static IcsFile parse(const QByteArray &text)
    {
        IcsFile f;
        std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> root(
            icalparser_parse_string(text.constData()), icalcomponent_free);
        if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
            return f;
        f.parsed = true;
        if (icalproperty *p = icalcomponent_get_first_property(root.get(), ICAL_VERSION_PROPERTY))
            f.version = QString::fromUtf8(icalproperty_get_version(p));
        if (icalproperty *p = icalcomponent_get_first_property(root.get(), ICAL_PRODID_PROPERTY))
            f.prodId = QString::fromUtf8(icalproperty_get_prodid(p));
        for (icalproperty *p = icalcomponent_get_first_property(root.get(), ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(root.get(), ICAL_X_PROPERTY))
            if (qstrcmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0)
                f.calendarName = QString::fromUtf8(textOf(icalproperty_get_value(p)));
        for (icalcomponent *v =
                 icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
             v; v = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
            IcsEvent e = eventOf(v);
            ++f.eventCount;
            const int seen = f.events.value(e.uid).count;
            e.count = seen + 1;
            f.events.insert(e.uid, e);
        }
        return f;
    }

    static IcsFile read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return parse(file.readAll());
    }
};

} // namespace samverka::test
