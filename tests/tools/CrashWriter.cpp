// The child of the crash-recovery test: writes edits to a municipality file without end
// and reports each one on standard output once it is committed, until the test kills it
// with SIGKILL. Two kinds of edit: a party inserted through MunicipalityFile (the app's
// own write path), and a batch of audit rows through a connection with a one-page cache,
// so SQLite spills uncommitted pages into the file and a kill leaves a hot journal.
//
// Usage: samverka_crash_writer FILE.samverka FIRST-NUMBER
// Output: "ready", then "party N" and "batch N" lines, each after its commit.

#include "Database.h"
#include "MunicipalityFile.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <unistd.h>

#include <cstdio>
#include <exception>

using namespace samverka::storage;

namespace {

/// Straight to the pipe: a line the test reads was written after the commit returned.
void report(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    qsizetype written = 0;
    while (written < text.size()) {
        const ssize_t n =
            ::write(STDOUT_FILENO, text.constData() + written, size_t(text.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

void writeBatch(Database &db, qint64 number)
{
    Transaction transaction(db);
    db.exec(QStringLiteral("DELETE FROM audit_log WHERE user LIKE 'batch-%'"));
    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO audit_log (at, user, entity, record_id, field, old_value, "
                       "new_value) VALUES ('2024-01-01T00:00:00Z', ?, 'party', ?, 'name', ?, ?)"));
    const QString user = QStringLiteral("batch-%1").arg(number);
    const QString filler = QString(120, QLatin1Char('x'));
    for (int row = 0; row < 300; ++row) {
        insert.reset();
        insert.bind(1, user).bind(2, QString::number(row)).bind(3, filler).bind(4, filler).run();
    }
    transaction.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: samverka_crash_writer FILE FIRST-NUMBER\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    qint64 number = QByteArray(argv[2]).toLongLong();
    try {
        MunicipalityFile::OpenOptions options;
        options.backupOnOpen = false;
        const auto file = MunicipalityFile::open(path, options);
        Database batches(path, Database::Mode::ReadWrite);
        batches.exec(QStringLiteral("PRAGMA cache_size = 1"));
        report("ready");
        for (;; ++number) {
            if (number % 4 == 3) {
                writeBatch(batches, number);
                report("batch " + QByteArray::number(number));
            } else {
                file->insertRecord(
                    RecordKind::Party, {},
                    QVariantMap{{QStringLiteral("kind"), QStringLiteral("other")},
                                {QStringLiteral("name"), QStringLiteral("stress-%1").arg(number)}});
                report("party " + QByteArray::number(number));
            }
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 2;
    }
}
