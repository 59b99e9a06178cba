#include "FollowUpReportBuilder.h"

#include "AgreementFacts.h"
#include "EnumLabels.h"
#include "statistics/ProblemStatistics.h"

#include <algorithm>

namespace samverka::documents {

namespace {

QList<const core::FollowUp *> effectFollowUps(const core::Agreement &a, const QString &goalId)
{
    QList<const core::FollowUp *> result;
    for (const core::FollowUp &f : a.followUps)
        if (f.kind == core::FollowUpKind::Effect && f.goal == goalId && f.value && f.date.isValid())
            result.append(&f);
    std::sort(result.begin(), result.end(),
              [](const core::FollowUp *x, const core::FollowUp *y) { return x->date < y->date; });
    return result;
}

std::optional<int> doneCount(const core::Agreement &a, const QString &measureId)
{
    std::optional<int> sum;
    for (const core::FollowUp &f : a.followUps)
        if (f.kind == core::FollowUpKind::Process && f.measure == measureId && f.count)
            sum = sum.value_or(0) + *f.count;
    return sum;
}

QString valueAt(const core::GoalValue &v, const QString &unit)
{
    if (!v.value)
        return {};
    const QString value = DocumentContext::valueWithUnit(v.value, unit);
    return v.date.isValid() ? QStringLiteral("%1 (%2)").arg(value, DocumentContext::date(v.date))
                            : value;
}

} // namespace

void FollowUpReportBuilder::writeLate(DocumentComposer &composer, const DocumentContext &context)
{
    const core::Agreement &a = context.agreement();
    const core::Clock &clock = context.clock();
    QStringList late;
    for (const core::Measure &m : a.measures)
        if (context.shows(m) && core::AgreementFacts::isLate(m, clock))
            late.append(
                tr("%1: was to be done by %2 (%3)")
                    .arg(m.title, DocumentContext::date(m.end), context.responsibleText(m)));
    for (const core::DueFollowUp &due : core::AgreementFacts::dueFollowUps(a, clock))
        if (due.overdue)
            late.append(tr("Report to %1 due %2")
                            .arg(core::EnumLabels::label(due.target).toLower(),
                                 DocumentContext::date(due.dueDate)));
    composer.heading(2, tr("Late"));
    if (late.isEmpty())
        composer.paragraph(tr("Nothing is late."));
    else
        composer.bullets(late);
}

void FollowUpReportBuilder::writeMeasures(DocumentComposer &composer,
                                          const DocumentContext &context)
{
    const core::Agreement &a = context.agreement();
    const core::Clock &clock = context.clock();
    QList<QList<TableCell>> rows;
    for (const core::Measure &m : a.measures) {
        if (!context.shows(m))
            continue;
        const std::optional<int> done = doneCount(a, m.id);
        const bool late = core::AgreementFacts::isLate(m, clock);
        TableCell status(core::EnumLabels::label(m.status));
        if (late) {
            status = TableCell(tr("Late"), status.text, true);
            status.warning = true;
        }
        rows.append(
            {TableCell(m.title, context.whenText(m), true), TableCell(context.responsibleText(m)),
             TableCell(m.plannedCount ? DocumentContext::number(*m.plannedCount)
                                      : QStringLiteral("–")),
             TableCell(done ? DocumentContext::number(*done) : QStringLiteral("–")), status});
    }
    if (rows.isEmpty())
        return;
    composer.heading(2, tr("Measures"));
    composer.table({tr("Measure"), tr("Responsible"), tr("Planned"), tr("Done"), tr("Status")},
                   rows, {38, 24, 11, 11, 16});
}

void FollowUpReportBuilder::writeGoals(DocumentComposer &composer, const DocumentContext &context)
{
    const core::Agreement &a = context.agreement();
    if (a.goals.isEmpty())
        return;
    composer.heading(2, tr("Goals"));
    QList<QList<TableCell>> rows;
    const core::ProblemStatistics statistics = context.problemStatistics();
    for (const core::Goal &g : a.goals) {
        const auto values = effectFollowUps(a, g.id);
        QString latest;
        if (!values.isEmpty())
            latest = QStringLiteral("%1 (%2)").arg(
                DocumentContext::valueWithUnit(values.last()->value, g.unit),
                DocumentContext::date(values.last()->date));
        // Beside the follow-up's own value, the latest reported crimes of the goal's
        // problem, in the goal's measure (count or per 100 000).
        QString fromStatistics;
        if (const auto value = statistics.latestForGoal(a, g)) {
            const bool rate = core::ProblemStatistics::measureOf(g) ==
                              core::StatisticsCalculator::Measure::RatePer100k;
            //: sv: Statistik %1: %2
            fromStatistics = tr("Statistics %1: %2")
                                 .arg(value->date.year())
                                 .arg(DocumentContext::number(*value->value, rate ? 1 : 0));
        }
        rows.append({TableCell(g.text, core::EnumLabels::label(g.kind)), TableCell(g.indicator),
                     TableCell(valueAt(g.baseline, g.unit)), TableCell(valueAt(g.target, g.unit)),
                     TableCell(latest.isEmpty() ? QStringLiteral("–") : latest, fromStatistics)});
    }
    composer.table({tr("Goal"), tr("Indicator"), tr("Baseline"), tr("Target"), tr("Latest value")},
                   rows, {32, 20, 16, 16, 16});

    for (const core::Goal &g : a.goals) {
        const auto values = effectFollowUps(a, g.id);
        if (values.isEmpty())
            continue;
        ChartData chart;
        chart.title = g.text;
        chart.yAxisTitle =
            g.unit.isEmpty() ? g.indicator : QStringLiteral("%1 (%2)").arg(g.indicator, g.unit);
        ChartSeries measured{tr("Value"), {}};
        if (g.baseline.value && g.baseline.date.isValid()) {
            chart.categories.append(DocumentContext::date(g.baseline.date));
            measured.values.append(g.baseline.value);
        }
        for (const core::FollowUp *f : values) {
            chart.categories.append(DocumentContext::date(f->date));
            measured.values.append(f->value);
        }
        chart.series.append(measured);
        if (g.target.value) {
            ChartSeries target{tr("Target"), {}};
            for (int i = 0; i < chart.categories.size(); ++i)
                target.values.append(g.target.value);
            chart.series.append(target);
        }
        composer.chart(chart, 60);
    }
}

void FollowUpReportBuilder::build(DocumentComposer &composer, const DocumentContext &context)
{
    const core::Agreement &a = context.agreement();
    composer.title(tr("Follow-up report"));
    composer.subtitle(a.title);
    composer.fields({{tr("Report date"), DocumentContext::date(context.today())},
                     {tr("Period"), context.periodText()},
                     {tr("Parties"), context.partyNames(a.parties)}});
    writeLate(composer, context);
    writeMeasures(composer, context);
    writeGoals(composer, context);
}

} // namespace samverka::documents
