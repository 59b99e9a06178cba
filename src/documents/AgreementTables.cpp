#include "AgreementTables.h"

#include "ActionPlanBuilder.h"

#include "EnumLabels.h"

#include <algorithm>

namespace samverka::documents {

using core::DataSheet;
using core::SheetCell;

namespace {

template <typename E> SheetCell label(const std::optional<E> &value)
{
    return value ? SheetCell::text(core::EnumLabels::label(*value)) : SheetCell();
}

QString focusAreaTitle(const DocumentContext &context, const QString &id)
{
    for (const core::FocusArea &a : context.agreement().focusAreas)
        if (a.id == id)
            return a.title;
    return {};
}

// The measure's process follow-ups, latest last (a stable sort keeps the file's order
// between entries of one day).
QList<const core::FollowUp *> followUpsOf(const core::Agreement &a, const QString &measureId)
{
    QList<const core::FollowUp *> result;
    for (const core::FollowUp &f : a.followUps)
        if (f.kind == core::FollowUpKind::Process && f.measure == measureId)
            result.append(&f);
    std::stable_sort(
        result.begin(), result.end(),
        [](const core::FollowUp *x, const core::FollowUp *y) { return x->date < y->date; });
    return result;
}

std::optional<int> doneCount(const QList<const core::FollowUp *> &followUps)
{
    std::optional<int> sum;
    for (const core::FollowUp *f : followUps)
        if (f->count)
            sum = sum.value_or(0) + *f->count;
    return sum;
}

} // namespace

QString AgreementTables::focusAreaColumn()
{
    //: sv: Fokusområde
    return tr("Focus area");
}

QString AgreementTables::actionPlanName()
{
    //: sv: Handlingsplan
    return tr("Action plan");
}

QList<DataSheet> AgreementTables::build(const DocumentContext &context, TableKind kind)
{
    switch (kind) {
    case TableKind::ActionPlan:
        return actionPlan(context);
    case TableKind::Measures:
        return {measures(context)};
    case TableKind::FollowUps:
        return {followUps(context)};
    case TableKind::Statistics:
        break; // the file's, not the agreement's: StatisticsTables
    }
    return {};
}

QList<DataSheet> AgreementTables::actionPlan(const DocumentContext &context)
{
    const QStringList headers = ActionPlanBuilder::columnHeaders();
    const QList<DataSheet::Column> columns{
        {headers[0], 40}, {headers[1], 60}, {headers[2], 25}, {headers[3], 30}};
    QList<DataSheet> sheets;
    for (const ActionPlanTable &table : ActionPlanBuilder::tables(context, true)) {
        //: sv: Övriga mål och åtgärder
        DataSheet sheet(table.number > 0 ? table.title : tr("Other goals and measures"), columns);
        for (const QList<TableCell> &row : table.rows) {
            QList<SheetCell> cells;
            for (const TableCell &cell : row) {
                QStringList lines{cell.text};
                if (!cell.detail.isEmpty())
                    lines.append(cell.detail);
                cells.append(SheetCell::text(lines.join(QLatin1Char('\n')).trimmed()));
            }
            sheet.addRow(cells);
        }
        sheets.append(sheet);
    }
    // An agreement without goals and measures still gets a workbook, with its headers.
    if (sheets.isEmpty())
        sheets.append(DataSheet(actionPlanName(), columns));
    return sheets;
}

DataSheet AgreementTables::measures(const DocumentContext &context)
{
    QList<DataSheet::Column> columns{{focusAreaColumn(), 25},
                                     //: sv: Åtgärd
                                     {tr("Measure"), 35},
                                     {tr("Description"), 50},
                                     {tr("Status"), 12},
                                     {tr("Start"), 12},
                                     //: sv: Slut
                                     {tr("End"), 12},
                                     //: sv: När (som i planen)
                                     {tr("When (as worded)"), 25},
                                     //: sv: Ansvariga parter
                                     {tr("Responsible parties"), 30},
                                     //: sv: Ansvarig (som i planen)
                                     {tr("Responsible (as worded)"), 30},
                                     {tr("Responsible person"), 20},
                                     {tr("Method"), 20},
                                     {tr("Type"), 14},
                                     //: sv: Riktad mot
                                     {tr("Aimed at"), 14},
                                     //: sv: Tidsperspektiv
                                     {tr("Horizon"), 14},
                                     //: sv: Budget (kr)
                                     {tr("Budget (SEK)"), 12},
                                     {tr("Hours"), 10},
                                     //: sv: Planerat antal
                                     {tr("Planned count"), 10},
                                     //: sv: Genomfört antal
                                     {tr("Done count"), 10},
                                     //: sv: Orsaker
                                     {tr("Causes"), 20},
                                     {tr("Goals"), 40},
                                     //: sv: Senaste uppföljning
                                     {tr("Latest follow-up"), 12},
                                     //: sv: Senaste bedömning
                                     {tr("Latest assessment"), 18},
                                     //: sv: Senaste uppföljningens text
                                     {tr("Latest follow-up text"), 50}};
    if (context.options().includeConfidential)
        //: sv: Sekretess
        columns.append({tr("Confidential"), 12});
    //: sv: Alla åtgärder
    DataSheet sheet(tr("All measures"), columns);
    for (const core::Measure &m : context.agreement().measures)
        if (context.shows(m))
            sheet.addRow(measureRow(context, m));
    return sheet;
}

QList<SheetCell> AgreementTables::measureRow(const DocumentContext &context, const core::Measure &m)
{
    QStringList goals;
    for (const QString &id : m.goals)
        if (const core::Goal *g = context.goal(id))
            goals.append(g->text);
    const auto followUps = followUpsOf(context.agreement(), m.id);
    const core::FollowUp *latest = followUps.isEmpty() ? nullptr : followUps.last();
    QList<SheetCell> row{SheetCell::text(focusAreaTitle(context, m.focusArea)),
                         SheetCell::text(m.title),
                         SheetCell::text(m.description.trimmed()),
                         SheetCell::text(core::EnumLabels::label(m.status)),
                         SheetCell::date(m.start),
                         SheetCell::date(m.end),
                         SheetCell::text(m.when.trimmed()),
                         SheetCell::text(context.partyNames(m.responsible)),
                         SheetCell::text(m.responsibleText.trimmed()),
                         SheetCell::text(context.personName(m.responsiblePerson)),
                         SheetCell::text(m.method.trimmed()),
                         label(m.type),
                         label(m.aimedAt),
                         label(m.horizon),
                         SheetCell::decimal(m.budgetSek),
                         SheetCell::decimal(m.hours),
                         SheetCell::integer(m.plannedCount),
                         SheetCell::integer(doneCount(followUps)),
                         SheetCell::text(context.causeLabels(m.causes)),
                         SheetCell::text(goals.join(QLatin1Char('\n'))),
                         latest ? SheetCell::date(latest->date) : SheetCell(),
                         latest ? label(latest->assessment) : SheetCell(),
                         latest ? SheetCell::text(latest->text.trimmed()) : SheetCell()};
    if (context.options().includeConfidential)
        row.append(m.confidential ? SheetCell::text(tr("Confidential")) : SheetCell());
    return row;
}

DataSheet AgreementTables::followUps(const DocumentContext &context)
{
    QList<DataSheet::Column> columns{{tr("Date"), 12},
                                     //: sv: Slag (process or effect follow-up)
                                     {tr("Kind"), 12},
                                     {focusAreaColumn(), 25},
                                     //: sv: Avser (the measure or goal followed up)
                                     {tr("Concerns"), 40},
                                     //: sv: Antal gånger
                                     {tr("Times done"), 10},
                                     {tr("Value"), 10},
                                     //: sv: Bedömning
                                     {tr("Assessment"), 18},
                                     //: sv: Rapporterad till
                                     {tr("Reported to"), 18},
                                     {tr("Text"), 60},
                                     //: sv: Författare
                                     {tr("Author"), 20}};
    if (context.options().includeConfidential)
        columns.append({tr("Confidential"), 12});
    //: sv: Uppföljningar
    DataSheet sheet(tr("Follow-ups"), columns);
    QList<const core::FollowUp *> entries;
    for (const core::FollowUp &f : context.agreement().followUps)
        entries.append(&f);
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const core::FollowUp *x, const core::FollowUp *y) { return x->date < y->date; });
    for (const core::FollowUp *f : entries) {
        const core::Measure *m =
            f->kind == core::FollowUpKind::Process ? context.measure(f->measure) : nullptr;
        // A confidential measure's follow-ups tell what it is: they go where it goes.
        if (m && !context.shows(*m))
            continue;
        sheet.addRow(followUpRow(context, *f, m));
    }
    return sheet;
}

QList<SheetCell> AgreementTables::followUpRow(const DocumentContext &context,
                                              const core::FollowUp &f, const core::Measure *m)
{
    const core::Goal *g = f.kind == core::FollowUpKind::Effect ? context.goal(f.goal) : nullptr;
    QString focusArea;
    QString concerns;
    if (m) {
        focusArea = focusAreaTitle(context, m->focusArea);
        concerns = m->title;
    } else if (g) {
        focusArea = focusAreaTitle(context, g->focusArea);
        concerns = g->text;
    }
    QList<SheetCell> row{SheetCell::date(f.date),
                         SheetCell::text(core::EnumLabels::label(f.kind)),
                         SheetCell::text(focusArea),
                         SheetCell::text(concerns),
                         SheetCell::integer(f.count),
                         SheetCell::decimal(f.value),
                         label(f.assessment),
                         label(f.reportedTo),
                         SheetCell::text(f.text.trimmed()),
                         SheetCell::text(f.author.trimmed())};
    if (context.options().includeConfidential)
        row.append(m && m->confidential ? SheetCell::text(tr("Confidential")) : SheetCell());
    return row;
}

} // namespace samverka::documents
