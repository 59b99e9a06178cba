// Undo beside a colleague (issue #12, defect 3), through AppContext: an edit that waits
// for a colleague's commit replaces the colleague's value, so its undo restores that value
// and not the one this window read a moment before. Two MunicipalityFiles on one file.

#include "UiTestSupport.h"

#include "Database.h"
#include "Transaction.h"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;

namespace {

/// A colleague's program mid-commit: holds the write lock with sql applied until the
/// caller, told that it holds it, is waiting for the lock; then commits.
std::thread colleagueCommitting(const QString &path, const QString &sql)
{
    std::promise<void> holding;
    std::future<void> held = holding.get_future();
    std::thread thread([path, sql, promise = std::move(holding)]() mutable {
        storage::Database db(path, storage::Database::Mode::ReadWrite);
        storage::Transaction transaction(db);
        db.exec(sql);
        promise.set_value();
        // Only the order matters: the other side waits for the lock far longer.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        transaction.commit();
    });
    held.wait();
    return thread;
}

} // namespace

TEST(AppContextColleagueTest, UndoRestoresTheColleaguesValueThisEditReplaced)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString id = context.insertRecord(RecordKind::Agreement, {},
                                            {{QStringLiteral("title"), QStringLiteral("Början")}});
    ASSERT_FALSE(id.isEmpty());
    const auto colleague = file.open();

    std::thread thread = colleagueCommitting(
        file.path(),
        QStringLiteral("UPDATE agreements SET title = 'Kollegans' WHERE id = '%1'").arg(id));
    const bool written = context.setField(RecordKind::Agreement, id, QStringLiteral("title"),
                                          QStringLiteral("Min"), QStringLiteral("Ändra titel"));
    thread.join();
    ASSERT_TRUE(written);
    EXPECT_EQ(colleague->agreement(id).title, QStringLiteral("Min"));

    context.undoStack()->undo();
    EXPECT_EQ(colleague->agreement(id).title, QStringLiteral("Kollegans"))
        << "undo restored a value from before the colleague's commit";
    context.undoStack()->redo();
    EXPECT_EQ(colleague->agreement(id).title, QStringLiteral("Min"));
}

TEST(AppContextColleagueTest, UndoOfAMovePutsTheRecordBackBehindTheColleaguesInsert)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    QStringList ids;
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        ids << context.insertRecord(RecordKind::Party, {}, {{QStringLiteral("name"), name}});
    const auto colleague = file.open();

    std::thread thread =
        colleagueCommitting(file.path(), QStringLiteral("INSERT INTO parties (id, name, position) "
                                                        "VALUES ('colleague', 'Kollegans', -1)"));
    ASSERT_TRUE(context.moveRecord(RecordKind::Party, ids.at(2), 0));
    thread.join();
    const auto names = [&] {
        QStringList out;
        for (const auto &party : colleague->parties())
            out << party.name;
        return out;
    };
    EXPECT_EQ(names(), (QStringList{QStringLiteral("C"), QStringLiteral("Kollegans"),
                                    QStringLiteral("A"), QStringLiteral("B")}));
    context.undoStack()->undo();
    EXPECT_EQ(names(), (QStringList{QStringLiteral("Kollegans"), QStringLiteral("A"),
                                    QStringLiteral("B"), QStringLiteral("C")}));
}
