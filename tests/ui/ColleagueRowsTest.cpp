// Rows beside a colleague (issue #12, defect 4): a colleague on another connection
// inserts a row before the one this window is editing, or edits another one. The edit
// typed into the page and its undo land on the row the user meant, never on its
// neighbour, and the colleague's row and edit are kept. Starting points are edited row
// by row, so an edit of one never writes the whole list over a colleague's.
// From a new file; this window works through the real widgets, the colleague through a
// MunicipalityFile of its own. The window has not reloaded yet when it types: its view is
// as stale as a real one between two polls.

#include "PageNavigation.h"
#include "Typing.h"
#include "UiTestSupport.h"

#include "pages/AgreementPage.h"
#include "pages/Part1Page.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/StringListEditor.h"

#include <gtest/gtest.h>

#include <QApplication>
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

struct Window {
    test::TempMunicipality temp{false};
    AppContext context;
    QString agreement;

    Window()
    {
        temp.openInto(context);
        agreement = context.insertRecord(
            RecordKind::Agreement, {},
            {{QStringLiteral("title"), QStringLiteral("Överenskommelse 2025–2027")}});
        context.undoStack()->clear();
    }

    core::Agreement stored() const { return context.file()->agreement(agreement); }
};

void showActive(QWidget &page)
{
    page.resize(1100, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    settle();
}

/// Opens the cell for typing with the keyboard, replaces its text and commits it.
void retype(QTableView *view, int row, int column, const QString &text)
{
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(view->model()->index(row, column));
    pressKey(Qt::Key_F2);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(text);
    pressKey(Qt::Key_Return);
    settle();
}

/// Adds a starting point as the user does: Add, type, Enter.
void addStartingPoint(StringListEditor *list, const QString &text)
{
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    typeText(text);
    pressKey(Qt::Key_Return);
    settle();
}

QStringList diaryNumbers(const core::Agreement &a)
{
    QStringList out;
    for (const core::DiaryNumber &n : a.diaryNumbers)
        out << n.number;
    return out;
}

} // namespace

TEST(ColleagueRowsTest, AStartingPointEditAndItsUndoKeepToTheirRowBesideAColleaguesInsert)
{
    Window w;
    Part1Page page(w.context);
    page.showTarget(targetOf(NavTarget::Page::Part1, w.agreement));
    showActive(page);
    auto *list = page.findChild<StringListEditor *>();
    ASSERT_NE(list, nullptr);
    addStartingPoint(list, QStringLiteral("Första"));
    addStartingPoint(list, QStringLiteral("Andra"));
    ASSERT_EQ(w.stored().part1.startingPoints,
              (QStringList{QStringLiteral("Första"), QStringLiteral("Andra")}));

    const auto colleague = w.temp.open();
    colleague->insertRecord(RecordKind::StartingPoint, w.agreement,
                            {{QStringLiteral("text"), QStringLiteral("Kollegans")}}, 0);
    ASSERT_EQ(list->view()->model()->rowCount(), 2) << "the window has not reloaded yet";

    retype(list->view(), 1, 0, QStringLiteral("Andra, ändrad"));
    EXPECT_EQ(colleague->agreement(w.agreement).part1.startingPoints,
              (QStringList{QStringLiteral("Kollegans"), QStringLiteral("Första"),
                           QStringLiteral("Andra, ändrad")}))
        << "the colleague's starting point is kept and the edit reached its own row";

    w.context.undoStack()->undo();
    settle();
    EXPECT_EQ(colleague->agreement(w.agreement).part1.startingPoints,
              (QStringList{QStringLiteral("Kollegans"), QStringLiteral("Första"),
                           QStringLiteral("Andra")}));
    w.context.undoStack()->redo();
    settle();
    EXPECT_EQ(colleague->agreement(w.agreement).part1.startingPoints.at(2),
              QStringLiteral("Andra, ändrad"));
}

TEST(ColleagueRowsTest, AColleaguesEditOfOneStartingPointSurvivesAnEditOfAnother)
{
    Window w;
    Part1Page page(w.context);
    page.showTarget(targetOf(NavTarget::Page::Part1, w.agreement));
    showActive(page);
    auto *list = page.findChild<StringListEditor *>();
    ASSERT_NE(list, nullptr);
    addStartingPoint(list, QStringLiteral("Första"));
    addStartingPoint(list, QStringLiteral("Andra"));

    const auto colleague = w.temp.open();
    const QString first = colleague->agreement(w.agreement).part1.startingPointIds.value.at(0);
    colleague->setField(RecordKind::StartingPoint, first, QStringLiteral("text"),
                        QStringLiteral("Första, enligt kollegan"));
    ASSERT_EQ(list->view()->model()->index(0, 0).data().toString(), QStringLiteral("Första"))
        << "the window has not reloaded yet";

    retype(list->view(), 1, 0, QStringLiteral("Andra, ändrad"));
    EXPECT_EQ(
        colleague->agreement(w.agreement).part1.startingPoints,
        (QStringList{QStringLiteral("Första, enligt kollegan"), QStringLiteral("Andra, ändrad")}));

    // Removing one's own row leaves the colleague's edit too; undo puts it back in place.
    list->view()->setCurrentIndex(list->view()->model()->index(1, 0));
    QTest::mouseClick(list->removeButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(colleague->agreement(w.agreement).part1.startingPoints,
              QStringList{QStringLiteral("Första, enligt kollegan")});
    w.context.undoStack()->undo();
    settle();
    EXPECT_EQ(
        colleague->agreement(w.agreement).part1.startingPoints,
        (QStringList{QStringLiteral("Första, enligt kollegan"), QStringLiteral("Andra, ändrad")}));
}

TEST(ColleagueRowsTest, ADiaryNumberEditLandsOnItsRowBesideAColleaguesInsert)
{
    Window w;
    AgreementPage page(w.context);
    page.showTarget(targetOf(NavTarget::Page::Agreement, w.agreement));
    showActive(page);
    RecordTableEditor *table = nullptr;
    for (RecordTableEditor *t : page.findChildren<RecordTableEditor *>())
        if (t->kind() == RecordKind::DiaryNumber)
            table = t;
    ASSERT_NE(table, nullptr);
    for (const QString &number : {QStringLiteral("KS 2025/1"), QStringLiteral("KS 2025/2")}) {
        // Add opens the party's cell; Tab goes on to the number's.
        QTest::mouseClick(table->addButton(), Qt::LeftButton);
        settle();
        pressKey(Qt::Key_Tab);
        typeText(number);
        pressKey(Qt::Key_Return);
        settle();
    }
    ASSERT_EQ(diaryNumbers(w.stored()),
              (QStringList{QStringLiteral("KS 2025/1"), QStringLiteral("KS 2025/2")}));

    // The colleague adds one first, while this window still shows two rows.
    const auto colleague = w.temp.open();
    colleague->insertRecord(RecordKind::DiaryNumber, w.agreement,
                            {{QStringLiteral("number"), QStringLiteral("A 99/2025")}}, 0);
    ASSERT_EQ(table->model()->rowCount(), 2) << "the window has not reloaded yet";
    retype(table->view(), 1, 1, QStringLiteral("KS 2025/22"));
    EXPECT_EQ(diaryNumbers(colleague->agreement(w.agreement)),
              (QStringList{QStringLiteral("A 99/2025"), QStringLiteral("KS 2025/1"),
                           QStringLiteral("KS 2025/22")}));

    // And once more the other way round: the edit first, then the colleague's insert,
    // then the undo, which restores this window's row and leaves the others.
    settle();
    page.reload();
    retype(table->view(), 1, 1, QStringLiteral("KS 2025/11"));
    colleague->insertRecord(RecordKind::DiaryNumber, w.agreement,
                            {{QStringLiteral("number"), QStringLiteral("B 7/2025")}}, 0);
    w.context.undoStack()->undo();
    settle();
    EXPECT_EQ(diaryNumbers(colleague->agreement(w.agreement)),
              (QStringList{QStringLiteral("B 7/2025"), QStringLiteral("A 99/2025"),
                           QStringLiteral("KS 2025/1"), QStringLiteral("KS 2025/22")}));
    w.context.undoStack()->undo(); // the edit of the stale row
    settle();
    EXPECT_EQ(diaryNumbers(colleague->agreement(w.agreement)),
              (QStringList{QStringLiteral("B 7/2025"), QStringLiteral("A 99/2025"),
                           QStringLiteral("KS 2025/1"), QStringLiteral("KS 2025/2")}));
}
