// Backups where they survive (issue #12): the user chooses the backup folder and how many
// copies are kept under Edit › Settings (Ctrl+,), the next opening copies the file there and
// prunes that folder only, Arkiv › Säkerhetskopior says where they are, and a folder that
// cannot be made is refused by name, in the dialog and when opening.

#include "CoordinatorJourney.h"
#include "ModalDialogs.h"
#include "UiTestSupport.h"

#include "BackupSettings.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "dialogs/BackupsDialog.h"
#include "dialogs/SettingsDialog.h"

#include "BackupManager.h"
#include "Database.h"
#include "Statement.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace samverka;
using namespace samverka::ui;

namespace {

/// What a user does: gives their name (the settings of the test's own have none), replaces
/// the backup folder and the count, then OK.
void chooseBackups(SettingsDialog *dialog, const QString &folder, const QString &keep)
{
    dialog->nameField()->selectAll();
    QTest::keyClicks(dialog->nameField(), QStringLiteral("Eva Lindqvist"));
    dialog->backupFolderField()->setFocus();
    dialog->backupFolderField()->selectAll();
    QTest::keyClicks(dialog->backupFolderField(), QDir::toNativeSeparators(folder));
    dialog->backupKeepField()->setFocus();
    dialog->backupKeepField()->selectAll();
    QTest::keyClicks(dialog->backupKeepField(), keep);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

/// chooseBackups for a choice that must be taken: any message box is a failure, and the
/// dialog never stays open to block the test.
void chooseBackupsAndClose(SettingsDialog *dialog, const QString &folder, const QString &keep)
{
    auto warned = test::onModal<QMessageBox>([](QMessageBox *box) {
        ADD_FAILURE() << "unexpected message: " << box->text().toStdString();
        box->accept();
    });
    chooseBackups(dialog, folder, keep);
    *warned = true; // disarmed: no message came, and none of a later test is taken
    if (dialog->isVisible()) {
        ADD_FAILURE() << "the settings dialog did not close";
        dialog->reject();
    }
}

/// integrity_check of a copy, and the municipality it holds.
QString checkCopy(const QString &path)
{
    storage::Database db(path, storage::Database::Mode::ReadOnly);
    storage::Statement check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check.step() || check.text(0) != QStringLiteral("ok"))
        return QStringLiteral("not sound");
    storage::Statement name = db.prepare(QStringLiteral("SELECT name, code FROM municipality"));
    return name.step() ? name.text(0) + QLatin1Char(' ') + name.text(1) : QString();
}

struct Window {
    Window()
    {
        window.files().setOpenOptions(municipality.options());
        window.files().setErrorReporter(
            [this](const QString &, const QString &text) { errors << text; });
        window.show();
        QApplication::setActiveWindow(&window);
    }

    test::JourneySettings settings; // QSettings of the test's own
    test::TempMunicipality municipality{false};
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QStringList errors;
};

} // namespace

TEST(BackupSettingsTest, OpeningCopiesToTheSecondFolderChosenInSettingsAndKeepsItsCount)
{
    Window w;
    const QString first = w.municipality.options().backupDir;
    ASSERT_TRUE(w.window.files().openPath(w.municipality.path()));
    ASSERT_EQ(storage::BackupManager(first).backupsOf(w.municipality.path()).size(), 1);

    const QString second = QDir(w.municipality.dir()).filePath(QStringLiteral("H-enhet/Samverka"));
    auto handled = test::onModal<SettingsDialog>([&](SettingsDialog *dialog) {
        chooseBackupsAndClose(dialog, second, QStringLiteral("3"));
    });
    QTest::keyClick(&w.window, Qt::Key_Comma, Qt::ControlModifier);
    ASSERT_TRUE(*handled);
    EXPECT_EQ(BackupSettings::folder(), second);
    EXPECT_EQ(BackupSettings::keep(), 3);
    EXPECT_EQ(w.window.files().backupFolder(), second);

    // Each open after a change (here a colleague's) is a copy; an unchanged file keeps its
    // newest copy instead of pushing an older one out.
    for (int i = 0; i < 5; ++i) {
        storage::Database(w.municipality.path(), storage::Database::Mode::ReadWrite)
            .exec(QStringLiteral("UPDATE municipality SET county = 'Län %1'").arg(i));
        ASSERT_TRUE(w.window.files().openPath(w.municipality.path()))
            << w.errors.join(u'\n').toStdString();
    }
    ASSERT_TRUE(w.window.files().openPath(w.municipality.path()));
    const QStringList copies = storage::BackupManager(second).backupsOf(w.municipality.path());
    ASSERT_EQ(copies.size(), 3);
    EXPECT_EQ(QDir(second).entryList({QStringLiteral("*.samverka")}, QDir::Files).size(),
              3); // pruned
    for (const QString &copy : copies)
        EXPECT_EQ(checkCopy(copy), QStringLiteral("Härnösand 2280")) << copy.toStdString();
    // The folder used before is not the new one's to prune.
    EXPECT_EQ(storage::BackupManager(first).backupsOf(w.municipality.path()).size(), 1);

    // Arkiv › Säkerhetskopior: which folder, how many kept, and the older copy still found.
    auto listed = test::onModal<BackupsDialog>([&](BackupsDialog *dialog) {
        EXPECT_EQ(dialog->backupCount(), 4);
        const QString where = dialog->whereText();
        EXPECT_TRUE(where.contains(QDir::toNativeSeparators(second))) << where.toStdString();
        EXPECT_TRUE(where.contains(QDir::toNativeSeparators(first))) << where.toStdString();
        QString words = where;
        words.remove(QDir::toNativeSeparators(second)).remove(QDir::toNativeSeparators(first));
        EXPECT_TRUE(words.contains(QRegularExpression(QStringLiteral("\\b3\\b"))))
            << where.toStdString();
        dialog->reject();
    });
    w.window.actions().backups->trigger();
    EXPECT_TRUE(*listed);
}

TEST(BackupSettingsTest, AFolderThatCannotBeMadeIsRefusedByNameAndOpeningStillWorks)
{
    Window w;
    ASSERT_TRUE(w.window.files().openPath(w.municipality.path()));
    const QString before = w.window.files().backupFolder();
    QFile blocker(QDir(w.municipality.dir()).filePath(QStringLiteral("file.txt")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString blocked = blocker.fileName() + QStringLiteral("/backups");

    QString message;
    bool stayedOpen = false;
    auto handled = test::onModal<SettingsDialog>([&](SettingsDialog *dialog) {
        auto warned = test::onModal<QMessageBox>([&](QMessageBox *box) {
            message = box->text();
            box->accept();
        });
        chooseBackups(dialog, blocked, QStringLiteral("5"));
        EXPECT_TRUE(*warned);
        stayedOpen = dialog->isVisible();
        dialog->reject();
    });
    QTest::keyClick(&w.window, Qt::Key_Comma, Qt::ControlModifier);
    ASSERT_TRUE(*handled);
    EXPECT_TRUE(stayedOpen);
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(blocked))) << message.toStdString();
    EXPECT_EQ(w.window.files().backupFolder(), before);
    EXPECT_EQ(BackupSettings::folder(), storage::BackupManager::defaultDirectory());

    // A folder that goes missing later (a share that drops): the file opens all the same and
    // the status bar says that no copy was made, and why.
    auto options = w.municipality.options();
    options.backupDir = blocked;
    w.window.files().setOpenOptions(options);
    ASSERT_TRUE(w.window.files().openPath(w.municipality.path()));
    const QString status = w.window.statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(QDir::toNativeSeparators(blocked))) << status.toStdString();
    EXPECT_TRUE(w.context.hasFile());
}
