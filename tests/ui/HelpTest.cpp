// Hjälp in the program (issue #15): F1 opens the Swedish user guide with its pictures at
// the chapter about the page shown; Hjälp › Öppna loggmappen opens the log folder; Om
// Samverka names the version, the file format and where the log and backups are. From a
// new file, through the real window and keys.

#include "NewFileFixture.h"
#include "UiTestSupport.h"

#include "FileController.h"
#include "HelpWindow.h"
#include "LanguageController.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "SidebarView.h"
#include "Typing.h"
#include "UrlCatcher.h"
#include "dialogs/NewFileDialog.h"
#include "models/SidebarModel.h"

#include "FileFormat.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFragment>

using namespace samverka;
using namespace samverka::ui;

namespace {

struct Fixture : test::NewFileFixture {
    Fixture() { createFile(); }

    HelpWindow *help() const { return window.findChild<HelpWindow *>(); }
};

/// The text of the first block shown at the top of the guide's view.
QString topLine(QTextBrowser *browser)
{
    return browser->cursorForPosition(QPoint(4, 4)).block().text().trimmed();
}

} // namespace

TEST(HelpTest, F1OpensTheGuideAtThePagesChapterWithItsPictures)
{
    Fixture f;
    ASSERT_TRUE(f.context.hasFile());
    f.clickSidebar(QStringLiteral("statistics"));
    QTest::keyClick(&f.window, Qt::Key_F1);
    test::settle();
    HelpWindow *help = f.help();
    ASSERT_NE(help, nullptr) << "F1 opened no guide";
    ASSERT_TRUE(help->isVisible());
    EXPECT_EQ(help->windowTitle(), QStringLiteral("Samverka – användarhandledning"));
    QTextBrowser *browser = help->browser();
    EXPECT_TRUE(browser->toPlainText().startsWith(QStringLiteral("Samverka – användarhandledning")))
        << browser->toPlainText().left(80).toStdString();
    EXPECT_EQ(topLine(browser), QStringLiteral("10. Statistik"));

    // The pictures are there, and none is wider than the page.
    int pictures = 0;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QVariant resource =
                browser->document()->resource(QTextDocument::ImageResource, QUrl(image.name()));
            EXPECT_TRUE(resource.isValid()) << image.name().toStdString();
            EXPECT_LE(image.width(), 800.0) << image.name().toStdString();
            ++pictures;
        }
    EXPECT_GT(pictures, 10);

    // On another page, F1 again shows that page's chapter in the same window.
    f.clickSidebar(QStringLiteral("measurePlan"));
    QApplication::setActiveWindow(&f.window);
    QTest::keyClick(&f.window, Qt::Key_F1);
    test::settle();
    EXPECT_EQ(f.window.findChildren<HelpWindow *>().size(), 1);
    EXPECT_EQ(topLine(browser), QStringLiteral("9. Åtgärdsplanen"));
    help->close();
}

TEST(HelpTest, EveryPagesChapterIsAHeadingOfTheGuide)
{
    HelpWindow help;
    QStringList headings;
    for (QTextBlock b = help.browser()->document()->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0)
            headings << b.text().trimmed();
    for (int p = int(NavTarget::Page::Overview); p <= int(NavTarget::Page::Municipality); ++p) {
        const QString chapter = HelpWindow::chapterFor(NavTarget::Page(p));
        ASSERT_FALSE(chapter.isEmpty()) << p;
        EXPECT_TRUE(headings.contains(chapter)) << chapter.toStdString();
    }
}

TEST(HelpTest, TheLogFolderOpensAndAboutSaysWhereThingsAre)
{
    Fixture f;
    test::UrlCatcher catcher(QStringLiteral("file"));
    f.window.actions().openLogFolder->trigger();
    ASSERT_EQ(catcher.opened.size(), 1);
    EXPECT_EQ(catcher.opened.first().toLocalFile(), Logging::folder());

    QString text;
    const auto shown = test::onModal<QMessageBox>([&](QMessageBox *box) {
        text = box->text();
        box->accept();
    });
    f.window.actions().about->trigger();
    ASSERT_TRUE(*shown);
    EXPECT_TRUE(text.contains(
        QStringLiteral("Kommunfiler: version %1").arg(storage::fileformat::schemaVersion)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(Logging::folder()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(f.window.files().backupFolder())))
        << text.toStdString();
}
