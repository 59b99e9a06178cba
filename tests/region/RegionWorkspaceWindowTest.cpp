// The police area's desk reading the region database instead of files (issue #17), through
// the real window: "Regiondatabas…" asks for the connection and the local police area in
// its dialog, the overview shows the published municipalities, the list cannot be edited
// or saved, the report is written from the database's rows, a wrong password is told, and
// the connection is remembered without its password (libpq's ~/.pgpass gives it next time).

#include "CliRunner.h"
#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "PdfText.h"
#include "RegionTestDatabase.h"
#include "Typing.h"

#include "LanguageController.h"
#include "WorkspaceWindow.h"
#include "dialogs/RegionSourceDialog.h"
#include "models/OverviewModel.h"

#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace samverka;
using namespace samverka::ui;
using samverka::region::test::RegionTestDatabase;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

/// Clicks "Regiondatabas…" and fills its dialog by typing.
bool chooseDatabase(WorkspaceWindow &desk, const QString &conninfo, const QString &area)
{
    const auto handled = test::onModal<RegionSourceDialog>([&](RegionSourceDialog *dialog) {
        auto *connection = dialog->findChild<QLineEdit *>(q("conninfoEdit"));
        auto *police = dialog->findChild<QLineEdit *>(q("policeAreaEdit"));
        QApplication::setActiveWindow(dialog);
        connection->setFocus();
        connection->selectAll();
        test::typeText(conninfo);
        police->setFocus();
        police->selectAll();
        test::typeText(area);
        if (area.isEmpty())
            police->clear();
        QAbstractButton *ok = test::acceptButton(dialog);
        if (!ok) {
            dialog->reject();
            return;
        }
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(desk.findChild<QPushButton *>(q("openRegionDatabase")), Qt::LeftButton);
    test::settle();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !desk.isReading(); }, 20000));
    test::settle();
    return *handled;
}

/// The password libpq takes from conninfo: the last one given.
QString passwordOf(const QString &conninfo)
{
    QString password;
    for (const QString &part : conninfo.split(u' '))
        if (part.startsWith(q("password=")))
            password = part.mid(9);
    return password;
}

} // namespace

TEST(RegionWorkspaceWindowTest, TheDeskReadsTheRegionDatabaseAndRemembersNoPassword)
{
    RegionTestDatabase db;
    ASSERT_TRUE(db.ok());
    QTemporaryDir dir;
    const QStringList files = RegionTestDatabase::demoWorkspace(dir.path());
    db.init();
    db.publish(files);
    const QString lars = db.login(q("lars"), {q("samverka_analyst")});
    QSettings().remove(q("workspace"));
    LanguageController language;
    language.apply(LanguageController::Language::Swedish);
    test::settle();

    WorkspaceWindow desk;
    desk.resize(1280, 600);
    desk.show();
    desk.setToday(QDate(2026, 12, 6));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !desk.isReading(); }, 20000));

    ASSERT_TRUE(chooseDatabase(desk, lars, q("Lokalpolisområde Härnösand"))) << "no dialog";
    ASSERT_EQ(desk.model()->rowCount(), 3);
    EXPECT_EQ(desk.windowTitle(), q("Arbetsyta – regiondatabasen: Lokalpolisområde Härnösand"));
    const QString summary = desk.findChild<QLabel *>(q("overviewSummary"))->text();
    EXPECT_TRUE(summary.startsWith(q("3 kommuner i regiondatabasen"))) << summary.toStdString();
    EXPECT_EQ(desk.model()->index(1, OverviewModel::Municipality).data().toString(), q("Kramfors"));
    EXPECT_EQ(desk.model()->index(1, OverviewModel::FollowUpsDue).data().toString(), q("3"));
    // The database's list is not the user's to edit or save.
    EXPECT_FALSE(desk.findChild<QPushButton *>(q("removeFromWorkspace"))->isEnabled());
    EXPECT_FALSE(desk.findChild<QPushButton *>(q("saveWorkspace"))->isEnabled());
    // The report, from the database's rows.
    const QString report = dir.filePath(q("rapport.pdf"));
    const auto saved = test::answerFileDialog(report);
    QTest::mouseClick(desk.findChild<QPushButton *>(q("policeAreaReport")), Qt::LeftButton);
    test::settle();
    ASSERT_TRUE(*saved) << "no save dialog";
    const QString text = testsupport::pdfText(report);
    EXPECT_TRUE(text.contains(q("Samverkan i lokalpolisområdet"))) << text.toStdString();
    EXPECT_TRUE(text.contains(q("Timrå"))) << text.toStdString();

    // Remembered, but never its password.
    const QString stored = QSettings().value(q("workspace/database")).toString();
    EXPECT_FALSE(stored.isEmpty());
    EXPECT_FALSE(stored.contains(q("password"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(passwordOf(lars))) << stored.toStdString();

    // A wrong password is told in a message, and the table is emptied.
    auto told = std::make_shared<QString>();
    const auto box = test::onModal<QMessageBox>([told](QMessageBox *message) {
        *told = message->text();
        message->accept();
    });
    ASSERT_TRUE(chooseDatabase(desk, lars + q(" password=fel"), q("")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return *box; }, 5000));
    EXPECT_TRUE(told->contains(q("password authentication failed"))) << told->toStdString();
    EXPECT_EQ(desk.model()->rowCount(), 0);

    // The next start finds the database again, with the password from libpq's ~/.pgpass.
    ASSERT_TRUE(chooseDatabase(desk, lars, q("Lokalpolisområde Härnösand")));
    QFile pgpass(dir.filePath(q("pgpass")));
    ASSERT_TRUE(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(q("*:*:*:*:%1\n").arg(passwordOf(lars)).toUtf8());
    pgpass.close();
    pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("PGPASSFILE", dir.filePath(q("pgpass")).toUtf8());
    // The files' workspace of before is remembered still, under the database.
    const QStringList remembered{dir.filePath(q("Kramfors.samverka"))};
    QSettings().setValue(q("workspace/files"), remembered);
    QSettings().setValue(q("workspace/name"), q("Mina kommuner"));
    WorkspaceWindow again;
    QStringList againErrors;
    QObject::connect(&again, &WorkspaceWindow::errorOccurred,
                     [&](const QString &message) { againErrors << message; });
    again.setToday(QDate(2026, 12, 6));
    again.restore();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !again.isReading(); }, 20000));
    EXPECT_TRUE(again.isDatabase());
    EXPECT_EQ(again.model()->rowCount(), 3) << againErrors.join(u'\n').toStdString();
    EXPECT_EQ(QSettings().value(q("workspace/files")).toStringList(), remembered);
    EXPECT_EQ(QSettings().value(q("workspace/name")).toString(), q("Mina kommuner"));
    qunsetenv("PGPASSFILE");
    QSettings().remove(q("workspace"));
}
