// Database, Statement, Transaction and Savepoint: the connection settings, binding and
// reading values, and that an unfinished transaction leaves nothing behind.

#include "InfraTestSupport.h"

#include "Savepoint.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QDate>
#include <QTemporaryDir>

using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("plain.db"));
        makeSqliteFile(m_path, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, "
                                              "name TEXT NOT NULL, amount REAL, data BLOB)"));
    }

    qint64 rowCount(Database &db)
    {
        Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM t"));
        return count.step() ? count.int64(0) : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(DatabaseTest, EveryConnectionGetsTheProjectSettings)
{
    Database db(m_path, Database::Mode::ReadWrite);
    Statement mode = db.prepare(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.text(0), QStringLiteral("delete"));
    EXPECT_EQ(pragma(db, QStringLiteral("synchronous")), 2); // FULL
    EXPECT_EQ(pragma(db, QStringLiteral("foreign_keys")), 1);
    EXPECT_EQ(db.busyTimeoutMs(), fileformat::defaultBusyTimeoutMs);
    EXPECT_FALSE(db.isReadOnly());
}

TEST_F(DatabaseTest, ReadOnlyModeRefusesWrites)
{
    Database db(m_path, Database::Mode::ReadOnly);
    EXPECT_TRUE(db.isReadOnly());
    try {
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('x')"));
        FAIL() << "a read-only connection wrote";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::ReadOnly);
        EXPECT_FALSE(error.message().isEmpty());
    }
}

TEST_F(DatabaseTest, OpeningNeverCreatesAMissingFile)
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        try {
            Database db(missing, mode);
            FAIL() << "opened a file that does not exist";
        } catch (const StorageError &error) {
            EXPECT_EQ(error.kind(), StorageError::Kind::NotFound);
            EXPECT_TRUE(error.message().contains(QStringLiteral("missing.db")));
        }
        EXPECT_FALSE(QFile::exists(missing));
    }
}

TEST_F(DatabaseTest, StatementBindsAndReadsEveryType)
{
    Database db(m_path, Database::Mode::ReadWrite);
    const QByteArray blob("\x00\x01\xff zero inside", 15);
    db.prepare(QStringLiteral("INSERT INTO t (id, name, amount, data) VALUES (?, ?, ?, ?)"))
        .bind(1, qint64(7))
        .bind(2, QStringLiteral("Åtgärd <b>x</b> 'quoted'"))
        .bind(3, 2.5)
        .bind(4, blob)
        .run();
    EXPECT_EQ(db.lastInsertRowId(), 7);
    EXPECT_EQ(db.changes(), 1);

    Statement query = db.prepare(QStringLiteral("SELECT id, name, amount, data FROM t"));
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.columnCount(), 4);
    EXPECT_EQ(query.int64(0), 7);
    EXPECT_EQ(query.text(1), QStringLiteral("Åtgärd <b>x</b> 'quoted'"));
    EXPECT_DOUBLE_EQ(query.real(2), 2.5);
    EXPECT_EQ(query.blob(3), blob);
    EXPECT_EQ(query.value(0).typeId(), QMetaType::LongLong);
    EXPECT_EQ(query.value(2).typeId(), QMetaType::Double);
    EXPECT_EQ(query.value(3).typeId(), QMetaType::QByteArray);
    EXPECT_FALSE(query.step());
}

TEST_F(DatabaseTest, NullsAndVariantsBindAsTheirStoredForm)
{
    Database db(m_path, Database::Mode::ReadWrite);
    Statement insert =
        db.prepare(QStringLiteral("INSERT INTO t (name, amount, data) VALUES (?, ?, ?)"));
    insert.bind(1, QVariant(QDate(2024, 3, 1)))
        .bind(2, std::optional<double>())
        .bind(3, QVariant());
    insert.run();
    insert.reset();
    insert.bind(1, QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")}))
        .bind(2, QVariant(true))
        .bindNull(3);
    insert.run();

    Statement query = db.prepare(QStringLiteral("SELECT name, amount, data FROM t ORDER BY id"));
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.text(0), QStringLiteral("2024-03-01"));
    EXPECT_TRUE(query.isNull(1));
    EXPECT_FALSE(query.optReal(1).has_value());
    EXPECT_TRUE(query.isNull(2));
    EXPECT_FALSE(query.value(2).isValid());
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.text(0), QStringLiteral("[\"a\",\"b\"]"));
    EXPECT_EQ(query.optInt(1), std::optional<qint64>(1));
}

TEST_F(DatabaseTest, ConstraintViolationIsInvalidWithSqlitesDetail)
{
    Database db(m_path, Database::Mode::ReadWrite);
    try {
        db.prepare(QStringLiteral("INSERT INTO t (name) VALUES (?)")).bindNull(1).run();
        FAIL() << "NOT NULL was not enforced";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        EXPECT_TRUE(error.detail().contains(QStringLiteral("NOT NULL")))
            << error.detail().toStdString();
    }
}

TEST_F(DatabaseTest, ForeignKeysAreEnforced)
{
    Database db(m_path, Database::Mode::ReadWrite);
    db.exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, "
                           "parent INTEGER NOT NULL REFERENCES t (id))"));
    EXPECT_THROW(db.exec(QStringLiteral("INSERT INTO child (parent) VALUES (42)")), StorageError);
}

TEST_F(DatabaseTest, TransactionWithoutCommitLeavesNothing)
{
    Database db(m_path, Database::Mode::ReadWrite);
    {
        Transaction transaction(db);
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('one')"));
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('two')"));
    }
    EXPECT_EQ(rowCount(db), 0);

    try {
        Transaction transaction(db);
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('three')"));
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES (NULL)")); // fails midway
        transaction.commit();
        FAIL() << "the second insert should fail";
    } catch (const StorageError &) {
    }
    EXPECT_EQ(rowCount(db), 0);

    {
        Transaction transaction(db);
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('kept')"));
        transaction.commit();
    }
    Database other(m_path, Database::Mode::ReadOnly);
    EXPECT_EQ(rowCount(other), 1);
}

TEST_F(DatabaseTest, NestedTransactionBecomesASavepoint)
{
    Database db(m_path, Database::Mode::ReadWrite);
    {
        Transaction outer(db);
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('outer')"));
        {
            Transaction inner(db);
            db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('inner, rolled back')"));
        }
        {
            Transaction inner(db);
            db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('inner, kept')"));
            inner.commit();
        }
        outer.commit();
    }
    EXPECT_EQ(rowCount(db), 2);
}

TEST_F(DatabaseTest, SavepointRollsBackUnlessReleased)
{
    Database db(m_path, Database::Mode::ReadWrite);
    Transaction transaction(db);
    db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('before')"));
    {
        Savepoint savepoint(db, QStringLiteral("try \"this\""));
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('undone')"));
    }
    {
        Savepoint savepoint(db, QStringLiteral("keep"));
        db.exec(QStringLiteral("INSERT INTO t (name) VALUES ('kept')"));
        savepoint.release();
    }
    transaction.commit();
    EXPECT_EQ(rowCount(db), 2);
}

TEST_F(DatabaseTest, DataVersionChangesOnlyWhenAnotherConnectionCommits)
{
    Database first(m_path, Database::Mode::ReadWrite);
    Database second(m_path, Database::Mode::ReadWrite);
    const qint64 before = first.dataVersion();
    first.exec(QStringLiteral("INSERT INTO t (name) VALUES ('own write')"));
    EXPECT_EQ(first.dataVersion(), before);
    second.exec(QStringLiteral("INSERT INTO t (name) VALUES ('colleague')"));
    EXPECT_NE(first.dataVersion(), before);
}

TEST_F(DatabaseTest, AWriterThatMeetsALockFailsWithLockedAndChangesNothing)
{
    Database holder(m_path, Database::Mode::ReadWrite);
    Database writer(m_path, Database::Mode::ReadWrite);
    writer.setBusyTimeoutMs(50);
    holder.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    holder.exec(QStringLiteral("INSERT INTO t (name) VALUES ('holder')"));
    try {
        Transaction transaction(writer);
        FAIL() << "BEGIN IMMEDIATE succeeded under an exclusive lock";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Locked);
        EXPECT_TRUE(error.message().contains(QStringLiteral("someone else")));
    }
    try {
        rowCount(writer);
        FAIL() << "read succeeded under an exclusive lock";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Locked);
    }
    holder.exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(rowCount(writer), 0);
    Transaction transaction(writer);
    writer.exec(QStringLiteral("INSERT INTO t (name) VALUES ('after the lock')"));
    transaction.commit();
    EXPECT_EQ(rowCount(holder), 1);
}
