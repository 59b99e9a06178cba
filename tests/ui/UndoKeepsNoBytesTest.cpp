// The undo stack keeps no attachment bytes (issue #13): a removed attachment's content
// waits in the file while an undo step may bring it back, and goes when that step goes,
// through the real undo commands of AppContext: undo and redo of a removal, an insert
// undone and then left behind by a new edit, and closing the file.

#include "UiTestSupport.h"

#include "Database.h"
#include "Statement.h"

#include <gtest/gtest.h>

#include <QUndoStack>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;

namespace {

qint64 keptRows(const QString &path)
{
    storage::Database db(path, storage::Database::Mode::ReadOnly);
    storage::Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM kept_blobs"));
    return st.step() ? st.int64(0) : -1;
}

QString addAttachment(AppContext &context, const QByteArray &bytes)
{
    return context.insertRecord(RecordKind::Attachment, {},
                                {{QStringLiteral("name"), QStringLiteral("Lägesbild.pdf")},
                                 {QStringLiteral("mediaType"), QStringLiteral("application/pdf")},
                                 {QStringLiteral("data"), bytes}});
}

} // namespace

TEST(UndoKeepsNoBytesTest, ARemovalsBytesWaitInTheFileUntilItsUndoStepGoes)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QByteArray bytes(300 * 1024, 'x');
    const QString id = addAttachment(context, bytes);
    ASSERT_FALSE(id.isEmpty());

    ASSERT_TRUE(context.removeRecord(RecordKind::Attachment, id));
    EXPECT_EQ(keptRows(file.path()), 1);
    context.undoStack()->undo();
    EXPECT_EQ(context.file()->attachmentData(id), bytes);
    EXPECT_EQ(keptRows(file.path()), 0);
    context.undoStack()->redo();
    EXPECT_EQ(keptRows(file.path()), 1);

    context.closeFile(); // the steps go: so do their bytes
    EXPECT_EQ(keptRows(file.path()), 0);
}

TEST(UndoKeepsNoBytesTest, AnUndoneInsertLeftBehindByANewEditDropsItsBytes)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString id = addAttachment(context, QByteArray(64 * 1024, 'y'));
    context.undoStack()->undo(); // the insert undone: the attachment is removed
    EXPECT_EQ(keptRows(file.path()), 1);
    context.undoStack()->redo();
    EXPECT_EQ(keptRows(file.path()), 0);
    EXPECT_EQ(context.file()->attachmentData(id).size(), 64 * 1024);

    context.undoStack()->undo();
    EXPECT_EQ(keptRows(file.path()), 1);
    // A new edit drops the undone insert from the stack, and with it the bytes.
    ASSERT_TRUE(context.setField(RecordKind::Municipality, {}, QStringLiteral("county"),
                                 QStringLiteral("Västernorrlands län")));
    EXPECT_EQ(keptRows(file.path()), 0);
}
