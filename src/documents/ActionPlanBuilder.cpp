#include "ActionPlanBuilder.h"

#include "EnumLabels.h"

#include <algorithm>

namespace samverka::documents {

namespace {

// The shown measures of a focus area; an empty area id collects those under no known
// focus area (none, or one that was removed).
QList<const core::Measure *> measuresOf(const DocumentContext &context, const QString &focusArea)
{
    QList<const core::Measure *> result;
    for (const core::Measure &m : context.agreement().measures) {
        const bool inArea =
            focusArea.isEmpty() ? !context.isFocusArea(m.focusArea) : m.focusArea == focusArea;
        if (inArea && context.shows(m))
            result.append(&m);
    }
    return result;
}

// The goals of a focus area (or of none, for an empty id) that none of measures serves:
// they still belong to the plan, with an empty activity that shows the gap.
QList<const core::Goal *> unservedGoalsOf(const DocumentContext &context, const QString &focusArea,
                                          const QList<const core::Measure *> &measures)
{
    QList<const core::Goal *> result;
    for (const core::Goal &g : context.agreement().goals) {
        const bool inArea =
            focusArea.isEmpty() ? !context.isFocusArea(g.focusArea) : g.focusArea == focusArea;
        const bool served =
            std::any_of(measures.cbegin(), measures.cend(),
                        [&](const core::Measure *m) { return m->goals.contains(g.id); });
        if (inArea && !served)
            result.append(&g);
    }
    return result;
}

QList<TableCell> rowFor(const DocumentContext &context, const core::Measure &m,
                        QString &previousGoals, bool repeatGoals)
{
    QStringList goals;
    for (const QString &id : m.goals)
        if (const core::Goal *g = context.goal(id))
            goals.append(g->text);
    QString goalText = goals.join(QLatin1Char('\n'));
    // Consecutive activities serving the same goals print the goal once, as the plans do.
    const QString shownGoals = goalText == previousGoals && !repeatGoals ? QString() : goalText;
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

bool ActionPlanBuilder::hasContent(const DocumentContext &context)
{
    if (!context.agreement().goals.isEmpty())
        return true;
    for (const core::Measure &m : context.agreement().measures)
        if (context.shows(m))
            return true;
    return false;
}

namespace {

// The rows of one table (an empty focusArea: those under no known focus area); empty when
// the area has neither a shown measure nor a goal.
QList<QList<TableCell>> rowsOf(const DocumentContext &context, const QString &focusArea,
                               bool repeatGoals)
{
    const auto measures = measuresOf(context, focusArea);
    const auto goals = unservedGoalsOf(context, focusArea, measures);
    QList<QList<TableCell>> rows;
    QString previousGoals;
    for (const core::Measure *m : measures)
        rows.append(rowFor(context, *m, previousGoals, repeatGoals));
    for (const core::Goal *g : goals)
        rows.append({TableCell(g->text), TableCell(), TableCell(), TableCell()});
    return rows;
}

} // namespace

QList<ActionPlanTable> ActionPlanBuilder::tables(const DocumentContext &context, bool repeatGoals)
{
    QList<ActionPlanTable> result;
    if (!hasContent(context))
        return result;
    const auto &areas = context.agreement().focusAreas;
    for (int i = 0; i < areas.size(); ++i) {
        ActionPlanTable table{areas[i].id, areas[i].title, i + 1, areas[i].background.trimmed(),
                              rowsOf(context, areas[i].id, repeatGoals)};
        if (!table.rows.isEmpty())
            result.append(table);
    }
    // Goals and measures not (yet) under a focus area still belong to the plan.
    ActionPlanTable others{{}, {}, 0, {}, rowsOf(context, {}, repeatGoals)};
    if (!others.rows.isEmpty())
        result.append(others);
    return result;
}

bool ActionPlanBuilder::writeTables(DocumentComposer &composer, const DocumentContext &context,
                                    int headingLevel, bool withBackground)
{
    const QList<ActionPlanTable> all = tables(context);
    if (all.isEmpty())
        return false;
    for (const ActionPlanTable &table : all) {
        if (table.number > 0) {
            composer.heading(headingLevel, tr("%1. %2").arg(table.number).arg(table.title));
            if (withBackground && !table.background.isEmpty()) {
                composer.heading(headingLevel + 1, tr("Background"), false);
                composer.paragraph(table.background);
            }
        } else {
            //: sv: Övriga mål och åtgärder
            composer.heading(headingLevel, tr("Other goals and measures"));
            composer.note(tr("Not placed under a focus area."));
        }
        composer.table(columnHeaders(), table.rows, {25, 37, 17, 21});
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
        composer.note(tr("The agreement has no goals or measures yet."));
}

} // namespace samverka::documents
