// A file a crashed writer left with a hot journal opens in the app with its last saved
// content, and the status bar says that an interrupted change was undone (issue #12,
// defect 1) instead of a message box calling the file damaged.

#include "HotJournal.h"
#include "UiTestSupport.h"

#include "FileController.h"
#include "LanguageController.h"
#include "MainWindow.h"

#include <gtest/gtest.h>

#include <QStatusBar>

using namespace samverka;
using namespace samverka::ui;

TEST(InterruptedWriteStatusTest, OpeningRollsBackAndTheStatusBarSaysSo)
{
    test::TempMunicipality temp;
    samverka::testing::makeHotJournal(temp.path());
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QStringList reported;
    window.files().setErrorReporter(
        [&](const QString &title, const QString &text) { reported << title + text; });
    auto options = temp.options();
    options.backupOnOpen = false;
    window.files().setOpenOptions(options);

    ASSERT_TRUE(window.files().openPath(temp.path())) << reported.join(u'\n').toStdString();
    EXPECT_TRUE(reported.isEmpty());
    EXPECT_FALSE(QFile::exists(temp.path() + QStringLiteral("-journal")));
    EXPECT_EQ(context.file()->municipality().name, QStringLiteral("Härnösand"));
    const QString status = window.statusBar()->currentMessage();
    EXPECT_EQ(status, context.file()->recoveryMessage());
    EXPECT_TRUE(status.contains(QStringLiteral("Test.samverka"))) << status.toStdString();
}
