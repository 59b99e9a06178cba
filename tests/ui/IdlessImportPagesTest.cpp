// Review comments and the signatories of citizen promise sets imported without ids
// (tests/data/exchange/idless_comments_promises.json) are worked on in their pages by
// the file's id of their row: a comment is selected, replied to, resolved,
// reopened and removed; a signatory is edited and ticked as signed; each step undoes
// and redoes, and a reopened file shows the last state.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "ExchangeReader.h"
#include "TextSearch.h"
#include "models/RecordId.h"
#include "models/RecordTableModel.h"
#include "pages/CommentsPage.h"
#include "pages/PromiseSetsPage.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::settle;
using test::targetOf;

namespace {

/// A file made from the fixture, opened into a context as the app opens one.
struct ImportedFile {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("Import.samverka"));
    AppContext context;

    ImportedFile()
    {
        QFile json(
            QStringLiteral(SAMVERKA_TEST_DATA_DIR "/exchange/idless_comments_promises.json"));
        if (!json.open(QIODevice::ReadOnly))
            return;
        storage::MunicipalityFile::createFrom(path, core::ExchangeReader::read(json.readAll()).data)
            .reset();
        reopen();
    }

    void reopen()
    {
        context.closeFile();
        storage::MunicipalityFile::OpenOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        context.setFile(storage::MunicipalityFile::open(path, options));
    }

    QList<core::ReviewComment> comments() const
    {
        return context.file()->agreement(QStringLiteral("a1")).comments;
    }

    QList<core::Signature> signatories() const
    {
        return context.file()->promiseSets().first().signatures;
    }
};

template <typename T> T *childNamed(QWidget &parent, const QString &name)
{
    for (T *child : parent.findChildren<T *>())
        if (child->accessibleName() == name || child->text() == name)
            return child;
    return nullptr;
}

QPlainTextEdit *replyField(QWidget &page)
{
    for (QPlainTextEdit *edit : page.findChildren<QPlainTextEdit *>())
        if (edit->accessibleName() == QStringLiteral("Reply"))
            return edit;
    return nullptr;
}

QPushButton *button(QWidget &page, const QString &text)
{
    return childNamed<QPushButton>(page, text);
}

QString thread(QWidget &page)
{
    const auto browsers = page.findChildren<QTextBrowser *>();
    return browsers.isEmpty() ? QString() : browsers.first()->toPlainText();
}

RecordTableEditor *tableFor(QWidget &page, RecordKind kind)
{
    for (RecordTableEditor *table : page.findChildren<RecordTableEditor *>())
        if (table->kind() == kind)
            return table;
    return nullptr;
}

} // namespace

TEST(IdlessImportPagesTest, ACommentWithoutIdIsRepliedToResolvedReopenedAndRemoved)
{
    ImportedFile f;
    ASSERT_TRUE(f.context.hasFile());
    ASSERT_EQ(f.comments().size(), 3);
    ASSERT_TRUE(f.comments().at(0).id.isEmpty());
    QUndoStack *stack = f.context.undoStack();
    const QString first = f.comments().at(0).rowId.value;
    const QString third = f.comments().at(2).rowId.value;

    CommentsPage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Comments, QStringLiteral("a1")));
    settle();
    ASSERT_EQ(page.list()->tree()->topLevelItemCount(), 3);

    // Selectable, and the thread shows the imported reply.
    page.list()->selectId(first);
    settle();
    ASSERT_EQ(page.list()->currentId(), first);
    EXPECT_TRUE(thread(page).contains(QStringLiteral("Förtydliga syftet.")));
    EXPECT_TRUE(thread(page).contains(QStringLiteral("Vi ser över det.")));

    // Reply through the form.
    QPlainTextEdit *reply = replyField(page);
    QPushButton *replyButton = button(page, QStringLiteral("&Reply"));
    ASSERT_NE(reply, nullptr);
    ASSERT_NE(replyButton, nullptr);
    ASSERT_TRUE(replyButton->isEnabled());
    reply->setPlainText(QStringLiteral("Nytt utkast skickat."));
    replyButton->click();
    settle();
    ASSERT_EQ(f.comments().at(0).replies.size(), 2);
    EXPECT_EQ(f.comments().at(0).replies.at(1).text, QStringLiteral("Nytt utkast skickat."));
    EXPECT_TRUE(thread(page).contains(QStringLiteral("Nytt utkast skickat.")));

    // Resolve through the button: the open-only list hides it.
    QPushButton *resolve = button(page, QStringLiteral("Mark as resolved"));
    ASSERT_NE(resolve, nullptr);
    resolve->click();
    settle();
    EXPECT_TRUE(f.comments().at(0).resolved);
    EXPECT_EQ(page.list()->tree()->topLevelItemCount(), 2);

    stack->undo(); // the resolve
    settle();
    EXPECT_FALSE(f.comments().at(0).resolved);
    stack->undo(); // the reply
    settle();
    EXPECT_EQ(f.comments().at(0).replies.size(), 1);
    stack->redo();
    stack->redo();
    settle();
    EXPECT_EQ(f.comments().at(0).replies.size(), 2);
    EXPECT_TRUE(f.comments().at(0).resolved);

    // Shown with the resolved ones, it can be reopened by its id.
    page.setOnlyOpen(false);
    settle();
    page.list()->selectId(first);
    settle();
    ASSERT_EQ(page.list()->currentId(), first);
    QPushButton *reopen = button(page, QStringLiteral("Reopen"));
    ASSERT_NE(reopen, nullptr);
    reopen->click();
    settle();
    EXPECT_FALSE(f.comments().at(0).resolved);
    stack->undo();
    settle();
    EXPECT_TRUE(f.comments().at(0).resolved);

    // Remove the third, which has no id either; undo puts it back in its place.
    page.list()->selectId(third);
    settle();
    ASSERT_EQ(page.list()->currentId(), third);
    ASSERT_TRUE(page.list()->removeButton()->isEnabled());
    page.list()->removeButton()->click();
    settle();
    ASSERT_EQ(f.comments().size(), 2);
    stack->undo();
    settle();
    ASSERT_EQ(f.comments().size(), 3);
    EXPECT_EQ(f.comments().at(2).text, QStringLiteral("Lägg till lokalpolisområdeschefen."));
    EXPECT_TRUE(f.comments().at(2).id.isEmpty());
    stack->redo();
    settle();
    EXPECT_EQ(f.comments().size(), 2);

    // A search hit on a comment without id leads to that comment.
    const QList<SearchHit> hits =
        TextSearch::search(f.context.file()->loadAll(), QStringLiteral("Förtydliga syftet"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().target.page, NavTarget::Page::Comments);
    EXPECT_EQ(hits.first().target.recordId, first);

    // A reopened file shows the last state, still without ids.
    f.reopen();
    CommentsPage again(f.context);
    again.setOnlyOpen(false);
    again.showTarget(targetOf(NavTarget::Page::Comments, QStringLiteral("a1"), first));
    settle();
    ASSERT_EQ(f.comments().size(), 2);
    EXPECT_TRUE(f.comments().at(0).resolved);
    EXPECT_TRUE(f.comments().at(0).id.isEmpty());
    EXPECT_EQ(again.list()->tree()->topLevelItemCount(), 2);
    EXPECT_EQ(again.list()->currentId(), first);
    EXPECT_TRUE(thread(again).contains(QStringLiteral("Nytt utkast skickat.")));
}

TEST(IdlessImportPagesTest, PromiseSetSignatoriesWithoutIdsAreEditedAndSigned)
{
    ImportedFile f;
    ASSERT_TRUE(f.context.hasFile());
    ASSERT_EQ(f.signatories().size(), 2);
    ASSERT_TRUE(f.signatories().at(1).id.isEmpty());
    QUndoStack *stack = f.context.undoStack();

    PromiseSetsPage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::PromiseSets, {}, QStringLiteral("ps1")));
    settle();
    ASSERT_EQ(page.list()->currentId(), QStringLiteral("ps1"));
    RecordTableEditor *table = tableFor(page, RecordKind::Signature);
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(table->model()->idAt(1), f.signatories().at(1).rowId.value);

    // Columns: person, name, title, party, place, date, signed.
    QAbstractItemModel *model = table->model();
    ASSERT_TRUE(model->setData(model->index(1, 4), QStringLiteral("Härnösand"), Qt::EditRole));
    settle();
    ASSERT_TRUE(model->setData(model->index(1, 6), Qt::Checked, Qt::CheckStateRole));
    settle();
    EXPECT_EQ(f.signatories().at(1).place, QStringLiteral("Härnösand"));
    EXPECT_TRUE(f.signatories().at(1).signed_);
    EXPECT_FALSE(f.signatories().at(0).signed_);

    stack->undo();
    settle();
    EXPECT_FALSE(f.signatories().at(1).signed_);
    EXPECT_EQ(model->data(model->index(1, 6), Qt::CheckStateRole).toInt(), Qt::Unchecked);
    stack->redo();
    settle();
    EXPECT_TRUE(f.signatories().at(1).signed_);

    // Remove the first by its id; undo brings it back first.
    table->view()->setCurrentIndex(model->index(0, 0));
    ASSERT_EQ(table->currentId(), f.signatories().at(0).rowId.value);
    ASSERT_TRUE(table->removeCurrent());
    settle();
    ASSERT_EQ(f.signatories().size(), 1);
    stack->undo();
    settle();
    ASSERT_EQ(f.signatories().size(), 2);
    EXPECT_EQ(f.signatories().at(0).name, QStringLiteral("Anna Andersson"));

    f.reopen();
    PromiseSetsPage again(f.context);
    again.showTarget(targetOf(NavTarget::Page::PromiseSets, {}, QStringLiteral("ps1")));
    settle();
    RecordTableEditor *shown = tableFor(again, RecordKind::Signature);
    ASSERT_NE(shown, nullptr);
    ASSERT_EQ(shown->model()->rowCount(), 2);
    EXPECT_EQ(shown->model()->data(shown->model()->index(1, 6), Qt::CheckStateRole).toInt(),
              Qt::Checked);
    EXPECT_EQ(shown->model()->data(shown->model()->index(1, 4), Qt::DisplayRole).toString(),
              QStringLiteral("Härnösand"));
    EXPECT_TRUE(f.signatories().at(1).signed_);
    EXPECT_TRUE(f.signatories().at(1).id.isEmpty());
}
