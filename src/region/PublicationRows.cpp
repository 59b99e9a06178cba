#include "PublicationRows.h"

#include "RegionTables.h"

#include "Enums.h"

#include <stdexcept>

namespace samverka::region {

namespace {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

template <typename E> QVariant word(const std::optional<E> &value)
{
    return value ? QVariant(core::toWord(*value)) : QVariant();
}

template <typename E> QVariant word(E value)
{
    return QVariant(core::toWord(value));
}

template <typename N> QVariant number(const std::optional<N> &value)
{
    return value ? QVariant(*value) : QVariant();
}

/// Adds a row, checked against the table's declaration.
void add(PublicationRows::Rows &rows, const QString &table, QVariantList values)
{
    if (values.size() != RegionTables::named(table).columns.size())
        throw std::logic_error("region table " + table.toStdString() + ": " +
                               std::to_string(values.size()) + " values");
    rows[table].append(std::move(values));
}

} // namespace

QSet<QString> PublicationRows::confidentialIds(const core::MunicipalityData &data)
{
    QSet<QString> ids;
    for (const core::Agreement &a : data.agreements) {
        for (const core::Problem &p : a.problems)
            for (const core::Cause &c : p.causes)
                if (p.confidential || c.confidential)
                    ids.insert(c.id);
        for (const core::Problem &p : a.problems)
            if (p.confidential)
                ids.insert(p.id);
        for (const core::Measure &m : a.measures)
            if (m.confidential)
                ids.insert(m.id);
    }
    // A lägesbild's confidential problems, which an åtgärdsplan's rows may be aimed at.
    for (const core::SituationPicture &p : data.situationPictures)
        for (const core::SituationProblem &problem : p.problems)
            if (problem.confidential)
                ids.insert(problem.id);
    return ids;
}

PublicationRows::Rows PublicationRows::build(const core::MunicipalityData &data)
{
    Rows rows;
    const QSet<QString> hidden = confidentialIds(data);
    for (const core::Party &p : data.parties)
        add(rows, QStringLiteral("parties"), {p.id, word(p.kind), text(p.name)});
    for (qsizetype i = 0; i < data.agreements.size(); ++i)
        addAgreement(rows, data.agreements.at(i), int(i), hidden);
    addPromises(rows, data);
    addLaw(rows, data, hidden);
    for (const core::Meeting &m : data.meetings)
        add(rows, QStringLiteral("meetings"),
            {text(m.agreement), m.id, text(m.group), date(m.date)});
    addStatistics(rows, data);
    return rows;
}

void PublicationRows::addAgreement(Rows &rows, const core::Agreement &a, int position,
                                   const QSet<QString> &hidden)
{
    add(rows, QStringLiteral("agreements"),
        {a.id, position, text(a.title), word(a.status), text(a.replaces), date(a.validFrom),
         a.validFromSigning, date(a.validTo), a.continuesUntilFurtherNotice, text(a.decidedBy),
         date(a.decidedOn), text(a.fingerprint), text(a.part1.introduction), text(a.part1.purpose),
         text(a.part1.collaborationModel), text(a.part1.communicationPlan),
         text(a.part1.followUpPlan), text(a.part2.text)});
    for (qsizetype i = 0; i < a.parties.size(); ++i)
        add(rows, QStringLiteral("agreement_parties"), {a.id, a.parties.at(i), int(i)});
    for (qsizetype i = 0; i < a.part1.reporting.size(); ++i)
        add(rows, QStringLiteral("reporting_rules"),
            {a.id, int(i), word(a.part1.reporting.at(i).to), a.part1.reporting.at(i).everyMonths});
    for (qsizetype i = 0; i < a.signatures.size(); ++i) {
        const core::Signature &s = a.signatures.at(i);
        add(rows, QStringLiteral("signatures"),
            {a.id, int(i), text(s.name), text(s.title), text(s.party), text(s.place), date(s.date),
             s.signed_});
    }
    for (qsizetype i = 0; i < a.focusAreas.size(); ++i) {
        const core::FocusArea &f = a.focusAreas.at(i);
        add(rows, QStringLiteral("focus_areas"),
            {a.id, f.id, int(i), text(f.title), text(f.background)});
    }
    addProblems(rows, a, hidden);
    for (qsizetype i = 0; i < a.goals.size(); ++i) {
        const core::Goal &g = a.goals.at(i);
        add(rows, QStringLiteral("goals"),
            {a.id, g.id, int(i), word(g.kind), text(g.text), text(g.parent), text(g.focusArea),
             hidden.contains(g.problem) ? QVariant() : text(g.problem), text(g.indicator),
             text(g.unit), number(g.baseline.value), date(g.baseline.date), number(g.target.value),
             date(g.target.date)});
    }
    addMeasures(rows, a, hidden);
    for (const core::ReviewComment &c : a.comments)
        if (!hidden.contains(c.section))
            add(rows, QStringLiteral("review_comments"), {a.id, c.id, text(c.section), c.resolved});
}

void PublicationRows::addProblems(Rows &rows, const core::Agreement &a, const QSet<QString> &hidden)
{
    int position = 0;
    for (const core::Problem &p : a.problems) {
        if (hidden.contains(p.id))
            continue;
        add(rows, QStringLiteral("problems"),
            {a.id, p.id, position++, text(p.title), text(p.description), word(p.category),
             p.prioritized, number(p.priority), text(p.place), text(p.timePattern)});
        for (const core::Cause &c : p.causes)
            if (!hidden.contains(c.id))
                add(rows, QStringLiteral("causes"),
                    {a.id, p.id, c.id, c.number, text(c.text), word(c.perspective),
                     word(c.proximity), word(c.nature), c.withinMandate});
    }
}

void PublicationRows::addMeasures(Rows &rows, const core::Agreement &a, const QSet<QString> &hidden)
{
    int position = 0;
    for (const core::Measure &m : a.measures) {
        if (hidden.contains(m.id))
            continue;
        add(rows, QStringLiteral("measures"),
            {a.id, m.id, position++, text(m.title), text(m.description), text(m.focusArea),
             word(m.type), word(m.aimedAt), word(m.horizon), text(m.responsibleText), text(m.when),
             date(m.start), date(m.end), word(m.status), number(m.budgetSek), number(m.hours),
             number(m.plannedCount)});
        for (const QString &cause : m.causes)
            if (!hidden.contains(cause))
                add(rows, QStringLiteral("measure_causes"), {a.id, m.id, cause});
        for (const QString &goal : m.goals)
            add(rows, QStringLiteral("measure_goals"), {a.id, m.id, goal});
        for (qsizetype i = 0; i < m.responsible.size(); ++i)
            add(rows, QStringLiteral("measure_responsible"),
                {a.id, m.id, m.responsible.at(i), int(i)});
    }
    for (const core::FollowUp &f : a.followUps) {
        if (!f.measure.isEmpty() && hidden.contains(f.measure))
            continue;
        add(rows, QStringLiteral("follow_ups"),
            {a.id, f.id, date(f.date), word(f.kind), text(f.measure), text(f.goal), text(f.text),
             number(f.value), number(f.count), word(f.assessment), word(f.reportedTo)});
    }
}

void PublicationRows::addPromises(Rows &rows, const core::MunicipalityData &data)
{
    for (qsizetype i = 0; i < data.citizenPromiseSets.size(); ++i) {
        const core::CitizenPromiseSet &s = data.citizenPromiseSets.at(i);
        add(rows, QStringLiteral("promise_sets"),
            {s.id, int(i), text(s.title), text(s.agreement), number(s.fromYear), number(s.toYear),
             word(s.status)});
        for (qsizetype j = 0; j < s.promises.size(); ++j) {
            const core::CitizenPromise &p = s.promises.at(j);
            add(rows, QStringLiteral("promises"),
                {s.id, p.id, int(j), text(p.text), word(p.status)});
        }
    }
}

void PublicationRows::addLaw(Rows &rows, const core::MunicipalityData &data,
                             const QSet<QString> &hidden)
{
    for (qsizetype i = 0; i < data.situationPictures.size(); ++i) {
        const core::SituationPicture &p = data.situationPictures.at(i);
        add(rows, QStringLiteral("situation_pictures"),
            {p.id, int(i), text(p.title), date(p.date), number(p.fromYear), number(p.toYear),
             word(p.status), text(p.decidedBy), date(p.decidedOn), date(p.nextUpdate)});
        int section = 0;
        for (const core::SituationSection &x : p.sections)
            if (!x.confidential)
                add(rows, QStringLiteral("situation_sections"),
                    {p.id, x.id, section++, text(x.title), text(x.source), date(x.date),
                     text(x.text)});
        int position = 0;
        for (const core::SituationProblem &problem : p.problems)
            if (!problem.confidential)
                add(rows, QStringLiteral("situation_problems"),
                    {p.id, problem.id, position++, text(problem.title), text(problem.description),
                     text(problem.place), text(problem.timePattern)});
    }
    for (qsizetype i = 0; i < data.measurePlans.size(); ++i) {
        const core::MeasurePlan &p = data.measurePlans.at(i);
        add(rows, QStringLiteral("measure_plans"),
            {p.id, int(i), text(p.title), word(p.status), text(p.decidedBy), date(p.decidedOn),
             date(p.validFrom), date(p.validTo), text(p.situationPicture)});
        for (const core::PlanFollowUpDate &d : p.followUpDates)
            add(rows, QStringLiteral("plan_follow_up_dates"),
                {p.id, d.id, date(d.date), text(d.note)});
        addPlanRows(rows, p, hidden);
    }
}

void PublicationRows::addPlanRows(Rows &rows, const core::MeasurePlan &plan,
                                  const QSet<QString> &hidden)
{
    int position = 0;
    for (const core::PlanRow &r : plan.rows) {
        // The plan's own confidential rows, and an adopted measure that is confidential.
        if (r.confidential || (!r.measure.isEmpty() && hidden.contains(r.measure)))
            continue;
        add(rows, QStringLiteral("plan_rows"),
            {plan.id, r.id, position++, text(r.measure), text(r.title), text(r.description),
             text(r.operativeGoals), word(r.type), word(r.aimedAt), word(r.horizon),
             text(r.responsibleText), text(r.when), date(r.start), date(r.end), word(r.status),
             number(r.budgetSek), number(r.hours), number(r.plannedCount)});
        for (const QString &problem : r.problems)
            if (!hidden.contains(problem))
                add(rows, QStringLiteral("plan_row_problems"), {plan.id, r.id, problem});
        for (const core::PlanRating &rating : r.ratings)
            add(rows, QStringLiteral("plan_ratings"),
                {plan.id, r.id, rating.id, date(rating.date), word(rating.colour),
                 text(rating.comment)});
    }
}

void PublicationRows::addStatistics(Rows &rows, const core::MunicipalityData &data)
{
    const QString own = data.municipality.code;
    for (const core::CrimeStatistic &s : data.crimeStatistics)
        if (s.municipalityCode == own)
            add(rows, QStringLiteral("crime_statistics"),
                {s.year, s.period, s.crimeType, text(s.category), number(s.count), s.preliminary});
    for (const core::SurveyIndicator &s : data.surveyIndicators)
        if (s.areaCode == own || s.areaCode == data.municipality.localPoliceArea)
            add(rows, QStringLiteral("survey_indicators"),
                {s.areaCode, s.indicator, s.year, s.value, number(s.ciLow), number(s.ciHigh),
                 text(s.source)});
    for (const core::Population &p : data.population)
        if (p.municipalityCode.isEmpty() || p.municipalityCode == own)
            add(rows, QStringLiteral("population"), {p.year, p.value});
}

} // namespace samverka::region
