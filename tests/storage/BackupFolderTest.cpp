// Backups where they survive (issue #12): the folder and the number kept are the caller's
// choice, passed in the open options; a folder that cannot be made or written in is named
// in the message, and the file opens all the same when the routine copy fails.

#include "InfraTestSupport.h"

#include "BackupManager.h"
#include "MunicipalityFile.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

class BackupFolderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("Storuman.samverka"));
        makeValidFile(m_path, QStringLiteral("Storuman"));
    }

    /// A path that can never be made a folder: under a regular file (file modes do not
    /// stop root, a file in the way does).
    QString blockedFolder() const
    {
        const QString file = m_dir.filePath(QStringLiteral("file.txt"));
        QFile blocker(file);
        EXPECT_TRUE(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
        return file + QStringLiteral("/backups");
    }

    QTemporaryDir m_dir;
    QString m_path;
    samverka::core::FixedClock m_clock{QDateTime(QDate(2024, 5, 17), QTime(9, 30, 5))};
};

} // namespace

TEST_F(BackupFolderTest, ASecondFolderGetsTheCopiesAndKeepsOnlyItsCount)
{
    const QString first = m_dir.filePath(QStringLiteral("local/backups"));
    const QString second = m_dir.filePath(QStringLiteral("H-drive/Samverka/backups"));
    Database db(m_path, Database::Mode::ReadWrite);
    const QString older = BackupManager(first, 3, m_clock).backup(db);

    const BackupManager backups(second, 3, m_clock);
    EXPECT_EQ(backups.keep(), 3);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        m_clock.set(QDateTime(QDate(2024, 5, 18), QTime(10, 0, i)));
        db.exec(QStringLiteral("UPDATE municipality SET county = '%1'").arg(i));
        made.prepend(backups.backup(db));
    }
    EXPECT_EQ(backups.backupsOf(m_path), made.mid(0, 3));
    EXPECT_EQ(backupCopies(second).size(), 3);
    for (const QString &copy : made.mid(0, 3))
        EXPECT_EQ(QFileInfo(copy).absolutePath(), QFileInfo(second).absoluteFilePath());
    // Rotation is per folder: the copy in the first folder is not the second's to prune.
    EXPECT_TRUE(QFileInfo::exists(older));
}

TEST_F(BackupFolderTest, OpenOptionsCarryTheFolderAndTheCount)
{
    const QString folder = m_dir.filePath(QStringLiteral("OneDrive/backups"));
    MunicipalityFile::OpenOptions options;
    options.backupDir = folder;
    options.backupKeep = 2;
    for (int i = 0; i < 4; ++i) {
        auto file = MunicipalityFile::open(m_path, options);
        EXPECT_EQ(QFileInfo(file->lastBackupPath()).absolutePath(),
                  QFileInfo(folder).absoluteFilePath());
        EXPECT_TRUE(file->backupFailure().isEmpty());
        file->setField(RecordKind::Municipality, {}, QStringLiteral("county"),
                       QStringLiteral("Län %1").arg(i)); // changed: the next open copies
    }
    EXPECT_EQ(BackupManager(folder).backupsOf(m_path).size(), 2);
}

TEST_F(BackupFolderTest, AFolderThatCannotBeMadeIsNamed)
{
    const QString blocked = blockedFolder();
    try {
        BackupManager::prepareDirectory(blocked);
        FAIL() << "a folder under a file was accepted";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Io);
        EXPECT_TRUE(e.message().contains(QStringLiteral("file.txt"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("backups"))) << e.message().toStdString();
    }
    Database db(m_path, Database::Mode::ReadWrite);
    EXPECT_THROW(BackupManager(blocked, 3, m_clock).backup(db), StorageError);
}

TEST_F(BackupFolderTest, TheFileOpensWhenTheRoutineCopyFailsAndSaysWhy)
{
    MunicipalityFile::OpenOptions options;
    options.backupDir = blockedFolder();
    auto file = MunicipalityFile::open(m_path, options);
    EXPECT_FALSE(file->isReadOnly());
    EXPECT_TRUE(file->lastBackupPath().isEmpty());
    EXPECT_TRUE(file->backupFailure().contains(QStringLiteral("file.txt")))
        << file->backupFailure().toStdString();
}

TEST_F(BackupFolderTest, TheDefaultFolderIsTheSameForTheAppAndTheCli)
{
    const QString name = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("Samverka"));
    const QString app = BackupManager::defaultDirectory();
    // The desktop app's folder is where it always was: its own local data folder.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                            QStringLiteral("/backups");
    QCoreApplication::setApplicationName(QStringLiteral("samverka-cli"));
    const QString cli = BackupManager::defaultDirectory();
    QCoreApplication::setApplicationName(name);
    EXPECT_EQ(app, appData);
    EXPECT_EQ(cli, appData);
}
