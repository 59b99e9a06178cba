// Two colleagues on one file (issue #12): two processes open the same municipality file
// the way the app does and edit one agreement at once, 1,000 operations each: inserts,
// field edits, links, removals with everything under them, moves, undo and redo. Each
// side keeps a model of its own records and checks the file against it as it goes and
// once the other is done (tests/tools/ColleagueSession): nothing committed is lost, every
// undo restores its own value, no load is torn, and each side sees the other's records.
// And a write that meets a colleague's lock past the busy timeout is refused whole.

#include "UiTestSupport.h"

#include "Database.h"
#include "Statement.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <iostream>
#include <memory>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;

namespace {

constexpr int operationsPerSide = 1000;

struct Side {
    QString name;
    quint32 seed = 0;
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray out;
    QStringList own;
    int foreign = -1;
    int external = -1;

    QString context() const
    {
        return QStringLiteral("side %1, seed %2: %3")
            .arg(name)
            .arg(seed)
            .arg(QString::fromUtf8(out + process->readAllStandardError()));
    }
    /// Reads until a line starting with one of the words; returns it (empty on timeout).
    QByteArray waitLine(const QList<QByteArray> &words, int timeoutMs)
    {
        for (;;) {
            for (const QByteArray &line : out.split('\n'))
                for (const QByteArray &word : words)
                    if (line.startsWith(word))
                        return line;
            if (!process->waitForReadyRead(timeoutMs))
                return {};
            out += process->readAllStandardOutput();
        }
    }
};

int countRows(const QString &path, const QString &table)
{
    storage::Database db(path, storage::Database::Mode::ReadOnly);
    storage::Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    st.step();
    return int(st.integer(0));
}

} // namespace

TEST(TwoColleaguesTest, ThousandInterleavedEditsEachLoseNothing)
{
    test::TempMunicipality file;
    QString agreement;
    {
        const auto setup = file.open();
        agreement = setup->insertRecord(RecordKind::Agreement, {},
                                        {{QStringLiteral("title"), QStringLiteral("Delad")}});
    }
    Side sides[2];
    sides[0].name = QStringLiteral("a");
    sides[1].name = QStringLiteral("b");
    for (Side &side : sides) {
        side.seed = QRandomGenerator::global()->generate();
        side.process->start(QStringLiteral(SAMVERKA_COLLEAGUE_PATH),
                            {file.path(), agreement, side.name, QString::number(side.seed),
                             QString::number(operationsPerSide)});
        ASSERT_TRUE(side.process->waitForStarted(10000));
    }
    for (Side &side : sides)
        ASSERT_FALSE(side.waitLine({"ready"}, 30000).isEmpty()) << side.context().toStdString();
    // Both start at once: a QProcess writes its buffer only when asked to or when waited on.
    for (Side &side : sides) {
        side.process->write("go\n");
        ASSERT_TRUE(side.process->waitForBytesWritten(10000));
    }
    for (Side &side : sides) {
        const QByteArray line = side.waitLine({"ops", "fail"}, 240000);
        ASSERT_TRUE(line.startsWith("ops")) << side.context().toStdString();
        std::cout << "side " << side.name.toStdString() << ": " << line.toStdString() << "\n";
        EXPECT_FALSE(line.contains(" undos 0 ")) << "no undo was tried";
        // Seen while both were editing, not only at the end: the two really interleaved.
        EXPECT_FALSE(line.contains(" external 0 ")) << "the sides took turns instead";
    }
    for (Side &side : sides) {
        side.process->write("final\n");
        ASSERT_TRUE(side.process->waitForBytesWritten(10000));
    }
    for (Side &side : sides) {
        ASSERT_FALSE(side.waitLine({"done", "fail"}, 60000).startsWith("fail"))
            << side.context().toStdString();
        ASSERT_TRUE(side.waitLine({"done"}, 1).startsWith("done")) << side.context().toStdString();
        for (const QByteArray &line : side.out.split('\n')) {
            if (line.startsWith("own "))
                side.own << QString::fromUtf8(line.mid(4));
            if (line.startsWith("foreign ")) {
                const QList<QByteArray> words = line.split(' ');
                side.foreign = words.at(1).toInt();
                side.external = words.at(3).toInt();
            }
        }
        side.process->waitForFinished(10000);
        EXPECT_EQ(side.process->exitCode(), 0) << side.context().toStdString();
    }
    for (const Side &side : sides)
        std::cout << "side " << side.name.toStdString() << " (seed " << side.seed
                  << "): " << side.own.size() << " live records, saw " << side.foreign
                  << " of the colleague's, " << side.external << " external changes\n";
    // Each side, checked after the other finished, saw every live record of the other.
    EXPECT_EQ(sides[0].foreign, sides[1].own.size()) << sides[0].context().toStdString();
    EXPECT_EQ(sides[1].foreign, sides[0].own.size()) << sides[1].context().toStdString();
    EXPECT_GT(sides[0].external, 0);
    EXPECT_GT(sides[1].external, 0);
    EXPECT_GT(sides[0].own.size() + sides[1].own.size(), 20);

    // The file holds exactly the two sides' live records, and it is sound.
    const int live = countRows(file.path(), QStringLiteral("problems")) +
                     countRows(file.path(), QStringLiteral("causes")) +
                     countRows(file.path(), QStringLiteral("measures"));
    EXPECT_EQ(live, sides[0].own.size() + sides[1].own.size());
    EXPECT_EQ(file.open()->integrityCheck(), QStringLiteral("ok"));
}

TEST(TwoColleaguesTest, AnEditThatMeetsTheLockPastTheBusyTimeoutIsRefusedWhole)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString id = context.insertRecord(RecordKind::Agreement, {},
                                            {{QStringLiteral("title"), QStringLiteral("Före")}});
    ASSERT_FALSE(id.isEmpty());
    const int steps = context.undoStack()->count();
    QSignalSpy errors(&context, &AppContext::errorOccurred);

    storage::Database colleague(file.path(), storage::Database::Mode::ReadWrite);
    colleague.exec(QStringLiteral("BEGIN IMMEDIATE")); // a colleague's long write
    EXPECT_FALSE(context.setField(RecordKind::Agreement, id, QStringLiteral("title"),
                                  QStringLiteral("Efter")));
    EXPECT_TRUE(context.insertRecord(RecordKind::Problem, id, {}).isEmpty());
    colleague.exec(QStringLiteral("ROLLBACK"));

    ASSERT_EQ(errors.count(), 2);
    const QString message = errors.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("someone else"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("try again"))) << message.toStdString();
    EXPECT_EQ(context.undoStack()->count(), steps) << "a refused edit became an undo step";
    EXPECT_EQ(context.file()->agreement(id).title, QStringLiteral("Före"));
    EXPECT_TRUE(context.file()->agreement(id).problems.isEmpty());

    // Once the colleague is done, the same edit goes through.
    EXPECT_TRUE(context.setField(RecordKind::Agreement, id, QStringLiteral("title"),
                                 QStringLiteral("Efter")));
    EXPECT_EQ(context.undoStack()->count(), steps + 1);
}
