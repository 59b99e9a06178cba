// SQLite's I/O result codes become messages a person understands (issue #12): what
// happened, that the change was not saved and the file keeps what was saved before,
// what to do, and the file's name. The extended code the connection knows is used even
// when the caller has only the primary one.

#include "SqliteErrorMapping.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace samverka::storage;
using Kind = StorageError::Kind;

namespace {

const QString kPath = QStringLiteral("/srv/share/Härnösand.samverka");

struct Case {
    int code;
    Kind kind;
    const char *says;
};

} // namespace

TEST(SqliteErrorMappingTest, IoCodesSayWhatHappenedAndThatNothingWasSaved)
{
    const Case cases[] = {
        {SQLITE_FULL, Kind::Io, "is full"},
        {SQLITE_IOERR_WRITE, Kind::Io, "could not be written"},
        {SQLITE_IOERR_FSYNC, Kind::Io, "could not be written"},
        {SQLITE_IOERR_TRUNCATE, Kind::Io, "could not be written"},
        {SQLITE_IOERR_DELETE, Kind::Io, "could not be written"},
        {SQLITE_IOERR_READ, Kind::Io, "could not be read"},
        {SQLITE_IOERR_SHORT_READ, Kind::Io, "could not be read"},
        {SQLITE_IOERR_LOCK, Kind::Io, "could not be locked"},
        {SQLITE_IOERR_NOMEM, Kind::Io, "could not be read or written"},
        {SQLITE_IOERR, Kind::Io, "could not be read or written"},
        {SQLITE_READONLY_DIRECTORY, Kind::ReadOnly, "folder"},
        {SQLITE_READONLY_DBMOVED, Kind::Io, "moved"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(sqlite3_errstr(c.code));
        const StorageError error = sqliteerror::fromCode(c.code, nullptr, kPath);
        EXPECT_EQ(error.kind(), c.kind);
        const std::string message = error.message().toStdString();
        EXPECT_NE(message.find(c.says), std::string::npos) << message;
        EXPECT_TRUE(error.message().contains(kPath)) << message;
        const bool reading = c.code == SQLITE_IOERR_READ || c.code == SQLITE_IOERR_SHORT_READ;
        EXPECT_NE(message.find(reading ? "Nothing was changed" : "was not saved"),
                  std::string::npos)
            << message;
        EXPECT_FALSE(error.detail().isEmpty());
    }
}

TEST(SqliteErrorMappingTest, ACauseAPersonCanActOnIsNamed)
{
    const auto says = [](int code, const char *text) {
        return sqliteerror::fromCode(code, nullptr, kPath).message().contains(QLatin1String(text));
    };
    EXPECT_TRUE(says(SQLITE_FULL, "Make room"));
    EXPECT_TRUE(says(SQLITE_IOERR_WRITE, "read-only"));
    EXPECT_TRUE(says(SQLITE_IOERR_WRITE, "network share"));
    EXPECT_TRUE(says(SQLITE_IOERR_WRITE, "IT support"));
    EXPECT_TRUE(says(SQLITE_IOERR_READ, "network share"));
}

TEST(SqliteErrorMappingTest, CantOpenBeforeTheFileIsOpenIsNotReadable)
{
    // With no connection the file itself could not be opened: not a vanished folder.
    const StorageError error = sqliteerror::fromCode(SQLITE_CANTOPEN, nullptr, kPath);
    EXPECT_EQ(error.kind(), Kind::NotReadable);
    EXPECT_TRUE(error.message().contains(kPath));
}
