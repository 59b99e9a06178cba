#include "PlanTableWriter.h"

#include "PlanRatingCell.h"
#include "TextStyles.h"

#include <QTextTable>

namespace samverka::documents {

namespace {

/// The next block of a cell: the first one is there already (empty).
void nextBlock(QTextCursor &at, bool &first, double topMargin = 3)
{
    QTextBlockFormat block = TextStyles::cellBlock();
    if (first) {
        at.setBlockFormat(block);
        first = false;
        return;
    }
    block.setTopMargin(topMargin);
    at.insertBlock(block, TextStyles::cell());
}

QTextCharFormat secrecyMark()
{
    QTextCharFormat f = TextStyles::cellDetail();
    f.setFontWeight(QFont::Bold);
    f.setForeground(TextStyles::warning);
    return f;
}

QTextCharFormat boldCell()
{
    QTextCharFormat f = TextStyles::cell();
    f.setFontWeight(QFont::Bold);
    return f;
}

QTextCharFormat warningText()
{
    QTextCharFormat f = boldCell();
    f.setForeground(TextStyles::warning);
    return f;
}

} // namespace

QStringList PlanTableWriter::columnHeaders()
{
    //: sv: Orsak | Åtgärd | Operativa mål | När | Vem | Uppföljning
    return {tr("Cause"), tr("Measure"), tr("Operative goals"),
            tr("When"),  tr("Who"),     tr("Follow-up")};
}

void PlanTableWriter::writeCauses(QTextCursor at, const PlanDocumentRows::Row &row)
{
    bool first = true;
    for (const core::PlanTable::Cause &cause : row.table.causes) {
        nextBlock(at, first);
        at.insertText(cause.label, boldCell());
        if (!cause.text.trimmed().isEmpty())
            at.insertText(QStringLiteral(" ") + cause.text.trimmed(), TextStyles::cell());
        if (cause.confidential)
            at.insertText(QStringLiteral("  ") + confidentialMark(), secrecyMark());
    }
    if (row.causesLeftOut > 0) {
        nextBlock(at, first);
        at.insertText(
            tr("%n cause(s) covered by secrecy left out of this copy.", nullptr, row.causesLeftOut),
            TextStyles::cellDetail());
    } else if (row.table.causes.isEmpty()) {
        nextBlock(at, first);
        //: sv: Ingen orsak angiven
        at.insertText(tr("No cause given"), warningText());
    }
}

void PlanTableWriter::writeMeasure(QTextCursor at, const PlanDocumentRows::Row &row)
{
    at.setBlockFormat(TextStyles::cellBlock());
    const QTextCharFormat title = boldCell();
    at.insertText(QStringLiteral("%1. ").arg(row.number), title);
    if (row.table.measureMissing)
        //: sv: Åtgärden finns inte längre i överenskommelsen
        at.insertText(tr("The measure is no longer in the agreement"), warningText());
    else
        at.insertText(row.table.measure.trimmed(), title);
    QTextBlockFormat below = TextStyles::cellBlock();
    below.setTopMargin(2);
    if (row.table.adopted && !row.table.agreementTitle.isEmpty()) {
        at.insertBlock(below, TextStyles::cellDetail());
        //: sv: Ur: %1
        at.insertText(tr("From: %1").arg(row.table.agreementTitle), TextStyles::cellDetail());
    }
    if (!row.table.description.trimmed().isEmpty()) {
        at.insertBlock(below, TextStyles::cellDetail());
        at.insertText(row.table.description.trimmed(), TextStyles::cellDetail());
    }
    if (row.table.confidential) {
        at.insertBlock(below, secrecyMark());
        at.insertText(confidentialMark(), secrecyMark());
    }
}

void PlanTableWriter::writeGoals(QTextCursor at, const QStringList &goals)
{
    bool first = true;
    for (const QString &goal : goals) {
        if (goal.trimmed().isEmpty())
            continue;
        nextBlock(at, first);
        const QString text = goal.trimmed().replace(QLatin1Char('\n'), QChar::LineSeparator);
        at.insertText(goals.size() > 1 ? QStringLiteral("– ") + text : text, TextStyles::cell());
    }
}

void PlanTableWriter::write(DocumentComposer &composer, const PlanDocumentRows &rows)
{
    if (rows.rows().isEmpty())
        return;
    QList<QList<TableCell>> cells;
    for (const PlanDocumentRows::Row &row : rows.rows())
        cells.append({TableCell(), TableCell(), TableCell(), TableCell(row.table.when.trimmed()),
                      TableCell(row.table.who.trimmed()), TableCell()});
    // Orsak, Åtgärd and Operativa mål carry the text; När and Vem are a few words.
    QTextTable *table = composer.table(columnHeaders(), cells, {21, 26, 16, 10, 13, 14});
    for (int r = 0; r < rows.rows().size(); ++r) {
        const PlanDocumentRows::Row &row = rows.rows().at(r);
        writeCauses(table->cellAt(r + 1, 0).firstCursorPosition(), row);
        writeMeasure(table->cellAt(r + 1, 1).firstCursorPosition(), row);
        writeGoals(table->cellAt(r + 1, 2).firstCursorPosition(), row.table.operative);
        QTextTableCell follow = table->cellAt(r + 1, 5);
        const std::optional<core::PlanRating> &latest = row.table.latest;
        PlanRatingCell::write(follow, latest ? &*latest : nullptr, true, true);
    }
    composer.cursor().movePosition(QTextCursor::End);
}

} // namespace samverka::documents
