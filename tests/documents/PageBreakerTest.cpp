// PageBreaker on hand-made documents: a heading above a block kept together goes over to
// the next page with it, and a heading followed by a hard page break is left alone.

#include "PageBreaker.h"
#include "TextStyles.h"

#include <gtest/gtest.h>

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

namespace samverka::documents::test {

namespace {

constexpr double kPageHeight = 400;

int pageOf(double y)
{
    return int(std::floor(y / kPageHeight));
}

QTextBlockFormat heading()
{
    QTextBlockFormat f;
    f.setProperty(TextStyles::KeepWithNextProperty, true);
    return f;
}

struct Document {
    std::unique_ptr<QTextDocument> document = std::make_unique<QTextDocument>();
    QList<QTextFrame *> keepTogether;
    QTextBlock headingBlock;
    QTextTable *kept = nullptr;

    /// filler paragraphs, a heading, then a six-row table kept together.
    explicit Document(int filler)
    {
        QTextDocument *doc = document.get();
        doc->setPageSize(QSizeF(300, kPageHeight));
        QTextCursor c(doc);
        for (int i = 0; i < filler; ++i) {
            c.insertText(QStringLiteral("Rad %1").arg(i));
            c.insertBlock();
        }
        c.setBlockFormat(heading());
        c.insertText(QStringLiteral("Underskrifter"));
        headingBlock = c.block();
        c.insertBlock(QTextBlockFormat());
        kept = c.insertTable(6, 2);
        for (int r = 0; r < 6; ++r)
            kept->cellAt(r, 0).firstCursorPosition().insertText(QStringLiteral("Namn %1").arg(r));
        keepTogether.append(kept);
    }

    QAbstractTextDocumentLayout *layout() const
    {
        document->documentLayout()->documentSize();
        return document->documentLayout();
    }
};

} // namespace

TEST(PageBreakerTest, AHeadingGoesOverWithTheBlockKeptTogetherBelowIt)
{
    int straddled = 0;
    for (int filler = 0; filler < 40; ++filler) {
        Document d(filler);
        const QRectF before = d.layout()->frameBoundingRect(d.kept);
        straddled += pageOf(before.top()) != pageOf(before.bottom() - 1);

        PageBreaker(d.document.get(), d.keepTogether, kPageHeight).apply();
        const QRectF table = d.layout()->frameBoundingRect(d.kept);
        const QRectF title = d.layout()->blockBoundingRect(d.headingBlock);
        EXPECT_EQ(pageOf(table.top()), pageOf(table.bottom() - 1)) << filler << " filler lines";
        EXPECT_EQ(pageOf(title.top()), pageOf(table.top())) << filler << " filler lines";
    }
    EXPECT_GT(straddled, 0); // some layouts did need the move
}

TEST(PageBreakerTest, AHeadingBeforeAHardPageBreakIsLeftAlone)
{
    // Nothing of what follows can share the heading's page: moving the heading would only
    // leave a page with the heading alone on it.
    for (int filler = 0; filler < 30; ++filler) {
        Document d(filler);
        QTextTableFormat format = d.kept->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        d.kept->setFormat(format);
        d.keepTogether.clear();
        PageBreaker(d.document.get(), d.keepTogether, kPageHeight).apply();
        EXPECT_FALSE(d.headingBlock.blockFormat().pageBreakPolicy() &
                     QTextFormat::PageBreak_AlwaysBefore)
            << filler << " filler lines";
    }
}

} // namespace samverka::documents::test
