// Prepared statements are kept per connection and reused (issue #13): a statement run
// again is not parsed and planned again, a kept statement holds no read lock, two uses of
// one text at once each get their own statement, and a statement that outlives its
// connection by mistake does not crash.

#include "StatementCache.h"
#include "Database.h"
#include "Statement.h"
#include "StorageError.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <memory>

using namespace samverka::storage;

namespace {

struct Files {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cache.db"));

    Files()
    {
        Database db(path, Database::Mode::Create);
        db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);"
                               "INSERT INTO t (v) VALUES ('a'), ('b'), ('c');"));
    }
};

const QString selectAll = QStringLiteral("SELECT v FROM t ORDER BY id");

} // namespace

TEST(StatementCacheTest, TheSameTextIsPreparedOnceAndStartsFresh)
{
    Files files;
    Database db(files.path, Database::Mode::ReadWrite);
    {
        Statement st = db.prepare(QStringLiteral("SELECT v FROM t WHERE id = ?1"));
        st.bind(1, 2);
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.text(0), QStringLiteral("b"));
    }
    EXPECT_EQ(db.statementCache().size(), 1);
    EXPECT_EQ(db.statementCache().hits(), 0);
    {
        Statement st = db.prepare(QStringLiteral("SELECT v FROM t WHERE id = ?1"));
        EXPECT_EQ(db.statementCache().hits(), 1);
        // The binding of the first use is gone: unbound ?1 is NULL, so no row.
        EXPECT_FALSE(st.step());
    }
}

TEST(StatementCacheTest, AStatementLeftMidResultHoldsNoReadLock)
{
    Files files;
    Database reader(files.path, Database::Mode::ReadWrite);
    {
        Statement st = reader.prepare(selectAll);
        ASSERT_TRUE(st.step()); // one row read, two left: a read transaction is open
    }
    // Given back reset: a colleague may write (an open read would block its commit).
    Database writer(files.path, Database::Mode::ReadWrite, 0);
    EXPECT_NO_THROW(writer.exec(QStringLiteral("UPDATE t SET v = 'x' WHERE id = 1")));
    Statement again = reader.prepare(selectAll);
    ASSERT_TRUE(again.step());
    EXPECT_EQ(again.text(0), QStringLiteral("x")); // from the first row, the new content
}

TEST(StatementCacheTest, TwoUsesOfOneTextAtOnceEachStepOnTheirOwn)
{
    Files files;
    Database db(files.path, Database::Mode::ReadWrite);
    Statement outer = db.prepare(selectAll);
    QStringList pairs;
    while (outer.step()) {
        Statement inner = db.prepare(selectAll);
        while (inner.step())
            pairs << outer.text(0) + inner.text(0);
    }
    EXPECT_EQ(pairs.size(), 9);
    EXPECT_EQ(pairs.first(), QStringLiteral("aa"));
    EXPECT_EQ(pairs.last(), QStringLiteral("cc"));
    EXPECT_EQ(db.statementCache().size(), 1); // the second one given back was finalised
}

TEST(StatementCacheTest, AStatementOutlivingItsConnectionFinalisesItself)
{
    Files files;
    auto db = std::make_unique<Database>(files.path, Database::Mode::ReadWrite);
    auto st = std::make_unique<Statement>(db->prepare(selectAll));
    ASSERT_TRUE(st->step());
    db.reset();
    st.reset(); // no cache to give back to: finalised (close_v2 then closes the connection)
    SUCCEED();
}

TEST(StatementCacheTest, KeptStatementsFollowASchemaChange)
{
    Files files;
    Database db(files.path, Database::Mode::ReadWrite);
    {
        Statement st = db.prepare(QStringLiteral("SELECT * FROM t"));
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.columnCount(), 2);
    }
    db.exec(QStringLiteral("ALTER TABLE t ADD COLUMN w TEXT"));
    Statement st = db.prepare(QStringLiteral("SELECT * FROM t"));
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.columnCount(), 3);
}
