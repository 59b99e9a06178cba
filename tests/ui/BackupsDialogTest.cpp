// The backups of a file, offered in the app: listed with their dates, restored in the
// file's place with the file as it was kept beside it, and named when a file is damaged.

#include "UiTestSupport.h"

#include "LanguageController.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "dialogs/BackupsDialog.h"

#include "Database.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;

TEST(BackupsDialogTest, ListsTheCopiesAndRestoresOneKeepingTheFileAsItWas)
{
    test::TempMunicipality municipality;
    const QString backupDir = municipality.options().backupDir;
    {
        auto file = municipality.open(); // a copy is made on opening, before the edit
        file->setField(storage::RecordKind::Municipality, QString(), QStringLiteral("name"),
                       QStringLiteral("Ändrat namn"));
    }
    BackupsDialog dialog(municipality.path(), {backupDir, 10, {}});
    ASSERT_EQ(dialog.backupCount(), 1);
    // "2026-12-04 kl. 20:02": a date a person reads, not a file name.
    EXPECT_TRUE(dialog.list()->topLevelItem(0)->text(0).contains(QLatin1Char(':')));
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());

    auto confirmed = test::onModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    EXPECT_TRUE(*confirmed);
    ASSERT_FALSE(dialog.keptAs().isEmpty());
    EXPECT_TRUE(QFileInfo::exists(dialog.keptAs()));
    EXPECT_EQ(municipality.open()->municipality().name, QStringLiteral("Härnösand"));
    storage::MunicipalityFile::OpenOptions plain = municipality.options();
    plain.backupOnOpen = false;
    EXPECT_EQ(storage::MunicipalityFile::open(dialog.keptAs(), plain)->municipality().name,
              QStringLiteral("Ändrat namn"));
}

TEST(BackupsDialogTest, ADamagedFileIsNamedWithItsBackups)
{
    test::TempMunicipality municipality;
    municipality.open().reset(); // one backup
    {
        QFile file(municipality.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(4096, '\x5a'));
    }
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    window.files().setOpenOptions(municipality.options());
    QStringList errors;
    window.files().setErrorReporter(
        [&errors](const QString &, const QString &text) { errors << text; });
    EXPECT_FALSE(window.files().openPath(municipality.path()));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(window.actions().backups->text().remove(QLatin1Char('&'))))
        << errors.first().toStdString();
}

TEST(BackupsDialogTest, DamageFoundAfterOpeningClosesTheFileAndNamesItsBackups)
{
    // The window shows the file before quick_check has read all of it (checkAfterOpening,
    // as the app opens files): damage found then closes the file, with the same message.
    test::TempMunicipality municipality;
    municipality.open().reset(); // one backup
    {
        storage::Database db(municipality.path(), storage::Database::Mode::ReadWrite);
        db.exec(QStringLiteral("INSERT INTO kept_blobs(token, data) "
                               "VALUES ('kvar', randomblob(200000))"));
    }
    {
        // The last pages hold those bytes, which no opening reads.
        QFile file(municipality.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GT(file.size(), 40 * 4096);
        file.seek(file.size() - 20 * 4096);
        file.write(QByteArray(10 * 4096, '\x5a'));
    }
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    storage::MunicipalityFile::OpenOptions options = municipality.options();
    options.checkAfterOpening = true;
    window.files().setOpenOptions(options);
    QStringList errors;
    window.files().setErrorReporter(
        [&errors](const QString &, const QString &text) { errors << text; });
    ASSERT_TRUE(window.files().openPath(municipality.path()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 5000));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("Test.samverka")))
        << errors.first().toStdString();
    EXPECT_TRUE(errors.first().contains(window.actions().backups->text().remove(QLatin1Char('&'))))
        << errors.first().toStdString();
    EXPECT_FALSE(context.hasFile());
}
