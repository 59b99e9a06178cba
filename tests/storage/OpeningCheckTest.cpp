// The check after opening (OpenOptions::checkAfterOpening): quick_check and the routine
// copy run on a thread of their own while the file is read; a write waits for them, and a
// damaged file is refused every write, left byte-for-byte as it was, and never copied.

#include "InfraTestSupport.h"

#include "Database.h"
#include "MunicipalityFile.h"
#include "StorageError.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace samverka::storage;
using namespace samverka::storage::testing;
using Kind = StorageError::Kind;

namespace {

class OpeningCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_options.backupDir = m_backups.path();
        m_options.checkAfterOpening = true;
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

    /// A valid file whose last pages (the overflow pages of bytes kept for an undo, which
    /// no opening reads) are overwritten: header, schema and the rows an opening reads
    /// are fine, quick_check is not.
    QString damagedFile()
    {
        const QString path = file(QStringLiteral("skadad.samverka"));
        makeValidFile(path);
        {
            Database db(path, Database::Mode::ReadWrite);
            db.exec(QStringLiteral("INSERT INTO kept_blobs(token, data) "
                                   "VALUES ('kvar', randomblob(200000))"));
        }
        QByteArray bytes = readBytes(path);
        const int pageSize = 4096;
        const int pages = int(bytes.size() / pageSize);
        EXPECT_GT(pages, 40);
        for (int page = pages - 20; page < pages - 10; ++page)
            for (int i = 0; i < pageSize; ++i)
                bytes[page * pageSize + i] = char(0xA5 ^ (i & 0x3f));
        writeBytes(path, bytes);
        return path;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    MunicipalityFile::OpenOptions m_options;
};

TEST_F(OpeningCheckTest, AnIntactFileIsCopiedAfterTheCheckAndTakesEdits)
{
    const QString path = file(QStringLiteral("Härnösand.samverka"));
    makeValidFile(path);
    auto opened = MunicipalityFile::open(path, m_options);
    QSignalSpy finished(opened.get(), &MunicipalityFile::openingCheckFinished);
    EXPECT_EQ(opened->municipality().name, QStringLiteral("Härnösand")); // reads at once

    ASSERT_NO_THROW(opened->awaitOpeningCheck());
    EXPECT_FALSE(opened->isOpeningCheckPending());
    EXPECT_TRUE(QFile::exists(opened->lastBackupPath())) << opened->lastBackupPath().toStdString();
    EXPECT_EQ(backupCopies(m_backups.path()).size(), 1);
    EXPECT_TRUE(opened->backupFailure().isEmpty());

    opened->setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                     QStringLiteral("Ny Härnösand"));
    EXPECT_EQ(opened->municipality().name, QStringLiteral("Ny Härnösand"));
    // The copy holds the file as it was before the session's first change.
    MunicipalityFile::OpenOptions plain;
    plain.backupOnOpen = false;
    plain.readOnly = true;
    EXPECT_EQ(MunicipalityFile::open(opened->lastBackupPath(), plain)->municipality().name,
              QStringLiteral("Härnösand"));

    ASSERT_TRUE(finished.wait(5000) || finished.size() == 1);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.first().first().toString().isEmpty());
}

TEST_F(OpeningCheckTest, ADamagedFileOpensForReadingButRefusesEveryWriteAndIsNotCopied)
{
    const QString path = damagedFile();
    const QByteArray before = sha256(path);
    std::unique_ptr<MunicipalityFile> opened;
    ASSERT_NO_THROW(opened = MunicipalityFile::open(path, m_options));
    QSignalSpy finished(opened.get(), &MunicipalityFile::openingCheckFinished);

    try {
        opened->setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                         QStringLiteral("Ändrad"));
        ADD_FAILURE() << "a damaged file took a write";
    } catch (const StorageError &error) {
        EXPECT_EQ(int(error.kind()), int(Kind::Damaged)) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("skadad.samverka")))
            << error.message().toStdString();
        EXPECT_FALSE(error.detail().isEmpty());
    }
    EXPECT_THROW(opened->awaitOpeningCheck(), StorageError);
    EXPECT_THROW(opened->insertRecord(RecordKind::Party, QString(),
                                      {{QStringLiteral("name"), QStringLiteral("Skolan")}}),
                 StorageError);

    ASSERT_TRUE(finished.wait(5000) || finished.size() == 1);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.first().first().toString().contains(QStringLiteral("skadad.samverka")));
    opened.reset();
    EXPECT_EQ(sha256(path), before) << "the damaged file was changed";
    EXPECT_TRUE(backupCopies(m_backups.path()).isEmpty()) << "a damaged file was copied";
}

TEST_F(OpeningCheckTest, WithoutItADamagedFileIsRefusedAtOpening)
{
    const QString path = damagedFile();
    m_options.checkAfterOpening = false;
    try {
        MunicipalityFile::open(path, m_options);
        ADD_FAILURE() << "a damaged file opened";
    } catch (const StorageError &error) {
        EXPECT_EQ(int(error.kind()), int(Kind::Damaged)) << error.message().toStdString();
    }
}

TEST_F(OpeningCheckTest, ClosingWhileTheCheckRunsStopsIt)
{
    const QString path = file(QStringLiteral("Härnösand.samverka"));
    makeValidFile(path);
    for (int i = 0; i < 20; ++i)
        MunicipalityFile::open(path, m_options).reset(); // joins, interrupted or done
    // The file is intact and opens as ever; no copy was left half-written.
    auto opened = MunicipalityFile::open(path, m_options);
    ASSERT_NO_THROW(opened->awaitOpeningCheck());
    for (const QString &name : folderEntries(m_backups.path()))
        EXPECT_TRUE(name.endsWith(QStringLiteral(".samverka")) || name.startsWith(QLatin1Char('.')))
            << name.toStdString();
}

} // namespace

TEST_F(OpeningCheckTest, AHeldCheckStartsWhenAskedOrAtTheFirstWrite)
{
    // holdOpeningCheck: nothing runs until the window says so (startOpeningCheck).
    const QString path = file(QStringLiteral("Härnösand.samverka"));
    makeValidFile(path);
    m_options.holdOpeningCheck = true;
    {
        auto opened = MunicipalityFile::open(path, m_options);
        QSignalSpy finished(opened.get(), &MunicipalityFile::openingCheckFinished);
        EXPECT_TRUE(opened->isOpeningCheckPending());
        EXPECT_EQ(opened->municipality().name, QStringLiteral("Härnösand"));
        EXPECT_FALSE(finished.wait(300)) << "a held check ran";
        EXPECT_TRUE(opened->isOpeningCheckPending());
        EXPECT_TRUE(backupCopies(m_backups.path()).isEmpty());

        opened->startOpeningCheck();
        ASSERT_TRUE(finished.wait(10000));
        EXPECT_FALSE(opened->isOpeningCheckPending());
        EXPECT_EQ(backupCopies(m_backups.path()).size(), 1);
        opened->startOpeningCheck(); // once only
        EXPECT_FALSE(finished.wait(200));
    }
    // Never asked: the first write starts it and waits for it, so the copy holds the file
    // as it was before the change.
    QTemporaryDir otherBackups;
    m_options.backupDir = otherBackups.path();
    auto opened = MunicipalityFile::open(path, m_options);
    opened->setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                     QStringLiteral("Ny Härnösand"));
    EXPECT_FALSE(opened->isOpeningCheckPending());
    EXPECT_EQ(backupCopies(otherBackups.path()).size(), 1);
    MunicipalityFile::OpenOptions plain;
    plain.readOnly = true;
    plain.backupOnOpen = false;
    EXPECT_EQ(MunicipalityFile::open(opened->lastBackupPath(), plain)->municipality().name,
              QStringLiteral("Härnösand"));
}
