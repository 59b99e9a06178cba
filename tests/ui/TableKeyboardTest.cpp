// The in-place tables and text lists, worked with the keyboard as a coordinator does
// (issue 11, item 5), from a new file: Tab walks the cells and stays in the table
// until its last cell, a new row opens for typing at once, Enter commits, and Escape
// on a row just added takes it back. Every key goes to the widget that has focus.

#include "PageNavigation.h"
#include "Typing.h"
#include "UiTestSupport.h"

#include "pages/Part1Page.h"
#include "pages/PeoplePage.h"
#include "pages/ProblemPicturePage.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/StringListEditor.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::pressKey;
using test::settle;
using test::targetOf;
using test::typeText;

namespace {

struct NewFile {
    test::TempMunicipality temp{false};
    AppContext context;
    QString agreement;

    NewFile()
    {
        temp.openInto(context);
        agreement = context.insertRecord(
            RecordKind::Agreement, {},
            {{QStringLiteral("title"), QStringLiteral("Överenskommelse 2025–2027")}});
        context.undoStack()->clear();
    }

    QUndoStack *stack() { return context.undoStack(); }
};

/// Shows the page as the active window, so keys go where focus is.
void showActive(QWidget &page)
{
    page.resize(1100, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    settle();
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// Whether the focus is in the view: on it or in one of its cell editors.
bool focusIn(const QTableView *view)
{
    for (const QWidget *w = focused(); w; w = w->parentWidget())
        if (w == view)
            return true;
    return false;
}

/// The open cell editor at (row, column), or nullptr.
QWidget *editorAt(const QTableView *view, int row, int column)
{
    return view->indexWidget(view->model()->index(row, column));
}

} // namespace

TEST(TableKeyboardTest, TabWalksTheCellsOfANewRowAndEnterCommits)
{
    NewFile f;
    PeoplePage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::People, {}));
    showActive(page);
    RecordTableEditor *people = page.people();
    QTableView *view = people->view();

    // Add: the new row is there, its first cell open for typing, the name selected.
    QTest::mouseClick(people->addButton(), Qt::LeftButton);
    ASSERT_EQ(view->model()->rowCount(), 1);
    ASSERT_NE(editorAt(view, 0, 0), nullptr);
    EXPECT_GT(view->visualRect(view->model()->index(0, 0)).height(), 0);
    EXPECT_EQ(focused(), editorAt(view, 0, 0));
    typeText(QStringLiteral("Anna Berg"));

    // Tab commits and opens the next cell; the page's reload does not close it.
    pressKey(Qt::Key_Tab);
    settle();
    ASSERT_NE(editorAt(view, 0, 1), nullptr);
    EXPECT_EQ(focused(), editorAt(view, 0, 1));
    typeText(QStringLiteral("Kommunchef"));
    pressKey(Qt::Key_Return);
    settle();

    ASSERT_EQ(f.context.file()->people().size(), 1);
    core::Person anna = f.context.file()->people().first();
    EXPECT_EQ(anna.name, QStringLiteral("Anna Berg"));
    EXPECT_EQ(anna.title, QStringLiteral("Kommunchef"));
    EXPECT_TRUE(view->hasFocus());
    EXPECT_EQ(view->currentIndex(), view->model()->index(0, 1));

    // Not editing: Tab and Shift+Tab move between cells and stay in the table, so the
    // Space that follows edits a cell instead of pressing Add.
    pressKey(Qt::Key_Tab);
    EXPECT_TRUE(view->hasFocus());
    EXPECT_EQ(view->currentIndex(), view->model()->index(0, 2));
    pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(view->currentIndex(), view->model()->index(0, 1));
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(view->currentIndex(), view->model()->index(0, 3));
    pressKey(Qt::Key_Space);
    settle();
    EXPECT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(f.context.file()->people().size(), 1);
    EXPECT_TRUE(focusIn(view));
    pressKey(Qt::Key_Escape);
    settle();
    EXPECT_EQ(f.context.file()->people().size(), 1);

    // After the last cell, Tab goes on to what follows the table.
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(view->currentIndex(), view->model()->index(0, 4));
    pressKey(Qt::Key_Tab);
    EXPECT_FALSE(focusIn(view));

    // Each cell was one step: undo takes back the title, then the name.
    f.stack()->undo();
    settle();
    EXPECT_TRUE(f.context.file()->people().first().title.isEmpty());
    EXPECT_EQ(f.context.file()->people().first().name, QStringLiteral("Anna Berg"));
}

TEST(TableKeyboardTest, EscapeOnARowJustAddedTakesItBack)
{
    NewFile f;
    PeoplePage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::People, {}));
    showActive(page);
    QTableView *view = page.people()->view();

    QTest::mouseClick(page.people()->addButton(), Qt::LeftButton);
    settle();
    ASSERT_EQ(f.context.file()->people().size(), 1);
    ASSERT_NE(editorAt(view, 0, 0), nullptr);
    pressKey(Qt::Key_Escape);
    settle();
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_TRUE(f.context.file()->people().isEmpty());
    // The Add was undone, not followed by a removal: nothing left to undo.
    EXPECT_FALSE(f.stack()->canUndo());
    EXPECT_TRUE(view->hasFocus());

    // A row that was changed stays when a later edit is cancelled.
    QTest::mouseClick(page.people()->addButton(), Qt::LeftButton);
    typeText(QStringLiteral("Bo Ek"));
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Escape);
    settle();
    ASSERT_EQ(f.context.file()->people().size(), 1);
    EXPECT_EQ(f.context.file()->people().first().name, QStringLiteral("Bo Ek"));
}

TEST(TableKeyboardTest, StartingPointsTakeANewRowTypedAtOnce)
{
    NewFile f;
    Part1Page page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Part1, f.agreement));
    showActive(page);
    auto *list = page.findChild<StringListEditor *>();
    ASSERT_NE(list, nullptr);
    QTableView *view = list->view();
    auto startingPoints = [&f] {
        return f.context.file()->agreement(f.agreement).part1.startingPoints;
    };

    // Add shows a row of its own height with its editor open.
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    ASSERT_EQ(view->model()->rowCount(), 1);
    QWidget *editor = editorAt(view, 0, 0);
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_GE(editor->height(), editor->fontMetrics().height());
    EXPECT_EQ(focused(), editor);
    typeText(QStringLiteral("Trygg stadskärna"));
    pressKey(Qt::Key_Return);
    settle();
    EXPECT_EQ(startingPoints(), QStringList{QStringLiteral("Trygg stadskärna")});
    EXPECT_TRUE(view->hasFocus());

    // Escape on a new row leaves nothing behind, in the list or in the file.
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    ASSERT_EQ(view->model()->rowCount(), 2);
    pressKey(Qt::Key_Escape);
    settle();
    EXPECT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(startingPoints(), QStringList{QStringLiteral("Trygg stadskärna")});
    EXPECT_EQ(f.stack()->count(), 1);

    // Tab commits too; in the last row it goes on to the buttons.
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    typeText(QStringLiteral("Fler vuxna ute på kvällarna"));
    pressKey(Qt::Key_Tab);
    settle();
    EXPECT_EQ(startingPoints(), (QStringList{QStringLiteral("Trygg stadskärna"),
                                             QStringLiteral("Fler vuxna ute på kvällarna")}));
    EXPECT_FALSE(focusIn(view));

    // From the first row, Tab moves to the second and stays in the list.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    pressKey(Qt::Key_Tab);
    EXPECT_TRUE(view->hasFocus());
    EXPECT_EQ(view->currentIndex().row(), 1);

    f.stack()->undo();
    settle();
    EXPECT_EQ(startingPoints(), QStringList{QStringLiteral("Trygg stadskärna")});
    EXPECT_EQ(view->model()->rowCount(), 1);
}

TEST(TableKeyboardTest, CrimeCategoriesTakeANewRowTypedAtOnce)
{
    NewFile f;
    const QString problem =
        f.context.insertRecord(RecordKind::Problem, f.agreement,
                               {{QStringLiteral("title"), QStringLiteral("Våld i centrum")}});
    ProblemPicturePage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::ProblemPicture, f.agreement, problem));
    showActive(page);
    auto *list = page.findChild<StringListEditor *>();
    ASSERT_NE(list, nullptr);

    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    ASSERT_NE(editorAt(list->view(), 0, 0), nullptr);
    typeText(QStringLiteral("Misshandel"));
    pressKey(Qt::Key_Return);
    settle();
    const QVariant stored =
        f.context.file()->field(RecordKind::Problem, problem, QStringLiteral("crimeCategories"));
    EXPECT_EQ(stored.toStringList(), QStringList{QStringLiteral("Misshandel")});
    EXPECT_TRUE(list->view()->hasFocus());
}
