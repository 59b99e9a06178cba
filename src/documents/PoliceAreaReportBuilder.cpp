#include "PoliceAreaReportBuilder.h"

#include "DocumentContext.h"
#include "DocumentError.h"
#include "TextStyles.h"

#include "EnumLabels.h"
#include "OverviewLabels.h"

#include <QFileInfo>
#include <QSet>

namespace samverka::documents {

namespace {

QString municipalityName(const core::OverviewRow &row)
{
    return row.isOk() && !row.municipality.isEmpty() ? row.municipality
                                                     : QFileInfo(row.source).completeBaseName();
}

TableCell count(int n)
{
    TableCell cell(QString::number(n));
    cell.warning = n > 0;
    return cell;
}

} // namespace

QString PoliceAreaReportBuilder::title()
{
    //: sv: Samverkan i lokalpolisområdet
    return tr("Collaboration in the local police area");
}

BuiltDocument PoliceAreaReportBuilder::build(const Input &input)
{
    if (input.details.size() != input.rows.size())
        throw DocumentError(QStringLiteral("PoliceAreaReportBuilder: %1 rows, %2 details")
                                .arg(input.rows.size())
                                .arg(input.details.size()));
    BuiltDocument built;
    {
        DocumentComposer composer(built);
        writeOverview(composer, input);
        for (int i = 0; i < input.rows.size(); ++i)
            writeMunicipality(composer, input.rows.at(i), input.details.at(i));
        built.keepTogether = composer.keptTogether();
        composer.finish();
    }
    built.title = input.name.isEmpty() ? title() : tr("%1: %2").arg(title(), input.name);
    built.decoration.headerTitle = built.title;
    return built;
}

void PoliceAreaReportBuilder::writeOverview(DocumentComposer &composer, const Input &input)
{
    composer.title(title());
    if (!input.name.isEmpty())
        composer.subtitle(input.name);
    QStringList areas;
    int unread = 0;
    for (const core::OverviewRow &row : input.rows) {
        if (row.isOk() && !row.localPoliceArea.isEmpty() && !areas.contains(row.localPoliceArea))
            areas << row.localPoliceArea;
        unread += row.isOk() ? 0 : 1;
    }
    composer.fields({{tr("Local police area"), areas.join(QStringLiteral(", "))},
                     {tr("Municipalities"), QString::number(input.rows.size())},
                     {tr("As of"), DocumentContext::date(input.today)}});
    composer.note(tr("Measures late and follow-ups due are counted for the date above. "
                     "Confidential records are left out of every count and list."));
    if (unread > 0)
        composer.note(
            tr("%n file(s) could not be read; why is said in the table.", nullptr, unread));

    composer.heading(2, tr("Overview"), false);
    QList<QList<TableCell>> rows;
    for (const core::OverviewRow &row : input.rows) {
        if (!row.isOk()) {
            TableCell why(core::OverviewLabels::state(row.state), row.message);
            why.warning = true;
            rows << QList<TableCell>{municipalityName(row), why, {}, {}, {}, {}};
            continue;
        }
        const QString agreement =
            row.agreementId.isEmpty() ? tr("No agreement") : row.agreementTitle;
        // "Undertecknad, gäller, 2024-01-01 – tills vidare"
        const QString status = row.agreementId.isEmpty()
                                   ? QString()
                                   : QStringList{core::EnumLabels::label(row.agreementStatus),
                                                 row.inForce ? tr("in force") : tr("not in force"),
                                                 core::OverviewLabels::period(row)}
                                         .join(QStringLiteral(", "));
        rows << QList<TableCell>{
            TableCell(municipalityName(row), QString(), true),
            TableCell(agreement, status),
            TableCell(core::OverviewLabels::promises(row)),
            count(row.measuresLate),
            count(row.followUpsDue),
            TableCell(core::OverviewLabels::situationPicture(row.situationPicture),
                      core::OverviewLabels::measurePlan(row.measurePlan))};
    }
    composer.table({tr("Municipality"), tr("Current agreement"), tr("Citizen promises"),
                    tr("Measures late"),
                    //: sv: Att rapportera (a narrow column: uppföljningar att rapportera)
                    tr("Reports due"), tr("Situation picture / measure plan")},
                   rows, {12, 31, 18, 12, 12, 15});
}

void PoliceAreaReportBuilder::writeMunicipality(DocumentComposer &composer,
                                                const core::OverviewRow &row,
                                                const core::OverviewDetail &detail)
{
    composer.heading(1, municipalityName(row), false, true);
    if (!row.isOk()) {
        QTextCharFormat warning = TextStyles::body();
        warning.setForeground(TextStyles::warning);
        composer.styledParagraph(row.message, warning);
        return;
    }
    composer.fields(
        {{tr("Local police area"), row.localPoliceArea},
         {tr("Current agreement"),
          row.agreementId.isEmpty() ? tr("No agreement") : row.agreementTitle},
         {tr("Status"),
          row.agreementId.isEmpty() ? QString() : core::EnumLabels::label(row.agreementStatus)},
         {tr("Period"), core::OverviewLabels::period(row)},
         {tr("In force"), core::OverviewLabels::inForce(row)},
         {tr("Citizen promises"), core::OverviewLabels::promises(row)},
         {tr("Situation picture"), core::OverviewLabels::situationPicture(row.situationPicture)},
         {tr("Measure plan"), core::OverviewLabels::measurePlan(row.measurePlan)},
         {tr("Open review comments"), QString::number(row.openComments)},
         {tr("Last change"), core::OverviewLabels::lastChange(row)}});
    writeFocusAreas(composer, detail);
    writeLate(composer, detail);
    writeDue(composer, detail);
}

void PoliceAreaReportBuilder::writeFocusAreas(DocumentComposer &composer,
                                              const core::OverviewDetail &detail)
{
    composer.heading(2, tr("Focus areas"), false);
    if (detail.focusAreas.isEmpty()) {
        composer.paragraph(tr("The current agreement has no focus areas."));
        return;
    }
    QStringList items;
    for (const core::OverviewDetail::FocusArea &area : detail.focusAreas)
        items << tr("%1 (%n measure(s))", nullptr, area.measures).arg(area.title);
    composer.bullets(items);
}

void PoliceAreaReportBuilder::writeLate(DocumentComposer &composer,
                                        const core::OverviewDetail &detail)
{
    composer.heading(2, tr("Measures late"), false);
    if (detail.lateMeasures.isEmpty()) {
        composer.paragraph(tr("No measure is late."));
        return;
    }
    QList<QList<TableCell>> rows;
    for (const core::OverviewDetail::LateMeasure &m : detail.lateMeasures) {
        TableCell end(DocumentContext::date(m.end));
        end.warning = true;
        rows << QList<TableCell>{TableCell(m.title), TableCell(m.agreementTitle), end,
                                 TableCell(core::EnumLabels::label(m.status))};
    }
    composer.table({tr("Measure"), tr("Agreement"), tr("End"), tr("Status")}, rows,
                   {40, 32, 14, 14});
}

void PoliceAreaReportBuilder::writeDue(DocumentComposer &composer,
                                       const core::OverviewDetail &detail)
{
    composer.heading(2, tr("Follow-ups due"), false);
    if (detail.reportsDue.isEmpty()) {
        composer.paragraph(tr("No follow-up is due."));
        return;
    }
    QList<QList<TableCell>> rows;
    for (const core::OverviewDetail::ReportDue &r : detail.reportsDue) {
        TableCell due(DocumentContext::date(r.due));
        due.warning = true;
        rows << QList<TableCell>{TableCell(core::EnumLabels::label(r.target)), due,
                                 TableCell(r.agreementTitle)};
    }
    composer.table({tr("Report to"), tr("Due"), tr("Agreement")}, rows, {34, 16, 50});
}

} // namespace samverka::documents
