// Torn reads (issue #12, defect 2): an agreement is loaded with one SELECT per table. A
// colleague's commit between two of them would give an agreement that never existed (the
// old title with the new starting points). Every load is one read transaction, so the
// colleague's commit waits for it (and here, where it cannot wait, gives up) instead.

#include "InfraTestSupport.h"

#include "DataLoader.h"
#include "MunicipalityFile.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

/// The colleague, on a connection of its own: changes the title and the starting point
/// in one transaction, the moment the reader starts to read the starting points.
struct Colleague {
    Database *db = nullptr;
    bool tried = false;
    bool committed = false;

    void change(const QString &version)
    {
        Transaction transaction(*db);
        db->exec(QStringLiteral("UPDATE agreements SET title = 'Avtal %1'; "
                                "UPDATE starting_points SET text = 'Utgångspunkt %1';")
                     .arg(version));
        transaction.commit();
    }
};

samverka::core::Municipality municipality()
{
    samverka::core::Municipality m;
    m.name = QStringLiteral("Härnösand");
    return m;
}

int onStatement(unsigned type, void *context, void * /*statement*/, void *sql)
{
    auto *colleague = static_cast<Colleague *>(context);
    if (type != SQLITE_TRACE_STMT || colleague->tried ||
        !QByteArray(static_cast<const char *>(sql)).contains("FROM starting_points"))
        return 0;
    colleague->tried = true;
    try {
        colleague->change(QStringLiteral("2"));
        colleague->committed = true;
    } catch (const StorageError &error) {
        // The reader's shared lock keeps the commit out: the colleague must wait.
        EXPECT_EQ(error.kind(), StorageError::Kind::Locked) << error.message().toStdString();
    }
    return 0;
}

} // namespace

TEST(TornReadTest, ACommitInTheMiddleOfALoadCannotTearTheAgreement)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.samverka"));
    QString id;
    {
        const auto file = MunicipalityFile::create(path, municipality());
        id = file->insertRecord(RecordKind::Agreement, {},
                                {{QStringLiteral("title"), QStringLiteral("Avtal 1")}});
        file->insertRecord(RecordKind::StartingPoint, id,
                           {{QStringLiteral("text"), QStringLiteral("Utgångspunkt 1")}});
    }
    Database reader(path, Database::Mode::ReadWrite);
    Database other(path, Database::Mode::ReadWrite, 50);
    Colleague colleague{&other};
    sqlite3_trace_v2(reader.handle(), SQLITE_TRACE_STMT, onStatement, &colleague);

    const samverka::core::Agreement loaded = DataLoader(reader).agreement(id);
    ASSERT_TRUE(colleague.tried) << "the load reads no starting points";
    ASSERT_EQ(loaded.part1.startingPoints.size(), 1);
    const QString title = loaded.title.right(1);
    EXPECT_EQ(loaded.part1.startingPoints.first().right(1), title)
        << "torn: " << loaded.title.toStdString() << " with "
        << loaded.part1.startingPoints.first().toStdString();
    EXPECT_FALSE(colleague.committed) << "a colleague committed in the middle of a load";

    // Once the load is over, the colleague's change goes in and is seen whole.
    sqlite3_trace_v2(reader.handle(), 0, nullptr, nullptr);
    colleague.change(QStringLiteral("3"));
    const samverka::core::Agreement after = DataLoader(reader).agreement(id);
    EXPECT_EQ(after.title, QStringLiteral("Avtal 3"));
    EXPECT_EQ(after.part1.startingPoints, QStringList{QStringLiteral("Utgångspunkt 3")});
}

TEST(TornReadTest, AWholeFileLoadIsOneStateOfTheFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.samverka"));
    QString id;
    {
        const auto file = MunicipalityFile::create(path, municipality());
        id = file->insertRecord(RecordKind::Agreement, {},
                                {{QStringLiteral("title"), QStringLiteral("Avtal 1")}});
        file->insertRecord(RecordKind::StartingPoint, id,
                           {{QStringLiteral("text"), QStringLiteral("Utgångspunkt 1")}});
    }
    Database reader(path, Database::Mode::ReadWrite);
    Database other(path, Database::Mode::ReadWrite, 50);
    Colleague colleague{&other};
    sqlite3_trace_v2(reader.handle(), SQLITE_TRACE_STMT, onStatement, &colleague);
    const samverka::core::MunicipalityData data = DataLoader(reader).loadAll();
    ASSERT_TRUE(colleague.tried);
    EXPECT_FALSE(colleague.committed);
    ASSERT_EQ(data.agreements.size(), 1);
    EXPECT_EQ(data.agreements.first().title, QStringLiteral("Avtal 1"));
    EXPECT_EQ(data.agreements.first().part1.startingPoints,
              QStringList{QStringLiteral("Utgångspunkt 1")});
}
