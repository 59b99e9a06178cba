// Population typed in by hand is edited like every other record: adding a year,
// changing a value and removing a year are each one command on the undo stack, undo
// and redo reach the file, and a reopened file shows the last state.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "widgets/StatisticsPopulationEditor.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCoreApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace samverka;
using namespace samverka::ui;
using test::settle;

namespace {

/// The year's population in the file, or -1 when it has none.
qint64 stored(const AppContext &context, int year)
{
    for (const core::Population &row : context.file()->population())
        if (row.year == year)
            return row.value;
    return -1;
}

QTableWidgetItem *valueItem(StatisticsPopulationEditor &editor, int year)
{
    QTableWidget *table = editor.table();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == QString::number(year))
            return table->item(row, 1);
    return nullptr;
}

/// Lets the editor's queued reload run, as after a real edit.

} // namespace

TEST(PopulationUndoTest, TypedPopulationIsUndoableAndSurvivesReopen)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    StatisticsPopulationEditor editor(context);
    QUndoStack *stack = context.undoStack();

    // Add a year: one insert command.
    ASSERT_TRUE(editor.setPopulation(2023, 24539));
    EXPECT_EQ(stored(context, 2023), 24539);
    ASSERT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Add population 2023"));
    settle();

    // Change it by typing into the table, as a user does (spaces as thousands separator).
    QTableWidgetItem *item = valueItem(editor, 2023);
    ASSERT_NE(item, nullptr);
    item->setText(QStringLiteral("24 600"));
    settle();
    EXPECT_EQ(stored(context, 2023), 24600);
    ASSERT_EQ(stack->count(), 2);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Change population 2023"));

    // A second year, then remove it with the button.
    ASSERT_TRUE(editor.setPopulation(2024, 24481));
    settle();
    QTableWidgetItem *item2024 = valueItem(editor, 2024);
    ASSERT_NE(item2024, nullptr);
    editor.table()->setCurrentItem(item2024);
    QPushButton *removeButton = nullptr;
    for (QPushButton *button : editor.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Remove year"))
            removeButton = button;
    ASSERT_NE(removeButton, nullptr);
    ASSERT_TRUE(removeButton->isEnabled());
    removeButton->click();
    settle();
    EXPECT_EQ(stored(context, 2024), -1);
    ASSERT_EQ(stack->count(), 4);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Remove population 2024"));

    // Clearing a value removes that year too.
    item = valueItem(editor, 2023);
    ASSERT_NE(item, nullptr);
    item->setText(QString());
    settle();
    EXPECT_EQ(stored(context, 2023), -1);
    ASSERT_EQ(stack->count(), 5);

    // Undo all the way back, checking the file and the table at each step.
    stack->undo();
    settle();
    EXPECT_EQ(stored(context, 2023), 24600);
    ASSERT_NE(valueItem(editor, 2023), nullptr);
    EXPECT_FALSE(valueItem(editor, 2023)->text().isEmpty());
    stack->undo();
    EXPECT_EQ(stored(context, 2024), 24481);
    stack->undo();
    EXPECT_EQ(stored(context, 2024), -1);
    stack->undo();
    EXPECT_EQ(stored(context, 2023), 24539);
    stack->undo();
    EXPECT_EQ(stored(context, 2023), -1);
    EXPECT_TRUE(context.file()->population().isEmpty());

    // Redo the first three: 2023 at 24 600, 2024 at 24 481.
    stack->redo();
    stack->redo();
    stack->redo();
    EXPECT_EQ(stored(context, 2023), 24600);
    EXPECT_EQ(stored(context, 2024), 24481);
    settle();
    ASSERT_NE(valueItem(editor, 2024), nullptr);
    EXPECT_FALSE(valueItem(editor, 2024)->text().isEmpty());

    // Undo, redo and edits are all on disk: reopen and look.
    file.openInto(context);
    EXPECT_EQ(stack->count(), 0);
    EXPECT_EQ(stored(context, 2023), 24600);
    EXPECT_EQ(stored(context, 2024), 24481);
    EXPECT_EQ(context.file()->population().size(), 2);
}

TEST(PopulationUndoTest, UndoAndRedoAreOfferedInsideTheDialog)
{
    // The editor lives in a modal dialog, where the main window's Edit menu is out of
    // reach: it carries Ctrl+Z and Ctrl+Shift+Z of the same stack itself.
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    StatisticsPopulationEditor editor(context);
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    for (QAction *action : editor.actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
        if (action->shortcut() == QKeySequence(QKeySequence::Redo))
            redo = action;
    }
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_FALSE(undo->isEnabled());
    ASSERT_TRUE(editor.setPopulation(2023, 24539));
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(stored(context, 2023), -1);
    redo->trigger();
    EXPECT_EQ(stored(context, 2023), 24539);
}

TEST(PopulationUndoTest, RefusedValuesPushNothing)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    StatisticsPopulationEditor editor(context);
    QSignalSpy errors(&context, &AppContext::errorOccurred);

    EXPECT_FALSE(editor.setPopulation(2023, 0));
    EXPECT_FALSE(editor.setPopulation(2023, -3));
    EXPECT_FALSE(editor.removePopulation(2023)); // nothing to remove
    EXPECT_EQ(context.undoStack()->count(), 0);
    EXPECT_EQ(errors.count(), 2);
    EXPECT_TRUE(context.file()->population().isEmpty());
}
