#include "CalendarBuilder.h"

#include "AgreementFacts.h"
#include "AgreementLabel.h"
#include "Clock.h"
#include "EnumLabels.h"

#include <algorithm>

namespace samverka::core {

namespace {
// The follow-up plan of an open period (until further notice) is laid out this far past
// today.
constexpr int openPlanMonths = 24;
// As AgreementFacts: a guard against a rule that would never end.
constexpr int maxReportsPerRule = 1200;

QString joinLines(const QStringList &lines)
{
    QStringList kept;
    for (const QString &line : lines)
        if (!line.trimmed().isEmpty())
            kept << line.trimmed();
    return kept.join(QLatin1Char('\n'));
}
} // namespace

struct CalendarBuilder::Context {
    const MunicipalityData &data;
    const CalendarOptions &options;
    QDate today;
    Calendar calendar;
};

QString CalendarBuilder::kindWord(CalendarEventKind kind)
{
    switch (kind) {
    case CalendarEventKind::FollowUp:
        return QStringLiteral("follow-up");
    case CalendarEventKind::MeasureStart:
        return QStringLiteral("measure-start");
    case CalendarEventKind::MeasureEnd:
        return QStringLiteral("measure-end");
    case CalendarEventKind::Meeting:
        return QStringLiteral("meeting");
    case CalendarEventKind::ReportDue:
        return QStringLiteral("report");
    case CalendarEventKind::SituationUpdate:
        return QStringLiteral("situation-update");
    case CalendarEventKind::PlanFollowUp:
        return QStringLiteral("plan-follow-up");
    }
    return QStringLiteral("event");
}

QString CalendarBuilder::uid(CalendarEventKind kind, const QString &recordId,
                             const QString &municipalityCode)
{
    const QString code =
        municipalityCode.trimmed().isEmpty() ? QStringLiteral("0000") : municipalityCode.trimmed();
    return QStringLiteral("%1-%2@%3.samverka").arg(kindWord(kind), recordId, code);
}

QString CalendarBuilder::agreementName(const MunicipalityData &data, const QString &agreementId)
{
    const Agreement *agreement = data.findAgreement(agreementId);
    return agreement ? AgreementLabel::withPeriod(*agreement).simplified() : QString();
}

void CalendarBuilder::add(Context &c, CalendarEvent event, const QString &recordId)
{
    if (!event.date.isValid())
        return;
    if (event.confidential) {
        if (!c.options.includeConfidential)
            return;
        c.calendar.confidential = true;
        event.summary = tr("[Confidential] %1").arg(event.summary);
        event.description =
            joinLines({tr("Confidential: not for publication."), event.description});
        event.categories << tr("Confidential");
    }
    event.categories.prepend(QStringLiteral("Samverka"));
    event.uid = uid(event.kind, recordId, c.data.municipality.code);
    c.calendar.events << event;
}

void CalendarBuilder::addMeasures(Context &c, const Agreement &agreement)
{
    const QString name = agreementName(c.data, agreement.id);
    for (const Measure &m : agreement.measures) {
        CalendarEvent event;
        event.description =
            joinLines({m.description, m.when.isEmpty() ? QString() : tr("When: %1").arg(m.when),
                       tr("Status: %1").arg(EnumLabels::label(m.status))});
        event.categories = {tr("Measure")};
        event.confidential = m.confidential;
        const QString title = m.title.simplified();

        event.kind = CalendarEventKind::MeasureStart;
        event.date = m.start;
        event.summary = tr("Measure starts: %1 – %2").arg(title, name);
        add(c, event, m.id);

        event.kind = CalendarEventKind::MeasureEnd;
        event.date = m.end;
        event.summary = tr("Measure ends: %1 – %2").arg(title, name);
        add(c, event, m.id);
    }
}

void CalendarBuilder::addFollowUps(Context &c, const Agreement &agreement)
{
    const QString name = agreementName(c.data, agreement.id);
    for (const FollowUp &f : agreement.followUps) {
        CalendarEvent event;
        event.kind = CalendarEventKind::FollowUp;
        event.date = f.date;
        QString subject = EnumLabels::label(f.kind);
        for (const Measure &m : agreement.measures)
            if (!f.measure.isEmpty() && m.id == f.measure) {
                subject = m.title.simplified();
                event.confidential = m.confidential;
            }
        for (const Goal &g : agreement.goals)
            if (!f.goal.isEmpty() && g.id == f.goal)
                subject = g.text.simplified();
        event.summary = tr("Follow-up: %1 – %2").arg(subject, name);
        event.description = joinLines(
            {EnumLabels::label(f.kind), f.text,
             f.assessment ? tr("Assessment: %1").arg(EnumLabels::label(*f.assessment)) : QString(),
             f.author.isEmpty() ? QString() : tr("Author: %1").arg(f.author)});
        event.categories = {tr("Follow-up")};
        add(c, event, f.id);
    }
}

void CalendarBuilder::addReportsDue(Context &c, const Agreement &agreement)
{
    const QDate start = AgreementFacts::effectiveStart(agreement);
    if (!start.isValid())
        return;
    // An open period (until further notice, or no end) runs at least to its end date, and
    // on past today by openPlanMonths.
    QDate end = agreement.validTo;
    if (agreement.continuesUntilFurtherNotice || !end.isValid())
        end = std::max({end, start, c.today.addMonths(openPlanMonths)});
    const QString name = agreementName(c.data, agreement.id);
    for (const ReportingRule &rule : agreement.part1.reporting) {
        if (rule.everyMonths < 1)
            continue;
        const QString target = EnumLabels::label(rule.to).toLower();
        for (int k = 1; k <= maxReportsPerRule; ++k) {
            CalendarEvent event;
            event.kind = CalendarEventKind::ReportDue;
            event.date = start.addMonths(k * rule.everyMonths);
            if (event.date > end)
                break;
            event.summary = tr("Report to the %1: %2").arg(target, name);
            event.description =
                tr("The follow-up plan asks for a report to the %1 every %n month(s).", nullptr,
                   rule.everyMonths)
                    .arg(target);
            event.categories = {tr("Reporting")};
            add(c, event,
                QStringLiteral("%1-%2-%3")
                    .arg(agreement.id, toWord(rule.to), event.date.toString(u"yyyyMMdd")));
        }
    }
}

void CalendarBuilder::addMeetings(Context &c, const QString &agreementId)
{
    for (const Meeting &m : c.data.meetings) {
        if (!agreementId.isEmpty() && m.agreement != agreementId)
            continue;
        CalendarEvent event;
        event.kind = CalendarEventKind::Meeting;
        event.date = m.date;
        const QString group = m.group.simplified().isEmpty() ? tr("Meeting") : m.group.simplified();
        const QString name = agreementName(c.data, m.agreement);
        event.summary =
            name.isEmpty() ? tr("Meeting: %1").arg(group) : tr("Meeting: %1 – %2").arg(group, name);
        event.description = joinLines({tr("Group: %1").arg(group), m.decisions});
        event.categories = {tr("Meeting")};
        add(c, event, m.id);
    }
}

void CalendarBuilder::addSituationPictures(Context &c)
{
    for (const SituationPicture &p : c.data.situationPictures) {
        CalendarEvent event;
        event.kind = CalendarEventKind::SituationUpdate;
        event.date = p.nextUpdate;
        event.summary = tr("Situation picture to be updated: %1").arg(p.title.simplified());
        event.description =
            tr("The next update of the situation picture (Act 2023:196, section 4).");
        event.categories = {tr("Situation picture")};
        add(c, event, p.id);
    }
}

void CalendarBuilder::addMeasurePlans(Context &c)
{
    for (const MeasurePlan &plan : c.data.measurePlans)
        for (const PlanFollowUpDate &d : plan.followUpDates) {
            CalendarEvent event;
            event.kind = CalendarEventKind::PlanFollowUp;
            event.date = d.date;
            event.summary = tr("Follow-up of the measure plan: %1").arg(plan.title.simplified());
            event.description =
                joinLines({d.note, tr("Every measure of the plan is rated green, yellow or red.")});
            event.categories = {tr("Measure plan")};
            add(c, event, d.id);
        }
}

void CalendarBuilder::addAgreement(Context &c, const Agreement &agreement)
{
    addFollowUps(c, agreement);
    addMeasures(c, agreement);
    addReportsDue(c, agreement);
}

Calendar CalendarBuilder::build(const MunicipalityData &data, const CalendarOptions &options)
{
    const Clock &clock = options.clock ? *options.clock : Clock::system();
    Context c{data, options, clock.today(), {}};
    c.calendar.municipalityCode = data.municipality.code;
    const QString place = data.municipality.name.simplified();
    if (options.agreementId.isEmpty()) {
        c.calendar.name = tr("Samverka – %1").arg(place);
        for (const Agreement &a : data.agreements)
            addAgreement(c, a);
        addMeetings(c, QString());
        addSituationPictures(c);
        addMeasurePlans(c);
    } else if (const Agreement *a = data.findAgreement(options.agreementId)) {
        c.calendar.name = tr("Samverka – %1").arg(agreementName(data, a->id));
        addAgreement(c, *a);
        addMeetings(c, a->id);
    }
    std::stable_sort(c.calendar.events.begin(), c.calendar.events.end(),
                     [](const CalendarEvent &x, const CalendarEvent &y) {
                         if (x.date != y.date)
                             return x.date < y.date;
                         return x.uid < y.uid;
                     });
    return c.calendar;
}

} // namespace samverka::core
