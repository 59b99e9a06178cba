// I/O errors (issue #12, "Tests that try hard"): a full disk, a write or sync that fails
// anywhere in a commit, a file that turns read-only under the open connection, and a folder
// (a share) that disappears. SQLite meets each through FaultInjectingVfs, a shim over the
// default VFS. Each edit that meets one fails with a message a person understands, naming
// the file; once the fault is gone the file passes integrity_check and holds exactly what
// was committed before: the failed edit absent, the earlier ones present, and the same
// connection goes on editing.

#include "FaultInjectingVfs.h"

#include "Database.h"
#include "MunicipalityFile.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"
#include "StorageError.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace samverka::storage;
using samverka::testing::FaultInjectingVfs;
using Kind = StorageError::Kind;

namespace {

const QString kTitle = QStringLiteral("title");

class IoFaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        samverka::core::Municipality municipality;
        municipality.name = QStringLiteral("Härnösand");
        MunicipalityFile::create(m_path, municipality).reset();
        m_file = openFile();
        m_id =
            m_file->insertRecord(RecordKind::Agreement, {}, {{kTitle, QStringLiteral("Första")}});
        m_file->setField(RecordKind::Agreement, m_id, kTitle, QStringLiteral("Andra"));
    }

    void TearDown() override { m_file.reset(); } // before the VFS it was opened through

    std::unique_ptr<MunicipalityFile> openFile() const
    {
        MunicipalityFile::OpenOptions options;
        options.backupOnOpen = false;
        return MunicipalityFile::open(m_path, options);
    }

    /// Sets the title with the fault armed; returns the error, or nothing if it succeeded.
    std::optional<StorageError> failedEdit(const QString &title)
    {
        try {
            m_file->setField(RecordKind::Agreement, m_id, kTitle, title);
        } catch (const StorageError &error) {
            return error;
        }
        return std::nullopt;
    }

    /// With the fault gone: the file is sound and holds 'title' (the last committed one),
    /// for a new connection and for the one that met the fault, and the failed value is
    /// not in the audit log either. The connection then edits as before.
    void expectSoundWith(const QString &title, const QString &failedTitle)
    {
        m_vfs.disarm();
        {
            Database db(m_path, Database::Mode::ReadWrite);
            Statement check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
            ASSERT_TRUE(check.step());
            EXPECT_EQ(check.text(0), QStringLiteral("ok"));
        }
        EXPECT_EQ(openFile()->agreement(m_id).title, title);
        EXPECT_EQ(m_file->agreement(m_id).title, title);
        for (const AuditEntry &entry : m_file->auditLog())
            EXPECT_FALSE(entry.newValue.contains(failedTitle)) << "the failed edit was logged";
        const QString next = title + QStringLiteral(" igen");
        m_file->setField(RecordKind::Agreement, m_id, kTitle, next);
        EXPECT_EQ(openFile()->agreement(m_id).title, next);
        EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral("-journal")))
            << "a journal was left behind";
    }

    /// How often an edit of the title calls 'operation' on the file and on its journal.
    std::pair<int, int> callsOfAnEdit(FaultInjectingVfs::Operation operation)
    {
        const QString before = m_file->agreement(m_id).title;
        m_vfs.resetCounts();
        m_file->setField(RecordKind::Agreement, m_id, kTitle, QStringLiteral("Räknad"));
        const std::pair<int, int> calls{m_vfs.calls(operation, FaultInjectingVfs::Database),
                                        m_vfs.calls(operation, FaultInjectingVfs::Journal)};
        m_file->setField(RecordKind::Agreement, m_id, kTitle, before);
        return calls;
    }

    void expectNamesTheFile(const StorageError &error)
    {
        EXPECT_TRUE(error.message().contains(sqliteerror::displayPath(m_path)))
            << error.message().toStdString();
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("Härnösand.samverka"));
    FaultInjectingVfs m_vfs{m_path}; // the file and its journal; outlives every connection
    std::unique_ptr<MunicipalityFile> m_file;
    QString m_id;
};

} // namespace

TEST_F(IoFaultTest, AFullDiskDuringAnEditSaysSoAndKeepsTheLastSavedContent)
{
    m_vfs.arm(FaultInjectingVfs::fullDisk());
    const auto error = failedEdit(QStringLiteral("Tredje"));
    ASSERT_TRUE(error.has_value()) << "the edit succeeded on a full disk";
    EXPECT_EQ(error->kind(), Kind::Io);
    expectNamesTheFile(*error);
    EXPECT_TRUE(error->message().contains(QStringLiteral("full")));
    EXPECT_TRUE(error->message().contains(QStringLiteral("not saved")));
    EXPECT_GT(m_vfs.failures(), 0);
    expectSoundWith(QStringLiteral("Andra"), QStringLiteral("Tredje"));
}

TEST_F(IoFaultTest, TheDiskFillingAtEveryWriteOfACommitKeepsTheLastSavedContent)
{
    const auto [database, journal] = callsOfAnEdit(FaultInjectingVfs::Operation::Write);
    ASSERT_GT(database, 0);
    ASSERT_GT(journal, 0);
    QString last = QStringLiteral("Andra");
    for (int n = 1; n <= database + journal; ++n) {
        SCOPED_TRACE(n);
        m_vfs.arm(FaultInjectingVfs::fullDisk(n));
        const QString attempted = QStringLiteral("Full %1").arg(n);
        const auto error = failedEdit(attempted);
        ASSERT_TRUE(error.has_value()) << "write " << n << " failed, yet the edit succeeded";
        EXPECT_EQ(error->kind(), Kind::Io);
        expectSoundWith(last, attempted);
        last += QStringLiteral(" igen");
    }
}

TEST_F(IoFaultTest, AWriteFailingAnywhereInACommitKeepsTheLastSavedContent)
{
    // The journal's writes come first (the old pages), then the file's (the new ones).
    const auto [database, journal] = callsOfAnEdit(FaultInjectingVfs::Operation::Write);
    ASSERT_GT(database, 0);
    ASSERT_GT(journal, 0);
    QString last = QStringLiteral("Andra");
    for (int n = 1; n <= database + journal; ++n) {
        SCOPED_TRACE(n);
        m_vfs.arm(FaultInjectingVfs::failingWrite(n));
        const QString attempted = QStringLiteral("Skriven %1").arg(n);
        const auto error = failedEdit(attempted);
        ASSERT_TRUE(error.has_value()) << "write " << n << " failed, yet the edit succeeded";
        EXPECT_EQ(error->kind(), Kind::Io);
        expectNamesTheFile(*error);
        EXPECT_TRUE(error->message().contains(QStringLiteral("could not be written")))
            << error->message().toStdString();
        expectSoundWith(last, attempted);
        last += QStringLiteral(" igen");
    }
}

TEST_F(IoFaultTest, ASyncFailingAnywhereInACommitKeepsTheLastSavedContent)
{
    const auto [database, journal] = callsOfAnEdit(FaultInjectingVfs::Operation::Sync);
    ASSERT_GT(database, 0);
    ASSERT_GT(journal, 0);
    QString last = QStringLiteral("Andra");
    for (int n = 1; n <= database + journal; ++n) {
        SCOPED_TRACE(n);
        m_vfs.arm(FaultInjectingVfs::failingSync(n));
        const QString attempted = QStringLiteral("Synkad %1").arg(n);
        const auto error = failedEdit(attempted);
        ASSERT_TRUE(error.has_value()) << "sync " << n << " failed, yet the edit succeeded";
        EXPECT_EQ(error->kind(), Kind::Io);
        expectNamesTheFile(*error);
        expectSoundWith(last, attempted);
        last += QStringLiteral(" igen");
    }
}

TEST_F(IoFaultTest, AJournalThatCannotBeDeletedMeansTheCommitDidNotHappen)
{
    // Deleting the journal is the commit itself (journal_mode=DELETE): while it is there,
    // the next reader rolls the change back, so the edit must be reported as not saved.
    m_vfs.arm({FaultInjectingVfs::Operation::Delete, 1, SQLITE_IOERR_DELETE, false,
               FaultInjectingVfs::Journal});
    const auto error = failedEdit(QStringLiteral("Ostruken"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), Kind::Io);
    expectSoundWith(QStringLiteral("Andra"), QStringLiteral("Ostruken"));
}

TEST_F(IoFaultTest, AFileTurnedReadOnlyUnderTheOpenConnectionRefusesTheEdit)
{
    m_vfs.arm(FaultInjectingVfs::readOnlyFromNow());
    const auto error = failedEdit(QStringLiteral("Skrivskyddad"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), Kind::Io);
    expectNamesTheFile(*error);
    EXPECT_TRUE(error->message().contains(QStringLiteral("read-only")));
    // Still read-only: a second try fails the same way and changes nothing either.
    EXPECT_TRUE(failedEdit(QStringLiteral("Skrivskyddad")).has_value());
    expectSoundWith(QStringLiteral("Andra"), QStringLiteral("Skrivskyddad"));
}

TEST_F(IoFaultTest, AVanishedFolderRefusesTheEditBecauseTheJournalCannotBeMade)
{
    m_vfs.arm(FaultInjectingVfs::vanishedFolder());
    const auto error = failedEdit(QStringLiteral("Borta"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), Kind::Io);
    expectNamesTheFile(*error);
    EXPECT_TRUE(error->message().contains(QStringLiteral("network share")));
    EXPECT_GT(m_vfs.failures(), 0);
    expectSoundWith(QStringLiteral("Andra"), QStringLiteral("Borta"));
}

TEST_F(IoFaultTest, AShareThatDropsCompletelyRefusesEditsAndReadsAlike)
{
    m_vfs.arm(FaultInjectingVfs::droppedShare());
    const auto error = failedEdit(QStringLiteral("Nedkopplad"));
    ASSERT_TRUE(error.has_value());
    expectNamesTheFile(*error);
    EXPECT_THROW(m_file->agreement(m_id), StorageError);
    expectSoundWith(QStringLiteral("Andra"), QStringLiteral("Nedkopplad"));
}

TEST_F(IoFaultTest, AnImportOnAFullDiskChangesNothingOfTheFile)
{
    const QByteArray before = [&] {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    samverka::core::Population row;
    row.municipalityCode = QStringLiteral("2280");
    row.year = 2024;
    row.value = 24000;
    QList<samverka::core::Population> rows;
    for (int year = 1990; year < 2025; ++year) {
        row.year = year;
        rows.append(row);
    }
    m_vfs.arm(FaultInjectingVfs::fullDisk(3));
    EXPECT_THROW(m_file->importPopulation(rows), StorageError);
    m_vfs.disarm();
    EXPECT_TRUE(openFile()->population().isEmpty());
    QFile file(m_path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "the file's bytes changed";
}
