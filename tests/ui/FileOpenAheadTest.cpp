// `samverka FILE`: the file opened on a thread of its own while the window is built
// (FileOpenAhead), then handed to the real main window as main() does. The window must
// get a file that lives in its own thread (its queued signals arrive), show the overview,
// and refuse a file that cannot be opened with the same message as File › Open; a window
// opened on a file never builds the welcome page, one without a file shows it.

#include "UiTestSupport.h"

#include "FileController.h"
#include "FileOpenAhead.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "WelcomeWidget.h"
#include "pages/OverviewPage.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;

namespace {

struct Fixture {
    test::TempMunicipality demo{true};
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QStringList errors;

    Fixture()
    {
        window.files().setErrorReporter(
            [this](const QString &, const QString &text) { errors << text; });
    }

    storage::MunicipalityFile::OpenOptions options() const
    {
        storage::MunicipalityFile::OpenOptions o = demo.options();
        o.checkAfterOpening = true; // as the program opens: the check on a thread after
        return o;
    }
};

} // namespace

TEST(FileOpenAheadTest, TheFileOpenedAheadIsTheWindowsAndShowsItsOverview)
{
    Fixture f;
    FileOpenAhead ahead(f.demo.path(), f.options());
    f.window.show(); // as main(): shown, then the file handed over
    ASSERT_TRUE(f.window.files().openAhead(ahead));
    ASSERT_TRUE(f.context.hasFile());
    storage::MunicipalityFile *file = f.context.file();
    EXPECT_EQ(file->path(), f.demo.path());
    EXPECT_EQ(file->thread(), QThread::currentThread());

    auto *overview = qobject_cast<OverviewPage *>(f.window.currentPage());
    ASSERT_NE(overview, nullptr);
    EXPECT_EQ(overview->lawList()->topLevelItemCount(), 5);
    EXPECT_TRUE(f.window.windowTitle().contains(QStringLiteral("Härnösand")));
    EXPECT_TRUE(f.window.files().recentFiles().contains(f.demo.path()));

    // The check after opening ran on its own thread; its end is told in this one.
    QSignalSpy checked(file, &storage::MunicipalityFile::openingCheckFinished);
    if (file->isOpeningCheckPending()) {
        ASSERT_TRUE(checked.wait(10000)) << "the end of the check never arrived";
    }
    EXPECT_FALSE(file->isOpeningCheckPending());
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();

    // And the file takes an edit, written at once.
    QString id;
    for (const core::Agreement &a : file->agreementHeads())
        if (!a.isSigned())
            id = a.id;
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(f.context.setField(storage::RecordKind::Agreement, id, QStringLiteral("title"),
                                   QStringLiteral("Överenskommelse öppnad i förväg")));
    EXPECT_EQ(f.context.file()->agreement(id).title,
              QStringLiteral("Överenskommelse öppnad i förväg"));
}

TEST(FileOpenAheadTest, AFileThatCannotBeOpenedIsRefusedAsFromTheMenu)
{
    Fixture f;
    const QString damaged = f.demo.dir() + QStringLiteral("/Trasig.samverka");
    {
        QFile out(damaged);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(4096, 'x'));
    }
    FileOpenAhead ahead(damaged, f.options());
    ASSERT_FALSE(f.window.files().openAhead(ahead));
    EXPECT_FALSE(f.context.hasFile());
    ASSERT_EQ(f.errors.size(), 1);

    // The same words as File › Open gives for the same file.
    Fixture menu;
    ASSERT_FALSE(menu.window.files().openPath(damaged));
    ASSERT_EQ(menu.errors.size(), 1);
    EXPECT_EQ(f.errors.first(), menu.errors.first());
    EXPECT_TRUE(f.errors.first().contains(QStringLiteral("Trasig.samverka")));

    FileOpenAhead missing(f.demo.dir() + QStringLiteral("/Finns inte.samverka"), f.options());
    ASSERT_FALSE(f.window.files().openAhead(missing));
    ASSERT_EQ(f.errors.size(), 2);
    EXPECT_TRUE(f.errors.last().contains(QStringLiteral("Finns inte.samverka")));
}

TEST(FileOpenAheadTest, TheWelcomePageIsBuiltOnlyForAWindowWithoutAFile)
{
    {
        Fixture f;
        FileOpenAhead ahead(f.demo.path(), f.options());
        f.window.show();
        ASSERT_TRUE(f.window.files().openAhead(ahead));
        QCoreApplication::processEvents();
        EXPECT_EQ(f.window.findChild<WelcomeWidget *>(), nullptr);
    }
    Fixture f;
    f.window.show();
    QCoreApplication::processEvents();
    auto *welcome = f.window.findChild<WelcomeWidget *>();
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    // Closing a file shows it again.
    ASSERT_TRUE(f.window.files().openPath(f.demo.path()));
    EXPECT_FALSE(welcome->isVisible());
    f.window.files().closeFile();
    EXPECT_TRUE(welcome->isVisible());
}

TEST(FileOpenAheadTest, TheCheckAfterOpeningWaitsForTheWindowsFirstPaint)
{
    // As the program opens files (FileController::openOptionsFromSettings): quick_check
    // and the backup copy start once the window has painted the file, not beside it.
    Fixture f;
    storage::MunicipalityFile::OpenOptions options = FileController::openOptionsFromSettings();
    options.backupDir = f.demo.dir() + QStringLiteral("/kopior");
    ASSERT_TRUE(options.holdOpeningCheck);
    f.window.files().setOpenOptions(options);
    f.window.show();
    ASSERT_TRUE(f.window.files().openPath(f.demo.path()));
    storage::MunicipalityFile *file = f.context.file();
    QSignalSpy checked(file, &storage::MunicipalityFile::openingCheckFinished);
    QThread::msleep(500); // a check running now would have made its copy by then
    EXPECT_TRUE(file->isOpeningCheckPending());
    EXPECT_FALSE(QFileInfo::exists(options.backupDir)) << "the check ran before the paint";

    ASSERT_TRUE(checked.wait(10000)) << "the check never ran after the paint";
    EXPECT_FALSE(file->isOpeningCheckPending());
    EXPECT_TRUE(QFileInfo::exists(file->lastBackupPath())) << file->lastBackupPath().toStdString();
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();

    // A window that is not shown paints nothing: its file's check starts at once.
    Fixture hidden;
    options.backupDir = hidden.demo.dir() + QStringLiteral("/kopior");
    hidden.window.files().setOpenOptions(options);
    ASSERT_TRUE(hidden.window.files().openPath(hidden.demo.path()));
    QThread::msleep(500);
    EXPECT_TRUE(QFileInfo::exists(options.backupDir)) << "the hidden window's check was held";
}
