// I/O errors through the UI's undoable command path (issue #12): an edit that meets a full
// disk, a failing write or sync, a file turned read-only or a vanished folder is reported
// (errorOccurred, the message a person reads) and does not join the undo stack; the
// commands before it still undo and redo, durably, once the fault is gone. Faults come
// from FaultInjectingVfs, a shim over SQLite's default VFS.

#include "UiTestSupport.h"

#include "FaultInjectingVfs.h"

#include "Database.h"
#include "Statement.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include <functional>
#include <vector>

using namespace samverka;
using namespace samverka::ui;
using samverka::testing::FaultInjectingVfs;
using storage::RecordKind;

namespace {

const QString kTitle = QStringLiteral("title");

struct NamedFault {
    const char *name;
    std::vector<FaultInjectingVfs::Fault> faults;
    const char *says; ///< a piece of the message the user is shown
};

class AppContextIoFaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file.openInto(m_context);
        m_id = m_context.insertRecord(RecordKind::Agreement, {}, {{kTitle, QStringLiteral("A")}});
        ASSERT_FALSE(m_id.isEmpty());
        ASSERT_TRUE(m_context.setField(RecordKind::Agreement, m_id, kTitle, QStringLiteral("B")));
        // How many writes and syncs one such edit makes: each of them is made to fail.
        m_vfs.resetCounts();
        ASSERT_TRUE(m_context.setField(RecordKind::Agreement, m_id, kTitle, QStringLiteral("C")));
        m_writes = m_vfs.calls(FaultInjectingVfs::Operation::Write);
        m_syncs = m_vfs.calls(FaultInjectingVfs::Operation::Sync);
        ASSERT_GT(m_writes, 1);
        ASSERT_GT(m_syncs, 1);
        ASSERT_EQ(m_context.undoStack()->count(), 3);
    }

    void TearDown() override { m_context.closeFile(); } // before the VFS it went through

    /// The title as a new connection reads it, after checking the file's integrity.
    QString storedTitle() const
    {
        {
            storage::Database db(m_file.path(), storage::Database::Mode::ReadWrite);
            storage::Statement check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
            EXPECT_TRUE(check.step());
            EXPECT_EQ(check.text(0), QStringLiteral("ok"));
        }
        return m_file.open()->agreement(m_id).title;
    }

    /// One edit with the fault armed: refused, told, not on the stack; then with the
    /// fault gone the earlier commands undo and redo, and each step is in the file.
    void expectRefusedAndUndoIntact(const NamedFault &fault, int n)
    {
        SCOPED_TRACE(::testing::Message() << fault.name << " " << n);
        QSignalSpy errors(&m_context, &AppContext::errorOccurred);
        const int count = m_context.undoStack()->count();
        const int index = m_context.undoStack()->index();
        m_vfs.arm(fault.faults);
        EXPECT_FALSE(m_context.setField(RecordKind::Agreement, m_id, kTitle, QStringLiteral("X")));
        EXPECT_TRUE(m_context.lastRefusalMayPass()) << "a fault that passes, not a rule";
        m_vfs.disarm();
        ASSERT_EQ(errors.count(), 1);
        const QString message = errors.first().first().toString();
        EXPECT_TRUE(message.contains(QLatin1String(fault.says))) << message.toStdString();
        EXPECT_TRUE(message.contains(QDir::toNativeSeparators(m_file.path())));
        EXPECT_EQ(m_context.undoStack()->count(), count) << "the failed edit joined the stack";
        EXPECT_EQ(m_context.undoStack()->index(), index);
        EXPECT_EQ(storedTitle(), QStringLiteral("C"));

        m_context.undoStack()->undo();
        EXPECT_EQ(storedTitle(), QStringLiteral("B"));
        m_context.undoStack()->undo();
        EXPECT_EQ(storedTitle(), QStringLiteral("A"));
        m_context.undoStack()->redo();
        m_context.undoStack()->redo();
        EXPECT_EQ(storedTitle(), QStringLiteral("C"));
        EXPECT_EQ(errors.count(), 1) << "undo or redo failed after the fault was gone";
        EXPECT_EQ(m_context.undoStack()->count(), count);
    }

    test::TempMunicipality m_file;
    FaultInjectingVfs m_vfs{m_file.path()};
    AppContext m_context;
    QString m_id;
    int m_writes = 0;
    int m_syncs = 0;
};

} // namespace

TEST_F(AppContextIoFaultTest, AFailedEditIsToldAndLeavesTheUndoStackAsItWas)
{
    using F = FaultInjectingVfs;
    std::vector<NamedFault> cases = {
        {"full disk", {F::fullDisk()}, "is full"},
        {"full disk at the commit", {F::fullDisk(4)}, "is full"},
        {"read-only", {F::readOnlyFromNow()}, "read-only"},
        {"vanished folder", {F::vanishedFolder()}, "network share"},
        {"dropped share", F::droppedShare(), "network share"},
    };
    for (int n = 1; n <= m_writes; ++n)
        cases.push_back({"failing write", {F::failingWrite(n)}, "could not be written"});
    for (int n = 1; n <= m_syncs; ++n)
        cases.push_back({"failing sync", {F::failingSync(n)}, "could not be written"});
    for (std::size_t i = 0; i < cases.size(); ++i)
        expectRefusedAndUndoIntact(cases.at(i), static_cast<int>(i));
}

TEST_F(AppContextIoFaultTest, AnUndoThatMeetsAFullDiskChangesNothingAndIsNotPretended)
{
    QSignalSpy errors(&m_context, &AppContext::errorOccurred);
    m_vfs.arm(FaultInjectingVfs::fullDisk());
    m_context.undoStack()->undo();
    m_vfs.disarm();
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("is full")));
    EXPECT_EQ(storedTitle(), QStringLiteral("C"));
    // The command whose undo failed is dropped (FileCommand): the stack offers nothing
    // the file does not hold. What is left still undoes, and is durable.
    EXPECT_EQ(m_context.undoStack()->count(), 2);
    EXPECT_EQ(m_context.undoStack()->index(), 2);
    m_context.undoStack()->undo();
    EXPECT_EQ(storedTitle(), QStringLiteral("A"));
    EXPECT_EQ(errors.count(), 1);
}
