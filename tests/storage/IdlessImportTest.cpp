// Review comments and the signatories of citizen promise sets may come in an exchange
// document without ids (tests/data/exchange/idless_comments_promises.json). The file
// gives them internal ids, which the loader hands on (core::RowId) and the edit API
// takes like any id; removing and restoring them puts them back in place, and the
// export still has no ids for them.

#include "StorageDataFixture.h"

#include "ExchangeReader.h"
#include "ExchangeWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace samverka::storage::datatest {
namespace {

class IdlessImportTest : public StorageDataTest
{
protected:
    static core::MunicipalityData fixture()
    {
        return readDocument(q(SAMVERKA_TEST_DATA_DIR "/exchange/idless_comments_promises.json"));
    }

    std::unique_ptr<MunicipalityFile> reopen(std::unique_ptr<MunicipalityFile> file)
    {
        file.reset();
        MunicipalityFile::OpenOptions options;
        options.backupDir = m_dir.filePath(q("backups"));
        return MunicipalityFile::open(m_path, options);
    }

    /// The file's id of the agreement's index-th comment (and of its reply).
    static QString comment(const MunicipalityFile &file, int index, int reply = -1)
    {
        const core::ReviewComment c = file.agreement(q("a1")).comments.at(index);
        return reply < 0 ? c.rowId.value : c.replies.at(reply).rowId.value;
    }

    /// The file's id of the promise set's index-th signatory.
    static QString signatory(const MunicipalityFile &file, int index)
    {
        return file.promiseSets().first().signatures.at(index).rowId.value;
    }

    static QJsonObject exported(const MunicipalityFile &file)
    {
        return core::ExchangeWriter::toJson(file.loadAll(), {});
    }
};

TEST_F(IdlessImportTest, TheFixtureHasCommentsAndSignatoriesWithoutIds)
{
    auto file = makeFile(fixture());
    const core::Agreement a = file->agreement(q("a1"));
    ASSERT_EQ(a.comments.size(), 3);
    EXPECT_TRUE(a.comments.at(0).id.isEmpty());
    EXPECT_EQ(a.comments.at(1).id, q("cm-with-id"));
    EXPECT_TRUE(a.comments.at(2).id.isEmpty());
    const auto sets = file->promiseSets();
    ASSERT_EQ(sets.size(), 1);
    ASSERT_EQ(sets.first().signatures.size(), 2);
    EXPECT_TRUE(sets.first().signatures.at(0).id.isEmpty());
    EXPECT_TRUE(sets.first().signatures.at(1).id.isEmpty());
}

TEST_F(IdlessImportTest, ACommentWithoutIdIsResolvedRepliedToAndEditedByTheIdOfItsRow)
{
    auto file = makeFile(fixture());
    // The third comment, between which and the first one there is one with an id.
    EXPECT_EQ(file->field(RecordKind::Comment, comment(*file, 2), q("text")).toString(),
              q("Lägg till lokalpolisområdeschefen."));
    file->setField(RecordKind::Comment, comment(*file, 2), q("resolved"), true);
    EXPECT_TRUE(file->agreement(q("a1")).comments.at(2).resolved);
    EXPECT_FALSE(file->agreement(q("a1")).comments.at(0).resolved);

    const QString reply = file->insertRecord(
        RecordKind::CommentReply, comment(*file, 2),
        {{q("author"), q("Anna Andersson")}, {q("text"), q("Tillagd i bilagan.")}});
    EXPECT_FALSE(reply.isEmpty());
    auto comments = file->agreement(q("a1")).comments;
    ASSERT_EQ(comments.at(2).replies.size(), 1);
    EXPECT_EQ(comments.at(2).replies.first().text, q("Tillagd i bilagan."));

    // An imported reply, under a comment without id.
    file->setField(RecordKind::CommentReply, comment(*file, 0, 0), q("text"),
                   q("Syftet är omskrivet."));
    EXPECT_EQ(file->agreement(q("a1")).comments.at(0).replies.first().text,
              q("Syftet är omskrivet."));

    // Positions are no addresses: refused, nothing written.
    EXPECT_THROW(file->setField(RecordKind::Comment, q("a1#3"), q("resolved"), true), StorageError);
    EXPECT_THROW(file->insertRecord(RecordKind::CommentReply, q("a1#7"), {{q("text"), q("x")}}),
                 StorageError);

    file = reopen(std::move(file));
    comments = file->agreement(q("a1")).comments;
    ASSERT_EQ(comments.size(), 3);
    EXPECT_TRUE(comments.at(2).resolved);
    EXPECT_EQ(comments.at(2).replies.size(), 1);
    EXPECT_EQ(comments.at(0).replies.first().text, q("Syftet är omskrivet."));
    // Still without ids in what the file gives out, and in the export.
    EXPECT_TRUE(comments.at(0).id.isEmpty());
    EXPECT_TRUE(comments.at(2).id.isEmpty());
    const QJsonArray out = exported(*file)
                               .value(q("agreements"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(q("comments"))
                               .toArray();
    ASSERT_EQ(out.size(), 3);
    EXPECT_FALSE(out.at(0).toObject().contains(q("id")));
    EXPECT_EQ(out.at(1).toObject().value(q("id")).toString(), q("cm-with-id"));
    EXPECT_TRUE(out.at(2).toObject().value(q("resolved")).toBool());
}

TEST_F(IdlessImportTest, ARemovedCommentWithoutIdIsRestoredInPlaceWithItsReplies)
{
    auto file = makeFile(fixture());
    const RecordSnapshot removed = file->removeRecord(RecordKind::Comment, comment(*file, 0));
    auto comments = file->agreement(q("a1")).comments;
    ASSERT_EQ(comments.size(), 2);
    EXPECT_EQ(comments.first().id, q("cm-with-id"));

    file->restoreRecord(removed); // the path undo takes
    comments = file->agreement(q("a1")).comments;
    ASSERT_EQ(comments.size(), 3);
    EXPECT_EQ(comments.first().text, q("Förtydliga syftet."));
    EXPECT_TRUE(comments.first().id.isEmpty());
    ASSERT_EQ(comments.first().replies.size(), 1);
    EXPECT_EQ(comments.first().replies.first().text, q("Vi ser över det."));

    // Redo removes the same comment again by the id the snapshot kept.
    file->removeRecord(removed.kind, removed.id);
    EXPECT_EQ(file->agreement(q("a1")).comments.size(), 2);
}

TEST_F(IdlessImportTest, PromiseSetSignatoriesWithoutIdsAreEditedAndSignedByTheIdsOfTheirRows)
{
    auto file = makeFile(fixture());
    file->setField(RecordKind::Signature, signatory(*file, 1), q("signed"), true);
    file->setField(RecordKind::Signature, signatory(*file, 1), q("place"), q("Härnösand"));
    file->setField(RecordKind::Signature, signatory(*file, 1), q("date"), QDate(2024, 3, 15));
    file->setField(RecordKind::Signature, signatory(*file, 0), q("title"), q("Kommunalråd"));
    auto signatures = file->promiseSets().first().signatures;
    ASSERT_EQ(signatures.size(), 2);
    EXPECT_FALSE(signatures.at(0).signed_);
    EXPECT_EQ(signatures.at(0).title, q("Kommunalråd"));
    EXPECT_TRUE(signatures.at(1).signed_);
    EXPECT_EQ(signatures.at(1).place, q("Härnösand"));
    EXPECT_EQ(signatures.at(1).date, QDate(2024, 3, 15));
    EXPECT_TRUE(file->field(RecordKind::Signature, signatory(*file, 1), q("signed")).toBool());

    // A new signatory added under the set comes last.
    file->insertRecord(RecordKind::Signature, q("ps1"), {{q("name"), q("Cecilia Ek")}});
    EXPECT_EQ(file->field(RecordKind::Signature, signatory(*file, 2), q("name")).toString(),
              q("Cecilia Ek"));

    const RecordSnapshot removed = file->removeRecord(RecordKind::Signature, signatory(*file, 0));
    EXPECT_EQ(file->promiseSets().first().signatures.size(), 2);
    file->restoreRecord(removed);
    signatures = file->promiseSets().first().signatures;
    ASSERT_EQ(signatures.size(), 3);
    EXPECT_EQ(signatures.at(0).name, q("Anna Andersson"));
    EXPECT_TRUE(signatures.at(0).id.isEmpty());

    EXPECT_THROW(file->setField(RecordKind::Signature, q("ps1#3"), q("signed"), true),
                 StorageError);
    // The agreement's own signatories are not the set's: it has none.
    EXPECT_THROW(file->setField(RecordKind::Signature, q("a1#0"), q("signed"), true), StorageError);

    file = reopen(std::move(file));
    signatures = file->promiseSets().first().signatures;
    ASSERT_EQ(signatures.size(), 3);
    EXPECT_TRUE(signatures.at(1).signed_);
    EXPECT_TRUE(signatures.at(1).id.isEmpty());
    const QJsonArray out = exported(*file)
                               .value(q("citizenPromiseSets"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(q("signatures"))
                               .toArray();
    ASSERT_EQ(out.size(), 3);
    EXPECT_FALSE(out.at(0).toObject().contains(q("id")));
    EXPECT_TRUE(out.at(1).toObject().value(q("signed")).toBool());
}

} // namespace
} // namespace samverka::storage::datatest
