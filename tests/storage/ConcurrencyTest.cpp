// Two programs on one file (a colleague on the share): writes are serialised by
// BEGIN IMMEDIATE, so no update is lost, and a reader notices the other's commits.

#include "InfraTestSupport.h"

#include "StorageError.h"
#include "Transaction.h"

#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

/// Reads the counter and writes it back plus one, in one write transaction.
void increment(Database &db)
{
    Transaction transaction(db);
    const qint64 value = settingValue(db, QStringLiteral("counter")).toLongLong();
    db.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'counter'"))
        .bind(1, QString::number(value + 1))
        .run();
    transaction.commit();
}

} // namespace

TEST(ConcurrencyTest, TwoConnectionsIncrementingACounterLoseNoUpdate)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.samverka"));
    makeValidFile(path);
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('counter', '0')"));
    }

    constexpr int perWriter = 100;
    std::atomic<int> failures = 0;
    auto writer = [&] {
        try {
            Database db(path, Database::Mode::ReadWrite, 30000);
            for (int i = 0; i < perWriter; ++i)
                increment(db);
        } catch (const StorageError &) {
            ++failures;
        }
    };
    std::thread first(writer);
    std::thread second(writer);
    first.join();
    second.join();

    EXPECT_EQ(failures.load(), 0);
    Database db(path, Database::Mode::ReadOnly);
    EXPECT_EQ(settingValue(db, QStringLiteral("counter")), QString::number(2 * perWriter));
}

TEST(ConcurrencyTest, AReaderSeesAnotherConnectionsCommitAndNotItsOwn)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.samverka"));
    makeValidFile(path);
    Database mine(path, Database::Mode::ReadWrite);
    Database colleague(path, Database::Mode::ReadWrite);

    const qint64 start = mine.dataVersion();
    increment(mine);
    EXPECT_EQ(mine.dataVersion(), start);

    colleague.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('counter', '7')"));
    const qint64 afterColleague = mine.dataVersion();
    EXPECT_NE(afterColleague, start);
    EXPECT_EQ(settingValue(mine, QStringLiteral("counter")), QStringLiteral("7"));
    EXPECT_EQ(mine.dataVersion(), afterColleague);
}

TEST(ConcurrencyTest, AWriteUnderAColleaguesLockFailsWholeAndCanBeRetried)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.samverka"));
    makeValidFile(path);
    Database mine(path, Database::Mode::ReadWrite, 50);
    Database colleague(path, Database::Mode::ReadWrite);
    mine.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('counter', '1')"));

    colleague.exec(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        increment(mine);
        FAIL() << "two writers at once";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Locked);
        EXPECT_TRUE(error.message().contains(QStringLiteral("try again")));
    }
    colleague.exec(QStringLiteral("COMMIT"));
    increment(mine);
    EXPECT_EQ(settingValue(colleague, QStringLiteral("counter")), QStringLiteral("2"));
}
