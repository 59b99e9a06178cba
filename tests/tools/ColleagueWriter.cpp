// A colleague's program for the two-colleagues test (issue #12): opens the file the way
// the app does (MunicipalityFile in an AppContext, so every edit is one undoable
// command) and edits one agreement at random, with undo and redo, while another process
// does the same. The test drives it over standard input and output:
//   out "ready"            once the file is open
//   in  "go"               run the operations, checking the file against the model
//   out "ops N undos U …"  when done (or "fail MESSAGE" at the first discrepancy)
//   in  "final"            the colleague is done too: check once more
//   out "own LINE"...      the model's live records, then "foreign N external E" and "done"
//
// Usage: samverka_colleague FILE AGREEMENT-ID SIDE SEED OPERATIONS

#include "ColleagueSession.h"

#include "AppContext.h"
#include "MunicipalityFile.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

using namespace samverka;

namespace {

void say(const QString &line)
{
    std::cout << line.toStdString() << std::endl; // flushed: the test reads line by line
}

bool waitFor(const char *word)
{
    std::string line;
    while (std::getline(std::cin, line))
        if (line == word)
            return true;
    return false;
}

int run(const QStringList &args)
{
    storage::MunicipalityFile::OpenOptions options;
    options.backupOnOpen = false;
    ui::AppContext context;
    context.setFile(storage::MunicipalityFile::open(args.at(1), options));
    test::ColleagueSession session(context, args.at(2), args.at(3), args.at(4).toUInt());
    const int operations = args.at(5).toInt();
    say(QStringLiteral("ready"));
    if (!waitFor("go"))
        return 1;
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= operations; ++i) {
        if (!session.step(i)) {
            say(QStringLiteral("fail after %1 operations: %2").arg(i).arg(session.failure()));
            return 2;
        }
    }
    if (!session.check()) {
        say(QStringLiteral("fail at the end: ") + session.failure());
        return 2;
    }
    say(QStringLiteral("ops %1 undos %2 external %3 ms %4")
            .arg(operations)
            .arg(session.undos())
            .arg(session.externalChangesSeen())
            .arg(clock.elapsed()));
    if (!waitFor("final"))
        return 1;
    if (!session.check()) {
        say(QStringLiteral("fail after the colleague finished: ") + session.failure());
        return 2;
    }
    for (const QString &line : session.expectedLines())
        say(QStringLiteral("own ") + line);
    say(QStringLiteral("foreign %1 external %2")
            .arg(session.foreignRecordsSeen())
            .arg(session.externalChangesSeen()));
    say(QStringLiteral("done"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: samverka_colleague FILE AGREEMENT SIDE SEED OPERATIONS\n");
        return 1;
    }
    try {
        return run(args);
    } catch (const std::exception &error) {
        say(QStringLiteral("fail: ") + QString::fromUtf8(error.what()));
        return 3;
    }
}
