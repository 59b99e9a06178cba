#pragma once

// Page breaks beyond what Qt's text layout makes by itself: a heading (with the lines
// kept with it) goes over to the next page together with what it heads, and a frame
// kept together (a signature block) never straddles a page break.

#include <QList>
#include <QTextBlock>

class QAbstractTextDocumentLayout;
class QTextDocument;
class QTextFrame;

namespace samverka::documents {

class PageBreaker
{
public:
    /// Breaks the pages of one section; keepTogether are the frames to keep on one page
    /// (those of other sections are ignored).
    PageBreaker(QTextDocument *document, const QList<QTextFrame *> &keepTogether,
                double pageHeight);

    /// Moves what must move. Returns how many times the document was laid out.
    int apply();
    /// Takes back the page breaks apply() made, before the document is laid out for
    /// another page (a print preview drawn again in landscape). Qt's layout after such
    /// an edit is only right once everything is laid out again, so call it before that.
    static void undoBreaks(QTextDocument *document, const QList<QTextFrame *> &keepTogether);

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
    /// The first of the blocks kept with the frame just above it, or an invalid block.
    QTextBlock headingAbove(const QTextFrame *frame) const;
    bool keepFramesTogether();

    QTextDocument *m_document;
    QList<QTextFrame *> m_keepTogether;
    QAbstractTextDocumentLayout *m_layout;
    double m_pageHeight;
};

} // namespace samverka::documents
