// Sections laid out side by side on several threads come out exactly as laid out one
// after another, also while the document is still being written, and a built document
// rendered twice (as the print preview does) gives the same pages both times, without a
// warning from Qt.

#include "DocumentFixture.h"
#include "PdfTools.h"

#include "DocumentBuilder.h"
#include "DocumentRenderer.h"
#include "PdfExporter.h"
#include "SectionLayout.h"

#include <gtest/gtest.h>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>

namespace samverka::documents::test {

namespace {

QStringList collectedWarnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        collectedWarnings << message;
}

BuiltDocument agreement(int extraMeasures)
{
    core::MunicipalityData data = DocumentFixture::municipality();
    DocumentFixture::addMeasures(data, extraMeasures);
    DocumentOptions options;
    options.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
    return DocumentBuilder::build(data, options);
}

/// Where every block of every section is, and how many pages each section has.
QStringList geometry(const BuiltDocument &built)
{
    QStringList lines;
    for (const auto &section : built.sections) {
        lines << QStringLiteral("section: %1 pages").arg(section->pageCount());
        QAbstractTextDocumentLayout *layout = section->documentLayout();
        for (QTextBlock b = section->begin(); b.isValid(); b = b.next()) {
            const QRectF r = layout->blockBoundingRect(b);
            lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(b.position())
                         .arg(r.x(), 0, 'f', 2)
                         .arg(r.y(), 0, 'f', 2)
                         .arg(r.height(), 0, 'f', 2)
                         .arg(b.layout()->lineCount());
        }
    }
    return lines;
}

QStringList laidOut(int threads, int extraMeasures)
{
    BuiltDocument built = agreement(extraMeasures);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    SectionLayout::layOut(built, writer, QSizeF(writer.width(), writer.height() * 0.85), threads);
    // Every section is back in this thread.
    for (const auto &section : built.sections)
        EXPECT_EQ(section->thread(), QThread::currentThread());
    const QStringList lines = geometry(built);
    for (const auto &section : built.sections)
        section->documentLayout()->setPaintDevice(nullptr);
    return lines;
}

} // namespace

TEST(SectionLayoutTest, ThreadsLayOutExactlyAsOneThreadDoes)
{
    for (int extra : {0, 30}) {
        const QStringList one = laidOut(1, extra);
        ASSERT_GT(one.size(), 100);
        EXPECT_EQ(laidOut(2, extra), one) << extra << " extra measures";
        EXPECT_EQ(laidOut(4, extra), one) << extra << " extra measures";
    }
}

TEST(SectionLayoutTest, ADocumentRenderedTwiceGivesTheSamePages)
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.pdf"));
    const QString second = dir.filePath(QStringLiteral("second.pdf"));
    collectedWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    int pages = 0;
    {
        BuiltDocument built = agreement(20);
        pages = PdfExporter::write(built, first);
        EXPECT_EQ(PdfExporter::write(built, second), pages);
    }
    qInstallMessageHandler(previous);
    // Nothing about timers used from the wrong thread, while rendering or at the end.
    EXPECT_TRUE(collectedWarnings.isEmpty())
        << qPrintable(collectedWarnings.join(QLatin1Char('\n')));
    const QStringList a = PdfTools::pages(first);
    ASSERT_EQ(a.size(), pages);
    EXPECT_EQ(PdfTools::pages(second), a);
}

TEST(SectionLayoutTest, LayingOutWhileWritingGivesTheSamePagesAsAfterwards)
{
    // PdfExporter lays each section out while the next ones are written; a built
    // document is laid out after. Both must give the same pages, for every kind.
    QTemporaryDir dir;
    core::MunicipalityData data = DocumentFixture::municipality();
    DocumentFixture::addMeasures(data, 25);
    for (const DocumentKind kind : {DocumentKind::Agreement, DocumentKind::ActionPlan,
                                    DocumentKind::CitizenPromises, DocumentKind::FollowUp}) {
        DocumentOptions options;
        options.kind = kind;
        options.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
        const QString whileWriting = dir.filePath(QStringLiteral("while.pdf"));
        const QString afterwards = dir.filePath(QStringLiteral("after.pdf"));
        const int pages = PdfExporter::write(data, options, whileWriting);
        BuiltDocument built = DocumentBuilder::build(data, options);
        EXPECT_EQ(PdfExporter::write(built, afterwards), pages);
        const QStringList expected = PdfTools::pages(afterwards);
        ASSERT_EQ(expected.size(), pages);
        EXPECT_EQ(PdfTools::pages(whileWriting), expected) << int(kind);
    }
}

} // namespace samverka::documents::test
