// Undo beside a colleague (issue #12, defect 3): what undo needs, the value an edit
// replaced and the place a move took a record from, is found inside the edit's own
// transaction. A colleague's commit that lands while this edit waits for the lock is what
// this edit replaced, so undo restores the colleague's value, not an older one.

#include "InfraTestSupport.h"

#include "MunicipalityFile.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QTemporaryDir>

#include <chrono>
#include <future>
#include <thread>

using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

class ColleagueUndoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shared.samverka"));
        samverka::core::Municipality municipality;
        municipality.name = QStringLiteral("Härnösand");
        MunicipalityFile::create(m_path, municipality);
        MunicipalityFile::OpenOptions options;
        options.backupOnOpen = false;
        m_mine = MunicipalityFile::open(m_path, options);
        m_colleague = MunicipalityFile::open(m_path, options);
    }

    /// A colleague's program in the middle of a commit: holds the write lock with sql
    /// applied, until this thread is waiting for the lock; then commits. Returns once
    /// the colleague holds the lock.
    void colleagueCommitsWhileWeWait(const QString &sql)
    {
        std::promise<void> holding;
        std::future<void> held = holding.get_future();
        m_thread = std::thread([this, sql, promise = std::move(holding)]() mutable {
            Database db(m_path, Database::Mode::ReadWrite);
            Transaction transaction(db);
            db.exec(sql);
            promise.set_value();
            // Long enough for the other side to be waiting on the lock (its busy timeout
            // is far longer); only the order matters, not the time.
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            transaction.commit();
        });
        held.wait();
    }

    void TearDown() override
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MunicipalityFile> m_mine;
    std::unique_ptr<MunicipalityFile> m_colleague;
    std::thread m_thread;
};

} // namespace

TEST_F(ColleagueUndoTest, SetFieldReturnsTheValueItReplaced)
{
    const QString id = m_mine->insertRecord(RecordKind::Agreement, {},
                                            {{QStringLiteral("title"), QStringLiteral("Början")}});
    // Both windows show "Början"; the colleague's change commits while mine waits.
    colleagueCommitsWhileWeWait(
        QStringLiteral("UPDATE agreements SET title = 'Kollegans' WHERE id = '%1'").arg(id));
    const QVariant old =
        m_mine->setField(RecordKind::Agreement, id, QStringLiteral("title"), QStringLiteral("Min"));
    EXPECT_EQ(old.toString(), QStringLiteral("Kollegans"));
    EXPECT_EQ(m_colleague->agreement(id).title, QStringLiteral("Min"));

    // Undo writes back what was replaced: the colleague's value.
    m_mine->setField(RecordKind::Agreement, id, QStringLiteral("title"), old);
    EXPECT_EQ(m_colleague->agreement(id).title, QStringLiteral("Kollegans"));
}

TEST_F(ColleagueUndoTest, SetFieldsReturnsTheValuesTheyReplaced)
{
    const QString id = m_mine->insertRecord(RecordKind::Party, {},
                                            {{QStringLiteral("name"), QStringLiteral("Polisen")},
                                             {QStringLiteral("kind"), QStringLiteral("police")}});
    colleagueCommitsWhileWeWait(
        QStringLiteral("UPDATE parties SET name = 'Polisen Härnösand' WHERE id = '%1'").arg(id));
    const auto old = m_mine->setFields(RecordKind::Party, id,
                                       {{QStringLiteral("name"), QStringLiteral("Kommunen")},
                                        {QStringLiteral("kind"), QStringLiteral("municipality")}});
    ASSERT_EQ(old.size(), 2);
    EXPECT_EQ(old.at(0).first, QStringLiteral("name"));
    EXPECT_EQ(old.at(0).second.toString(), QStringLiteral("Polisen Härnösand"));
    EXPECT_EQ(old.at(1).second.toString(), QStringLiteral("police"));
}

TEST_F(ColleagueUndoTest, MoveRecordSaysWhereFromInsideItsTransaction)
{
    QStringList ids;
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        ids << m_mine->insertRecord(RecordKind::Party, {}, {{QStringLiteral("name"), name}});
    // The colleague puts a party in front of all three while my move waits.
    colleagueCommitsWhileWeWait(QStringLiteral(
        "INSERT INTO parties (id, name, position) VALUES ('colleague', 'Kollegans', -1)"));
    const RecordMove move = m_mine->moveRecord(RecordKind::Party, ids.at(2), 0);
    EXPECT_EQ(move.id, ids.at(2));
    EXPECT_EQ(move.from, 3) << "C was fourth once the colleague's party was in";
    EXPECT_EQ(move.to, 0);
    EXPECT_TRUE(move.moved());

    // Undo puts it back where it was, behind the colleague's party.
    m_mine->moveRecord(RecordKind::Party, move.id, move.from);
    QStringList names;
    for (const auto &party : m_colleague->parties())
        names << party.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Kollegans"), QStringLiteral("A"),
                                  QStringLiteral("B"), QStringLiteral("C")}));
}

TEST_F(ColleagueUndoTest, AMoveToWhereItIsIsNoMove)
{
    const QString a = m_mine->insertRecord(RecordKind::Party, {},
                                           {{QStringLiteral("name"), QStringLiteral("A")}});
    m_mine->insertRecord(RecordKind::Party, {}, {{QStringLiteral("name"), QStringLiteral("B")}});
    const RecordMove move = m_mine->moveRecord(RecordKind::Party, a, 0);
    EXPECT_FALSE(move.moved());
    EXPECT_EQ(move.from, 0);
}
