#pragma once

// Page breaks beyond what Qt's text layout makes by itself: a heading (with the lines
// kept with it) goes over to the next page together with what it heads, and a frame
// kept together (a signature block) never straddles a page break.

#include "BuiltDocument.h"

#include <QList>
#include <QTextBlock>

class QAbstractTextDocumentLayout;
class QTextFrame;

namespace samverka::documents {

class PageBreaker
{
public:
    PageBreaker(BuiltDocument &built, double pageHeight);

    /// Moves what must move. Returns how many times the document was laid out.
    int apply();

private:
    struct Candidate {
        QTextBlock heading; ///< the first of the blocks kept with what follows
        QTextBlock next;    ///< the first block they must share a page with
        bool nextIsTable = false;
    };

    QList<Candidate> candidates() const;
    QList<int> hardBreaks() const;
    bool orphaned(const Candidate &candidate) const;
    int keepHeadingsWithNext(QList<Candidate> pending);
    /// Hides the blocks of every stretch (by breaks) that no waiting candidate is in, and
    /// adds them to hidden, so that exactly those are shown again.
    void hideFinishedStretches(const QList<int> &breaks, const QList<Candidate> &waiting,
                               QList<QTextBlock> &hidden);
    /// The first of the blocks kept with the frame just above it, or an invalid block.
    QTextBlock headingAbove(const QTextFrame *frame) const;
    bool keepFramesTogether();

    BuiltDocument &m_built;
    QTextDocument *m_document;
    QAbstractTextDocumentLayout *m_layout;
    double m_pageHeight;
};

} // namespace samverka::documents
