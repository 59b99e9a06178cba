// Where pages break in the agreement: no heading is left alone at the foot of a page,
// and every entry of the contents names the page its heading is on. The introduction
// grows line by line so that headings land at every height of a page.

#include "DocumentFixture.h"
#include "PdfTools.h"

#include "DocumentBuilder.h"
#include "PdfExporter.h"
#include "TextStyles.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>

namespace samverka::documents::test {

namespace {

struct ContentsEntry {
    QString heading;
    int page = 0;
};

/// The entries of the contents page: a title, spaces, a page number.
QList<ContentsEntry> contentsOf(const QString &page)
{
    static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"));
    QList<ContentsEntry> entries;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        const auto match = entry.match(line);
        if (match.hasMatch())
            entries.append({match.captured(1), match.captured(2).toInt()});
    }
    return entries;
}

QStringList linesOf(const QString &page)
{
    QStringList lines;
    for (const QString &line : page.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines;
}

/// The last line of the page's body: the footer ("Sida X av Y") is the last line.
QString lastBodyLine(const QString &page)
{
    const QStringList lines = linesOf(page);
    return lines.size() >= 2 ? lines[lines.size() - 2] : QString();
}

core::MunicipalityData withLongerIntroduction(int extraLines)
{
    core::MunicipalityData data = DocumentFixture::municipality();
    QStringList paragraphs{data.agreements[0].part1.introduction};
    for (int i = 1; i <= extraLines; ++i)
        paragraphs.append(QStringLiteral("Rad %1 av inledningen.").arg(i));
    data.agreements[0].part1.introduction = paragraphs.join(QLatin1Char('\n'));
    return data;
}

void dropKeepWithNext(BuiltDocument &built)
{
    for (const auto &section : built.sections) {
        for (QTextBlock b = section->begin(); b.isValid(); b = b.next()) {
            QTextBlockFormat format = b.blockFormat();
            if (!format.boolProperty(TextStyles::KeepWithNextProperty))
                continue;
            format.clearProperty(TextStyles::KeepWithNextProperty);
            QTextCursor(b).setBlockFormat(format);
        }
    }
}

} // namespace

class PageBreakTest : public ::testing::Test
{
protected:
    QStringList pagesOf(const core::MunicipalityData &data, bool keepWithNext)
    {
        DocumentOptions options;
        options.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
        BuiltDocument built = DocumentBuilder::build(data, options);
        if (!keepWithNext)
            dropKeepWithNext(built);
        const QString path = m_dir.filePath(QStringLiteral("doc%1.pdf").arg(++m_count));
        PdfExporter::write(built, path);
        return PdfTools::pages(path);
    }

    /// Headings of the contents found as the last line of a page.
    static QStringList orphans(const QStringList &pages)
    {
        QStringList found;
        if (pages.size() < 2)
            return found;
        for (const ContentsEntry &entry : contentsOf(pages[1]))
            for (int i = 2; i < pages.size(); ++i)
                if (lastBodyLine(pages[i]) == entry.heading)
                    found.append(QStringLiteral("%1 (sida %2)").arg(entry.heading).arg(i + 1));
        return found;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};

TEST_F(PageBreakTest, NoHeadingIsLeftAtTheFootOfAPage)
{
    bool someOrphanWithoutKeeping = false;
    for (int extra = 0; extra <= 48; extra += 4) {
        const core::MunicipalityData data = withLongerIntroduction(extra);
        EXPECT_EQ(orphans(pagesOf(data, true)), QStringList()) << extra << " extra lines";
        someOrphanWithoutKeeping =
            someOrphanWithoutKeeping || !orphans(pagesOf(data, false)).isEmpty();
    }
    // Shows the check above can fail: without keep-with-next, some heading is orphaned.
    EXPECT_TRUE(someOrphanWithoutKeeping);
}

TEST_F(PageBreakTest, EveryContentsEntryNamesThePageOfItsHeading)
{
    for (int extra : {0, 20, 40}) {
        const QStringList pages = pagesOf(withLongerIntroduction(extra), true);
        ASSERT_GE(pages.size(), 3);
        const QList<ContentsEntry> entries = contentsOf(pages[1]);
        ASSERT_GE(entries.size(), 5) << qPrintable(pages[1]);
        int previous = 0;
        for (const ContentsEntry &entry : entries) {
            ASSERT_GE(entry.page, previous) << qPrintable(entry.heading);
            ASSERT_LE(entry.page, pages.size()) << qPrintable(entry.heading);
            EXPECT_TRUE(linesOf(pages[entry.page - 1]).contains(entry.heading))
                << qPrintable(entry.heading) << " is not on page " << entry.page << " (" << extra
                << " extra lines)";
            previous = entry.page;
        }
    }
}

} // namespace samverka::documents::test
