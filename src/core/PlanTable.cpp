#include "PlanTable.h"

#include "AgreementFacts.h"
#include "AgreementLabel.h"
#include "EnumLabels.h"

#include <QCoreApplication>

namespace samverka::core {

namespace {

QString partyNames(const QStringList &ids, const QList<Party> &parties)
{
    QStringList names;
    for (const QString &id : ids)
        for (const Party &p : parties)
            if (p.id == id)
                names << p.name;
    return names.join(QStringLiteral(", "));
}

QString whenOf(const Measure &m)
{
    if (!m.when.trimmed().isEmpty())
        return m.when;
    if (m.start.isValid() && m.end.isValid())
        return m.start.toString(Qt::ISODate) + QStringLiteral(" – ") + m.end.toString(Qt::ISODate);
    if (m.end.isValid())
        return QCoreApplication::translate("samverka::core::PlanTable", "by %1")
            .arg(m.end.toString(Qt::ISODate));
    return m.start.isValid() ? QCoreApplication::translate("samverka::core::PlanTable", "from %1")
                                   .arg(m.start.toString(Qt::ISODate))
                             : QString();
}

void fillMeasure(PlanTable::Row &row, const Measure &m, const QList<Party> &parties)
{
    row.measure = m.title;
    row.description = m.description;
    row.when = whenOf(m);
    row.who = m.responsibleText.trimmed().isEmpty() ? partyNames(m.responsible, parties)
                                                    : m.responsibleText;
    row.status = m.status;
    row.confidential = m.confidential;
}

/// The adopted measure's agreement fields: its causes (numbered as the agreement numbers
/// them), its process and production goals, its suggested colour.
void fillAdopted(PlanTable::Row &row, const Agreement &a, const Measure &m, const QDate &today)
{
    row.agreementId = a.id;
    row.agreementTitle = AgreementLabel::withPeriod(a);
    for (int p = 0; p < a.problems.size(); ++p)
        for (int c = 0; c < a.problems.at(p).causes.size(); ++c) {
            const Cause &cause = a.problems.at(p).causes.at(c);
            if (m.causes.contains(cause.id))
                row.causes << PlanTable::Cause{
                    EnumLabels::causeLabel(p + 1, cause.number > 0 ? cause.number : c + 1),
                    cause.text, cause.confidential || a.problems.at(p).confidential};
        }
    for (const Goal &g : a.goals)
        if (m.goals.contains(g.id) && g.kind != GoalKind::Effect)
            row.operative << g.text;
    row.suggestion = PlanTable::suggest(m, a.followUps, today);
}

void fillOwnCauses(PlanTable::Row &row, const PlanRow &own, const QList<SituationPicture> &editions)
{
    for (const SituationPicture &edition : editions)
        for (int i = 0; i < edition.problems.size(); ++i) {
            const SituationProblem &problem = edition.problems.at(i);
            if (own.problems.contains(problem.id))
                row.causes << PlanTable::Cause{
                    QCoreApplication::translate("samverka::core::PlanTable", "Problem %1")
                        .arg(i + 1),
                    problem.title, problem.confidential};
        }
}

} // namespace

QList<PlanTable::Row> PlanTable::rows(const MeasurePlan &plan, const MunicipalityData &data,
                                      const QDate &today)
{
    QHash<QString, QPair<const Agreement *, const Measure *>> measures;
    for (const Agreement &a : data.agreements)
        for (const Measure &m : a.measures)
            measures.insert(m.id, {&a, &m});
    QList<Row> out;
    for (const PlanRow &planRow : plan.rows) {
        Row row;
        row.id = planRow.id;
        row.adopted = planRow.isAdopted();
        row.measureId = planRow.measure;
        if (row.adopted) {
            const auto found = measures.value(planRow.measure);
            row.measureMissing = !found.second;
            if (found.second) {
                fillMeasure(row, *found.second, data.parties);
                fillAdopted(row, *found.first, *found.second, today);
            }
        } else {
            fillMeasure(row, planRow.ownMeasure(), data.parties);
            fillOwnCauses(row, planRow, data.situationPictures);
        }
        if (!planRow.operativeGoals.trimmed().isEmpty())
            row.operative.prepend(planRow.operativeGoals);
        if (const PlanRating *latest = planRow.latestRating())
            row.latest = *latest;
        row.ratings = int(planRow.ratings.size());
        out << row;
    }
    return out;
}

std::optional<PlanTable::Suggestion>
PlanTable::suggest(const Measure &measure, const QList<FollowUp> &followUps, const QDate &today)
{
    const FollowUp *latest = nullptr;
    for (const FollowUp &f : followUps)
        if (f.measure == measure.id && f.assessment && (!latest || !(f.date < latest->date)))
            latest = &f;
    const bool late = AgreementFacts::isLate(measure, today);
    if (!latest && !late)
        return std::nullopt;
    Suggestion s;
    if (latest) {
        switch (*latest->assessment) {
        case Assessment::AsPlanned:
        case Assessment::Improved:
            s.colour = RatingColour::Green;
            break;
        case Assessment::Partly:
        case Assessment::Unchanged:
            s.colour = RatingColour::Yellow;
            break;
        case Assessment::NotDone:
        case Assessment::Worsened:
            s.colour = RatingColour::Red;
            break;
        }
        s.reason =
            QCoreApplication::translate("samverka::core::PlanTable",
                                        "The follow-up of %1 says: %2.")
                .arg(latest->date.toString(Qt::ISODate), EnumLabels::label(*latest->assessment));
    }
    if (late && (!latest || s.colour == RatingColour::Green)) {
        s.colour = RatingColour::Yellow;
        s.reason += (s.reason.isEmpty() ? QString() : QStringLiteral(" ")) +
                    QCoreApplication::translate("samverka::core::PlanTable",
                                                "The measure is late: it was to end on %1.")
                        .arg(measure.end.toString(Qt::ISODate));
    }
    return s;
}

} // namespace samverka::core
