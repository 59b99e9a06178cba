// The municipality's logo (issue #15), from a new file through the real widgets: chosen
// on the municipality page through the file dialog, shown there, kept in the file as an
// attachment the municipality names, one undo step, replaced and removed; a file that
// is no picture is refused with a message that names it, and nothing changes.

#include "NewFileFixture.h"
#include "UiTestSupport.h"

#include "pages/MunicipalityPage.h"
#include "widgets/LogoPicker.h"

#include <gtest/gtest.h>

#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

using namespace samverka;
using namespace samverka::ui;

namespace {

const QString kSvg = QStringLiteral(SAMVERKA_TEST_DATA_DIR "/documents/logo.svg");

struct Fixture : test::NewFileFixture {
    MunicipalityPage *page = nullptr;

    void openMunicipalityPage()
    {
        createFile();
        clickSidebar(QStringLiteral("municipalityData"));
        page = qobject_cast<MunicipalityPage *>(window.currentPage());
    }

    /// Clicks "Välj logotyp…" and answers the file dialog with path.
    bool choose(const QString &path)
    {
        const auto handled = test::answerFileDialog(path);
        QTest::mouseClick(page->logoPicker()->chooseButton(), Qt::LeftButton);
        test::settle();
        return *handled;
    }

    QString logoId() const { return context.file()->municipality().logo; }
    QList<core::Attachment> attachments() const { return context.file()->attachments(); }
    QString errorText() const
    {
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        return box ? box->text() : QString();
    }
};

} // namespace

TEST(LogoTest, ChosenOnTheMunicipalityPageKeptInTheFileOneUndoStep)
{
    Fixture f;
    ASSERT_NO_FATAL_FAILURE(f.openMunicipalityPage());
    ASSERT_NE(f.page, nullptr);
    LogoPicker *picker = f.page->logoPicker();
    EXPECT_FALSE(picker->hasLogo());
    EXPECT_FALSE(picker->removeButton()->isEnabled()) << "nothing to remove yet";
    EXPECT_EQ(picker->chooseButton()->text(), QStringLiteral("&Välj logotyp…"));

    ASSERT_TRUE(f.choose(kSvg)) << "the button showed no file dialog";
    ASSERT_FALSE(f.logoId().isEmpty()) << f.errorText().toStdString();
    const QList<core::Attachment> kept = f.attachments();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().id, f.logoId());
    EXPECT_EQ(kept.first().name, QStringLiteral("logo.svg"));
    EXPECT_EQ(kept.first().mediaType, QStringLiteral("image/svg+xml"));
    EXPECT_EQ(kept.first().note, QStringLiteral("Kommunens logotyp"));
    QFile svg(kSvg);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.context.file()->attachmentData(f.logoId()), svg.readAll());
    EXPECT_TRUE(picker->hasLogo());
    EXPECT_TRUE(picker->removeButton()->isEnabled());
    auto *preview = picker->findChild<QLabel *>(QStringLiteral("logoPreview"));
    ASSERT_NE(preview, nullptr);
    EXPECT_FALSE(preview->pixmap().isNull()) << "no preview shown";
    EXPECT_GT(preview->pixmap().width(), preview->pixmap().height()) << "the shape is wide";
    EXPECT_EQ(f.context.undoStack()->undoText(), QStringLiteral("Välj logotyp"));

    // Durable at once: a second connection (a colleague) reads it.
    {
        const auto other = storage::MunicipalityFile::open(f.context.file()->path());
        EXPECT_EQ(other->municipality().logo, f.logoId());
    }

    // One undo step takes the logo and its attachment back; redo brings both again.
    const QString id = f.logoId();
    f.window.actions().undo->trigger();
    test::settle();
    EXPECT_TRUE(f.logoId().isEmpty());
    EXPECT_TRUE(f.attachments().isEmpty());
    EXPECT_FALSE(picker->hasLogo());
    f.window.actions().redo->trigger();
    test::settle();
    EXPECT_EQ(f.logoId(), id);
    EXPECT_EQ(f.attachments().size(), 1);
    EXPECT_TRUE(picker->hasLogo());
}

TEST(LogoTest, ReplacedByAPngRefusedWhenNoPictureAndRemoved)
{
    Fixture f;
    ASSERT_NO_FATAL_FAILURE(f.openMunicipalityPage());
    ASSERT_NE(f.page, nullptr);
    ASSERT_TRUE(f.choose(kSvg));
    const QString svgId = f.logoId();
    ASSERT_FALSE(svgId.isEmpty());

    // A PNG with transparency replaces it, and the SVG's attachment goes with it.
    QImage png(200, 80, QImage::Format_ARGB32);
    png.fill(Qt::transparent);
    for (int x = 20; x < 180; ++x)
        for (int y = 20; y < 60; ++y)
            png.setPixelColor(x, y, QColor(0x1d, 0x4f, 0x91));
    const QString pngPath = f.dir.filePath(QStringLiteral("Härnösand logga.png"));
    ASSERT_TRUE(png.save(pngPath));
    ASSERT_TRUE(f.choose(pngPath));
    EXPECT_NE(f.logoId(), svgId);
    ASSERT_EQ(f.attachments().size(), 1);
    EXPECT_EQ(f.attachments().first().mediaType, QStringLiteral("image/png"));
    EXPECT_EQ(f.attachments().first().name, QStringLiteral("Härnösand logga.png"));
    auto *name = f.page->logoPicker()->findChild<QLabel *>(QStringLiteral("logoName"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), QStringLiteral("Härnösand logga.png"));

    // Text named .png is no picture: refused, named, and the logo stays.
    const QString bad = f.dir.filePath(QStringLiteral("inte en bild.png"));
    {
        QFile out(bad);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("Det här är text, inte en bild.\n");
    }
    const QString before = f.logoId();
    const int steps = f.context.undoStack()->count();
    ASSERT_TRUE(f.choose(bad));
    EXPECT_EQ(f.logoId(), before);
    EXPECT_EQ(f.attachments().size(), 1);
    EXPECT_EQ(f.context.undoStack()->count(), steps) << "a refused choice is no undo step";
    EXPECT_TRUE(f.errorText().contains(QStringLiteral("inte en bild.png")))
        << f.errorText().toStdString();
    EXPECT_TRUE(f.errorText().contains(QStringLiteral("kan inte vara kommunens logotyp")))
        << f.errorText().toStdString();

    // Ta bort: the logo and its attachment go, in one undo step.
    QTest::mouseClick(f.page->logoPicker()->removeButton(), Qt::LeftButton);
    test::settle();
    EXPECT_TRUE(f.logoId().isEmpty());
    EXPECT_TRUE(f.attachments().isEmpty());
    EXPECT_FALSE(f.page->logoPicker()->hasLogo());
    EXPECT_EQ(f.context.undoStack()->undoText(), QStringLiteral("Ta bort logotypen"));
    f.window.actions().undo->trigger();
    test::settle();
    EXPECT_EQ(f.logoId(), before);
    EXPECT_EQ(f.attachments().size(), 1);
}
