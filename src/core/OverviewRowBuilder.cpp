#include "OverviewRowBuilder.h"

#include "AgreementFacts.h"
#include "LawChecklist.h"

#include <algorithm>
#include <limits>

namespace samverka::core {

namespace {

bool isConfidential(const Measure &m, const QSet<QString> &confidential)
{
    return m.confidential || confidential.contains(m.id);
}

/// The agreement as the region sees it: without confidential measures, nor their
/// follow-ups.
Agreement withoutConfidential(const Agreement &agreement, const QSet<QString> &confidential)
{
    Agreement out = agreement;
    QSet<QString> hidden = confidential;
    out.measures.clear();
    for (const Measure &m : agreement.measures) {
        if (isConfidential(m, confidential))
            hidden.insert(m.id);
        else
            out.measures << m;
    }
    out.followUps.clear();
    for (const FollowUp &f : agreement.followUps)
        if (f.measure.isEmpty() || !hidden.contains(f.measure))
            out.followUps << f;
    return out;
}

SituationPictureState situationState(const LawChecklist::Requirement &r)
{
    if (r.met)
        return SituationPictureState::Current;
    const QString code = r.finding ? r.finding->code : QString();
    if (code == QLatin1String("law-situation-picture-outdated"))
        return SituationPictureState::Outdated;
    if (code == QLatin1String("law-situation-picture-not-adopted"))
        return SituationPictureState::Draft;
    return SituationPictureState::Missing;
}

MeasurePlanState planState(const LawChecklist::Requirement &r)
{
    if (r.met)
        return MeasurePlanState::Decided;
    const QString code = r.finding ? r.finding->code : QString();
    if (code == QLatin1String("law-measure-plan-not-current"))
        return MeasurePlanState::NotCurrent;
    if (code == QLatin1String("law-measure-plan-expired"))
        return MeasurePlanState::Expired;
    if (code == QLatin1String("law-measure-plan-not-decided"))
        return MeasurePlanState::Draft;
    return MeasurePlanState::Missing;
}

void fillLaw(OverviewRow &row, const LawChecklist::Input &law, const Clock &clock)
{
    for (const LawChecklist::Requirement &r : LawChecklist::requirements(law, clock)) {
        if (r.subject == LawChecklist::Subject::SituationPicture)
            row.situationPicture = situationState(r);
        else if (r.subject == LawChecklist::Subject::MeasurePlan)
            row.measurePlan = planState(r);
    }
}

} // namespace

const Agreement *OverviewRowBuilder::currentAgreement(const QList<Agreement> &agreements,
                                                      const Clock &clock)
{
    const Agreement *inForce = nullptr;
    for (const Agreement &a : agreements)
        if (AgreementFacts::isInForce(a, agreements, clock) &&
            (!inForce ||
             AgreementFacts::effectiveStart(*inForce) <= AgreementFacts::effectiveStart(a)))
            inForce = &a;
    if (inForce)
        return inForce;
    const Agreement *draft = nullptr;
    for (const Agreement &a : agreements)
        if (!a.isSigned())
            draft = &a;
    if (draft)
        return draft;
    return agreements.isEmpty() ? nullptr : &agreements.constLast();
}

const CitizenPromiseSet *OverviewRowBuilder::currentPromiseSet(const QList<CitizenPromiseSet> &sets,
                                                               const QDate &today)
{
    const int year = today.year();
    const CitizenPromiseSet *now = nullptr;
    for (const CitizenPromiseSet &s : sets) {
        const int from = s.fromYear.value_or(s.toYear.value_or(year + 1));
        const int to = s.toYear.value_or(from);
        if (from <= year && year <= to && (!now || now->fromYear.value_or(0) <= from))
            now = &s;
    }
    if (now)
        return now;
    // None for this year: the one that ends last (an undated one only if none is dated).
    const CitizenPromiseSet *last = nullptr;
    int lastEnd = std::numeric_limits<int>::min();
    for (const CitizenPromiseSet &s : sets) {
        const int end = s.toYear.value_or(s.fromYear.value_or(std::numeric_limits<int>::min()));
        if (!last || end >= lastEnd) {
            last = &s;
            lastEnd = end;
        }
    }
    return last;
}

QList<OverviewDetail::LateMeasure>
OverviewRowBuilder::lateMeasures(const QList<Agreement> &agreements,
                                 const QSet<QString> &confidential, const Clock &clock)
{
    const QDate today = clock.today();
    QList<OverviewDetail::LateMeasure> late;
    for (const Agreement &a : agreements)
        for (const Measure &m : a.measures)
            if (!isConfidential(m, confidential) && AgreementFacts::isLate(m, today))
                late.append({m.title, a.title, m.end, m.status});
    std::stable_sort(late.begin(), late.end(), [](const auto &x, const auto &y) {
        return x.end != y.end ? x.end < y.end : x.title.localeAwareCompare(y.title) < 0;
    });
    return late;
}

QList<OverviewDetail::ReportDue> OverviewRowBuilder::reportsDue(const QList<Agreement> &agreements,
                                                                const QSet<QString> &confidential,
                                                                const Clock &clock)
{
    const QDate today = clock.today();
    QList<OverviewDetail::ReportDue> due;
    for (const Agreement &a : agreements) {
        if (!AgreementFacts::isInForce(a, agreements, clock))
            continue;
        const Agreement shown = withoutConfidential(a, confidential);
        for (const DueFollowUp &d : AgreementFacts::reportsDue(shown, agreements, clock))
            if (!d.satisfied && d.dueDate <= today)
                due.append({d.target, d.dueDate, a.title});
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const auto &x, const auto &y) { return x.due < y.due; });
    return due;
}

int OverviewRowBuilder::openComments(const QList<Agreement> &agreements,
                                     const QSet<QString> &confidential)
{
    QSet<QString> hidden = confidential;
    for (const Agreement &a : agreements)
        for (const Measure &m : a.measures)
            if (m.confidential)
                hidden.insert(m.id);
    int open = 0;
    for (const Agreement &a : agreements)
        for (const ReviewComment &c : a.comments)
            if (!c.resolved && !hidden.contains(c.section))
                ++open;
    return open;
}

OverviewRow OverviewRowBuilder::build(const OverviewInput &input, const QDate &today)
{
    const FixedClock clock(today);
    OverviewRow row;
    row.source = input.source;
    const Municipality &m = input.law.municipality;
    row.municipality = m.name;
    row.code = m.code;
    row.localPoliceArea = m.localPoliceArea;

    if (const Agreement *a = currentAgreement(input.agreements, clock)) {
        row.agreementId = a->id;
        row.agreementTitle = a->title;
        row.agreementStatus = a->status;
        row.validFrom = AgreementFacts::effectiveStart(*a);
        row.validFromSigning = a->validFromSigning;
        row.validTo = a->validTo;
        row.untilFurtherNotice = a->continuesUntilFurtherNotice;
        row.inForce = AgreementFacts::isInForce(*a, input.agreements, clock);
    }
    if (const CitizenPromiseSet *s = currentPromiseSet(input.promiseSets, today)) {
        row.hasPromises = true;
        row.promisesFromYear = s->fromYear;
        row.promisesToYear = s->toYear;
        row.promisesStatus = s->status;
    }
    row.measuresLate = measuresLate(input.agreements, input.confidentialIds, clock);
    row.followUpsDue = followUpsDue(input.agreements, input.confidentialIds, clock);
    row.openComments = openComments(input.agreements, input.confidentialIds);
    fillLaw(row, input.law, clock);
    row.lastChangeAt = input.lastChangeAt.isValid() ? input.lastChangeAt.toUTC() : QDateTime();
    row.lastChangeBy = input.lastChangeBy;
    return row;
}

OverviewDetail OverviewRowBuilder::detail(const OverviewInput &input, const QDate &today)
{
    const FixedClock clock(today);
    OverviewDetail out;
    if (const Agreement *a = currentAgreement(input.agreements, clock))
        for (const FocusArea &area : a->focusAreas) {
            int measures = 0;
            for (const Measure &m : a->measures)
                measures += m.focusArea == area.id && !isConfidential(m, input.confidentialIds);
            out.focusAreas.append({area.title, measures});
        }
    out.lateMeasures = lateMeasures(input.agreements, input.confidentialIds, clock);
    out.reportsDue = reportsDue(input.agreements, input.confidentialIds, clock);
    return out;
}

OverviewRow OverviewRowBuilder::failure(const QString &source, OverviewState state,
                                        const QString &message)
{
    OverviewRow row;
    row.source = source;
    row.state = state;
    row.message = message;
    return row;
}

} // namespace samverka::core
