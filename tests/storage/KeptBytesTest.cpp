// A removed attachment's bytes wait in the file (kept_blobs, schema version 4) while an
// undo may bring them back, not in the snapshot the undo stack holds: the snapshot names
// a token; restoring takes the bytes back whole; forgetting drops them; an opening drops
// what a crashed program left behind once it is older than seven days.

#include "StorageDataFixture.h"

#include "StorageError.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace samverka::storage::datatest {
namespace {

class KeptBytesTest : public StorageDataTest
{
protected:
    /// A megabyte that does not compress, as a scanned document.
    static QByteArray scan()
    {
        QByteArray bytes(1024 * 1024, '\0');
        QRandomGenerator generator(7);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        return bytes;
    }

    QString addScan(MunicipalityFile &file, const QByteArray &bytes)
    {
        return file.insertRecord(RecordKind::Attachment, QString(),
                                 {{q("agreement"), q("a1")},
                                  {q("name"), q("Trygghetsvandring.pdf")},
                                  {q("mediaType"), q("application/pdf")},
                                  {q("data"), bytes}});
    }
};

TEST_F(KeptBytesTest, ARemovedAttachmentsBytesWaitInTheFileNotInTheSnapshot)
{
    auto file = makeFile();
    const QByteArray bytes = scan();
    const QString id = addScan(*file, bytes);
    const RecordSnapshot snapshot = file->removeRecord(RecordKind::Attachment, id);
    EXPECT_LT(snapshot.payload.size(), 4096) << "the bytes are in the snapshot";
    EXPECT_FALSE(snapshot.payload.contains(bytes.left(64).toBase64()));
    EXPECT_EQ(scalar(q("SELECT count(*) FROM kept_blobs")), 1);
    EXPECT_EQ(scalar(q("SELECT length(data) FROM kept_blobs")), bytes.size());

    file->restoreRecord(snapshot);
    EXPECT_EQ(file->attachmentData(id), bytes);
    EXPECT_EQ(scalar(q("SELECT count(*) FROM kept_blobs")), 0) << "taken back, not copied";

    // Removed again and forgotten (its undo step is gone): the bytes go with it.
    const RecordSnapshot again = file->removeRecord(RecordKind::Attachment, id);
    EXPECT_EQ(scalar(q("SELECT count(*) FROM kept_blobs")), 1);
    file->forgetSnapshot(again);
    EXPECT_EQ(scalar(q("SELECT count(*) FROM kept_blobs")), 0);
}

TEST_F(KeptBytesTest, ASnapshotWhoseBytesAreGoneIsRefusedAndChangesNothing)
{
    auto file = makeFile();
    const QString id = addScan(*file, scan());
    const RecordSnapshot snapshot = file->removeRecord(RecordKind::Attachment, id);
    file->forgetSnapshot(snapshot);
    try {
        file->restoreRecord(snapshot);
        ADD_FAILURE() << "an attachment came back without its bytes";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(q("no longer"))) << error.message().toStdString();
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE id = '%1'").arg(id)),
              0);
}

TEST_F(KeptBytesTest, AnEmptyAttachmentComesBackEmpty)
{
    auto file = makeFile();
    const QString id = addScan(*file, QByteArray(""));
    file->restoreRecord(file->removeRecord(RecordKind::Attachment, id));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE id = '%1'").arg(id)),
              1);
    EXPECT_TRUE(file->attachmentData(id).isEmpty());
}

TEST_F(KeptBytesTest, AnOpeningDropsWhatACrashLeftOnceItIsAWeekOld)
{
    {
        auto file = makeFile();
        file->removeRecord(RecordKind::Attachment, addScan(*file, scan()));
        file->removeRecord(RecordKind::Attachment, addScan(*file, scan()));
        // The program ends without dropping its undo steps, as in a crash.
    }
    {
        auto db = raw();
        db->exec(q("UPDATE kept_blobs SET kept_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', "
                   "'-8 days') WHERE rowid = (SELECT min(rowid) FROM kept_blobs)"));
    }
    ASSERT_EQ(scalar(q("SELECT count(*) FROM kept_blobs")), 2);
    MunicipalityFile::OpenOptions options;
    options.backupDir = m_dir.filePath(q("backups"));
    MunicipalityFile::open(m_path, options).reset();
    // The week-old row is gone; a colleague's younger one may still be undone.
    EXPECT_EQ(scalar(q("SELECT count(*) FROM kept_blobs")), 1);
    options.readOnly = true;
    {
        auto db = raw();
        db->exec(q("UPDATE kept_blobs SET kept_at = '2020-01-01T00:00:00Z'"));
    }
    MunicipalityFile::open(m_path, options).reset();
    EXPECT_EQ(scalar(q("SELECT count(*) FROM kept_blobs")), 1) << "a reader wrote";
}

} // namespace
} // namespace samverka::storage::datatest
