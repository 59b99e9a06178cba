#include "ActionPlanBuilder.h"

#include "EnumLabels.h"

namespace samverka::documents {

namespace {

QList<const core::Measure *> measuresOf(const DocumentContext &context, const QString &focusArea)
{
    QList<const core::Measure *> result;
    for (const core::Measure &m : context.agreement().measures)
        if (m.focusArea == focusArea && context.shows(m))
            result.append(&m);
    return result;
}

QList<TableCell> rowFor(const DocumentContext &context, const core::Measure &m,
                        QString &previousGoals)
{
    QStringList goals;
    for (const QString &id : m.goals)
        if (const core::Goal *g = context.goal(id))
            goals.append(g->text);
    QString goalText = goals.join(QLatin1Char('\n'));
    // Consecutive activities serving the same goals print the goal once, as the plans do.
    const QString shownGoals = goalText == previousGoals ? QString() : goalText;
    previousGoals = goalText;

    QStringList details;
    if (!m.description.trimmed().isEmpty())
        details.append(m.description.trimmed());
    if (!m.method.trimmed().isEmpty())
        details.append(ActionPlanBuilder::tr("Method: %1").arg(m.method.trimmed()));
    const QString causes = context.causeLabels(m.causes);
    if (!causes.isEmpty())
        details.append(ActionPlanBuilder::tr("Aimed at: %1").arg(causes));
    if (m.confidential)
        details.append(ActionPlanBuilder::tr("Confidential"));

    return {TableCell(shownGoals), TableCell(m.title, details.join(QLatin1Char('\n')), true),
            TableCell(context.whenText(m)), TableCell(context.responsibleText(m))};
}

} // namespace

QStringList ActionPlanBuilder::columnHeaders()
{
    //: sv: Mål | Aktivitet | När | Ansvarig
    return {tr("Goal"), tr("Activity"), tr("When"), tr("Responsible")};
}

bool ActionPlanBuilder::hasMeasures(const DocumentContext &context)
{
    for (const core::Measure &m : context.agreement().measures)
        if (!m.confidential || context.options().includeConfidential)
            return true;
    return false;
}

bool ActionPlanBuilder::writeTables(DocumentComposer &composer, const DocumentContext &context,
                                    int headingLevel, bool withBackground)
{
    if (!hasMeasures(context))
        return false;
    const QList<double> widths{25, 37, 17, 21};
    const auto &areas = context.agreement().focusAreas;
    for (int i = 0; i < areas.size(); ++i) {
        const auto measures = measuresOf(context, areas[i].id);
        if (measures.isEmpty())
            continue;
        composer.heading(headingLevel, tr("%1. %2").arg(i + 1).arg(areas[i].title));
        if (withBackground && !areas[i].background.trimmed().isEmpty()) {
            composer.heading(headingLevel + 1, tr("Background"), false);
            composer.paragraph(areas[i].background.trimmed());
        }
        QList<QList<TableCell>> rows;
        QString previousGoals;
        for (const core::Measure *m : measures)
            rows.append(rowFor(context, *m, previousGoals));
        composer.table(columnHeaders(), rows, widths);
    }
    // Measures not (yet) under a focus area still belong to the plan.
    QList<const core::Measure *> others;
    for (const core::Measure &m : context.agreement().measures) {
        const bool known = std::any_of(areas.cbegin(), areas.cend(), [&](const core::FocusArea &a) {
            return a.id == m.focusArea;
        });
        if (!known && context.shows(m))
            others.append(&m);
    }
    if (!others.isEmpty()) {
        composer.heading(headingLevel, tr("Other measures"));
        QList<QList<TableCell>> rows;
        QString previousGoals;
        for (const core::Measure *m : others)
            rows.append(rowFor(context, *m, previousGoals));
        composer.table(columnHeaders(), rows, widths);
    }
    return true;
}

void ActionPlanBuilder::build(DocumentComposer &composer, const DocumentContext &context)
{
    const core::Agreement &a = context.agreement();
    composer.title(tr("Action plan"));
    composer.subtitle(a.title);
    composer.fields({{tr("Parties"), context.partyNames(a.parties)},
                     {tr("Period"), context.periodText()},
                     {tr("Status"), core::EnumLabels::label(a.status)}});
    if (!writeTables(composer, context, 2, true))
        composer.note(tr("The agreement has no measures yet."));
}

} // namespace samverka::documents
