#include "PageBreaker.h"

#include "TextStyles.h"

#include <QAbstractTextDocumentLayout>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace samverka::documents {

namespace {

int pageOf(double y, double pageHeight)
{
    return int(std::floor(y / pageHeight));
}

bool keepsWithNext(const QTextBlock &block)
{
    return block.blockFormat().boolProperty(TextStyles::KeepWithNextProperty);
}

/// The index of the stretch between hard page breaks that a position lies in.
qsizetype segmentOf(const QList<int> &breaks, int position)
{
    return std::upper_bound(breaks.begin(), breaks.end(), position) - breaks.begin();
}

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setProperty(TextStyles::PageBreakerBreakProperty, true);
    QTextCursor(block).setBlockFormat(format);
}

} // namespace

PageBreaker::PageBreaker(QTextDocument *document, const QList<QTextFrame *> &keepTogether,
                         double pageHeight)
    : m_document(document)
    , m_layout(document->documentLayout())
    , m_pageHeight(pageHeight)
{
    for (QTextFrame *frame : keepTogether)
        if (frame->document() == document)
            m_keepTogether.append(frame);
}

void PageBreaker::undoBreaks(QTextDocument *document, const QList<QTextFrame *> &keepTogether)
{
    QTextCursor batch(document);
    batch.beginEditBlock();
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat format = b.blockFormat();
        if (!format.boolProperty(TextStyles::PageBreakerBreakProperty))
            continue;
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        format.clearProperty(TextStyles::PageBreakerBreakProperty);
        QTextCursor(b).setBlockFormat(format);
    }
    for (QTextFrame *frame : keepTogether) {
        if (frame->document() != document)
            continue;
        QTextFrameFormat format = frame->frameFormat();
        if (!format.boolProperty(TextStyles::PageBreakerBreakProperty))
            continue;
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        format.clearProperty(TextStyles::PageBreakerBreakProperty);
        frame->setFrameFormat(format);
    }
    batch.endEditBlock();
}

int PageBreaker::apply()
{
    int layouts = keepHeadingsWithNext(candidates());
    // Moving a frame can leave a heading behind: check the headings again then.
    if (keepFramesTogether())
        layouts += 1 + keepHeadingsWithNext(candidates());
    return layouts;
}

QList<PageBreaker::Candidate> PageBreaker::candidates() const
{
    // Positions and frames only: a QTextCursor made here would lay the document out
    // block by block, lazily, which costs more than the whole layout.
    const auto tableOf = [this](const QTextBlock &block) {
        return qobject_cast<QTextTable *>(m_document->frameAt(block.position()));
    };
    const QList<int> breaks = hardBreaks();
    QList<Candidate> result;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (!keepsWithNext(block) ||
            (block.previous().isValid() && keepsWithNext(block.previous())))
            continue;
        QTextBlock next = block.next();
        while (next.isValid() && (keepsWithNext(next) || (next.length() <= 1 && !tableOf(next))))
            next = next.next();
        if (!next.isValid())
            continue;
        // A table goes with its first row after the repeated header.
        QTextTable *table = tableOf(next);
        // What starts a page of its own cannot share the heading's page: nothing to keep.
        const int nextStart = table ? table->firstPosition() : next.position();
        if (segmentOf(breaks, nextStart) != segmentOf(breaks, block.position()))
            continue;
        if (table) {
            const int header = table->format().headerRowCount();
            if (table->rows() > header)
                next = m_document->findBlock(table->cellAt(header, 0).firstPosition());
        }
        result.append({block, next, table != nullptr});
    }
    return result;
}

QList<int> PageBreaker::hardBreaks() const
{
    QList<int> breaks;
    bool breakAfter = false;
    for (auto it = m_document->rootFrame()->begin(); !it.atEnd(); ++it) {
        const int position =
            it.currentFrame() ? it.currentFrame()->firstPosition() : it.currentBlock().position();
        const QTextFormat::PageBreakFlags policy =
            it.currentFrame() ? it.currentFrame()->frameFormat().pageBreakPolicy()
                              : it.currentBlock().blockFormat().pageBreakPolicy();
        if (breakAfter || (policy & QTextFormat::PageBreak_AlwaysBefore))
            breaks.append(position);
        breakAfter = policy & QTextFormat::PageBreak_AlwaysAfter;
    }
    return breaks;
}

bool PageBreaker::orphaned(const Candidate &candidate) const
{
    // A heading that starts a page by itself is where it belongs.
    if (candidate.heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    const QRectF first = m_layout->blockBoundingRect(candidate.heading);
    // The heading must share its page with the first two lines of the paragraph it heads
    // (Qt breaks a paragraph between lines by itself), or with the first cell of the
    // table's first row.
    const QTextLayout *next = candidate.next.layout();
    const QRectF nextRect = m_layout->blockBoundingRect(candidate.next);
    double followingBottom = nextRect.bottom();
    if (next->lineCount() > 2 && !candidate.nextIsTable) {
        const QTextLine second = next->lineAt(1);
        followingBottom =
            nextRect.top() - next->boundingRect().top() + second.y() + second.height();
    }
    return pageOf(first.top(), m_pageHeight) != pageOf(followingBottom - 1, m_pageHeight) &&
           followingBottom - first.top() < m_pageHeight;
}

int PageBreaker::keepHeadingsWithNext(QList<Candidate> pending)
{
    // Qt lays out everything after a changed block again, so moving the headings one at a
    // time costs a layout of the rest per heading. But what follows a hard page break is
    // laid out the same whatever comes before it: each round moves the first orphaned
    // heading of every stretch between hard breaks, all in one edit (one layout), and a
    // moved heading starts a stretch of its own. Headings checked before a move in their
    // stretch stay as they are; those after it wait for the next round.
    QList<int> breaks = hardBreaks();
    int layouts = 0;
    while (!pending.isEmpty()) {
        m_layout->documentSize(); // finishes the layout
        ++layouts;
        QList<Candidate> waiting;
        QList<QTextBlock> moves;
        QSet<qsizetype> movedSegments;
        for (const Candidate &candidate : std::as_const(pending)) {
            const qsizetype segment = segmentOf(breaks, candidate.heading.position());
            if (movedSegments.contains(segment)) {
                waiting.append(candidate);
            } else if (orphaned(candidate)) {
                moves.append(candidate.heading);
                movedSegments.insert(segment);
            }
        }
        if (moves.isEmpty())
            break;
        for (const QTextBlock &heading : std::as_const(moves))
            breaks.insert(std::upper_bound(breaks.begin(), breaks.end(), heading.position()),
                          heading.position());
        QTextCursor batch(m_document);
        batch.beginEditBlock();
        for (const QTextBlock &heading : std::as_const(moves))
            breakBefore(heading);
        batch.endEditBlock();
        pending = waiting;
    }
    return layouts;
}

bool PageBreaker::keepFramesTogether()
{
    // Qt has no "keep together": a frame that would straddle a page break starts a new
    // page instead. In document order, since moving one moves everything after it.
    bool moved = false;
    for (QTextFrame *frame : std::as_const(m_keepTogether)) {
        m_layout->documentSize(); // finishes the layout
        const QRectF r = m_layout->frameBoundingRect(frame);
        if (r.height() >= m_pageHeight)
            continue;
        if (pageOf(r.top(), m_pageHeight) != pageOf(r.bottom() - 1, m_pageHeight)) {
            // The heading above the frame, if any, goes over with it.
            if (const QTextBlock heading = headingAbove(frame); heading.isValid()) {
                breakBefore(heading);
            } else {
                QTextFrameFormat format = frame->frameFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                format.setProperty(TextStyles::PageBreakerBreakProperty, true);
                frame->setFrameFormat(format);
            }
            moved = true;
        }
    }
    return moved;
}

QTextBlock PageBreaker::headingAbove(const QTextFrame *frame) const
{
    // Back over the empty block Qt keeps before a table, then over the run of blocks kept
    // with what follows; the first of them is the heading.
    QTextBlock block = m_document->findBlock(frame->firstPosition() - 1);
    while (block.isValid() && block.length() <= 1 && !keepsWithNext(block) &&
           m_document->frameAt(block.position()) == m_document->rootFrame())
        block = block.previous();
    QTextBlock heading;
    while (block.isValid() && keepsWithNext(block)) {
        heading = block;
        block = block.previous();
    }
    return heading;
}

} // namespace samverka::documents
