#include "PlanFollowUpWriter.h"

#include "PlanRatingCell.h"
#include "PlanTableWriter.h"
#include "TextStyles.h"

#include "EnumLabels.h"

#include <QTextTable>

#include <algorithm>

namespace samverka::documents {

namespace {

/// The row's rating of date (the last one that day), or nullptr.
const core::PlanRating *ratingOn(const core::PlanRow &row, const QDate &date)
{
    const core::PlanRating *found = nullptr;
    for (const core::PlanRating &r : row.ratings)
        if (r.date == date)
            found = &r;
    return found;
}

QString measureTitle(const PlanDocumentRows::Row &row)
{
    return row.table.measureMissing ? PlanFollowUpWriter::tr("(the measure is no longer in the "
                                                             "agreement)")
                                    : row.table.measure.trimmed();
}

} // namespace

QList<PlanFollowUpWriter::Occasion> PlanFollowUpWriter::occasions(const core::MeasurePlan &plan,
                                                                  const PlanDocumentRows &rows)
{
    QList<Occasion> result;
    for (const core::PlanFollowUpDate &f : plan.followUpDates)
        if (f.date.isValid())
            result.append({f.date, &f});
    for (const PlanDocumentRows::Row &row : rows.rows())
        for (const core::PlanRating &r : row.plan->ratings) {
            const bool known = std::any_of(result.cbegin(), result.cend(),
                                           [&r](const Occasion &o) { return o.date == r.date; });
            if (r.date.isValid() && !known)
                result.append({r.date, nullptr});
        }
    std::stable_sort(result.begin(), result.end(),
                     [](const Occasion &a, const Occasion &b) { return a.date < b.date; });
    return result;
}

void PlanFollowUpWriter::writeSummary(DocumentComposer &composer, const PlanDocumentRows &rows)
{
    const QList<core::RatingColour> colours = {core::RatingColour::Green,
                                               core::RatingColour::Yellow, core::RatingColour::Red};
    QList<int> counts(colours.size() + 1, 0);
    for (const PlanDocumentRows::Row &row : rows.rows()) {
        const qsizetype i =
            row.table.latest ? colours.indexOf(row.table.latest->colour) : colours.size();
        ++counts[i];
    }
    //: sv: Varje åtgärds färg vid dess senaste bedömning:
    composer.paragraph(tr("The colour of each measure at its latest rating:"));
    QStringList headers;
    QList<TableCell> cells;
    for (qsizetype i = 0; i < colours.size(); ++i)
        headers << core::EnumLabels::label(colours.at(i));
    headers << PlanRatingCell::notRated() << tr("Measures");
    for (const int count : std::as_const(counts))
        cells << TableCell(QString::number(count), QString(), true);
    cells << TableCell(QString::number(rows.rows().size()), QString(), true);
    QTextTable *table = composer.table(headers, {cells}, {20, 20, 20, 20, 20});
    QTextTableFormat format = table->format();
    format.setWidth(QTextLength(QTextLength::PercentageLength, 60));
    table->setFormat(format);
    for (int c = 0; c < colours.size(); ++c) {
        QTextTableCell cell = table->cellAt(1, c);
        PlanRatingCell::fill(cell, colours.at(c));
    }
}

void PlanFollowUpWriter::writeOccasion(DocumentComposer &composer, const DocumentContext &context,
                                       const Occasion &occasion, const PlanDocumentRows &rows)
{
    const QString date = DocumentContext::date(occasion.date);
    const QString note = occasion.followUp ? occasion.followUp->note.trimmed() : QString();
    //: sv: Uppföljning %1
    QString heading = occasion.followUp ? tr("Follow-up %1", "date").arg(date)
                                        //: sv: Bedömt %1 (utanför uppföljningsdagarna)
                                        : tr("Rated %1 (outside the follow-up dates)").arg(date);
    if (!note.isEmpty())
        heading = tr("%1: %2", "heading: note").arg(heading, note);
    composer.heading(2, heading);
    const bool anyRated = std::any_of(rows.rows().cbegin(), rows.rows().cend(), [&](const auto &r) {
        return ratingOn(*r.plan, occasion.date) != nullptr;
    });
    if (!anyRated && occasion.date > context.today()) {
        composer.note(tr("To come: not followed up yet."));
        return;
    }
    // On a follow-up date every measure is to be rated: those that were not say so.
    QList<QList<TableCell>> cells;
    QList<const PlanDocumentRows::Row *> shown;
    for (const PlanDocumentRows::Row &row : rows.rows()) {
        if (!occasion.followUp && !ratingOn(*row.plan, occasion.date))
            continue;
        shown << &row;
        const core::PlanRating *rating = ratingOn(*row.plan, occasion.date);
        TableCell title(measureTitle(row));
        if (row.table.confidential) // marked here too: this page may be copied alone
            title.detail = PlanTableWriter::confidentialMark();
        cells.append({TableCell(QString::number(row.number)), title, TableCell(),
                      TableCell(rating ? rating->comment.trimmed() : QString())});
    }
    if (shown.isEmpty()) {
        composer.note(tr("The plan has no measures to rate."));
        return;
    }
    //: sv: Nr | Åtgärd | Bedömning | Kommentar
    QTextTable *table = composer.table({tr("No."), tr("Measure"), tr("Rating"), tr("Comment")},
                                       cells, {6, 44, 14, 36});
    for (int r = 0; r < shown.size(); ++r) {
        QTextTableCell cell = table->cellAt(r + 1, 2);
        PlanRatingCell::write(cell, ratingOn(*shown.at(r)->plan, occasion.date), false, false);
    }
}

void PlanFollowUpWriter::write(DocumentComposer &composer, const DocumentContext &context,
                               const core::MeasurePlan &plan, const PlanDocumentRows &rows)
{
    //: sv: 3. Uppföljning
    composer.heading(1, tr("3. Follow-up"), true, true);
    if (rows.rows().isEmpty()) {
        composer.note(tr("The plan has no measures to follow up."));
        return;
    }
    //: sv: Läget vid senaste bedömningen
    composer.heading(2, tr("At the latest rating"));
    writeSummary(composer, rows);
    const QList<Occasion> all = occasions(plan, rows);
    if (all.isEmpty()) {
        composer.note(plan.followUpDates.isEmpty()
                          ? tr("The plan has no follow-up dates, and no measure is rated yet.")
                          : tr("No measure is rated yet."));
        return;
    }
    for (const Occasion &occasion : all)
        writeOccasion(composer, context, occasion, rows);
}

} // namespace samverka::documents
