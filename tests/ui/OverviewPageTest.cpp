// The overview: the demo's agreements, the steps of the current agreement with what
// is missing, and the user's own check items ticked and added through AppContext.

#include "UiTestSupport.h"

#include "pages/OverviewPage.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;

namespace {

QTreeWidget *stepsTree(OverviewPage &page)
{
    for (QTreeWidget *tree : page.findChildren<QTreeWidget *>())
        if (tree->columnCount() == 2)
            return tree;
    return nullptr;
}

} // namespace

TEST(OverviewPageTest, ListsAgreementsAndTheStepsOfTheCurrentOne)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    OverviewPage page(context);
    page.showTarget(NavTarget{NavTarget::Page::Overview, {}, {}});

    const QList<core::Agreement> agreements = context.file()->agreements();
    const auto trees = page.findChildren<QTreeWidget *>();
    ASSERT_FALSE(trees.isEmpty());
    EXPECT_EQ(trees.first()->topLevelItemCount(), agreements.size());

    // The newest agreement that is not signed is the one whose steps are shown.
    QString draft;
    for (const core::Agreement &a : agreements)
        if (!a.isSigned())
            draft = a.id;
    EXPECT_EQ(page.stepsAgreementId(), draft);
    QTreeWidget *steps = stepsTree(page);
    ASSERT_NE(steps, nullptr);
    EXPECT_EQ(steps->topLevelItemCount(), 5);
}

TEST(OverviewPageTest, CheckItemsAreAddedAndTickedAsUndoableEdits)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString id = context.insertRecord(storage::RecordKind::Agreement, {},
                                            {{QStringLiteral("title"), QStringLiteral("Utkast")}});
    OverviewPage page(context);
    page.showTarget(NavTarget{NavTarget::Page::Overview, {}, {}});
    ASSERT_EQ(page.stepsAgreementId(), id);

    auto *text = page.findChild<QLineEdit *>();
    ASSERT_NE(text, nullptr);
    text->setText(QStringLiteral("Första ledningsmötet hållet"));
    emit text->returnPressed();
    ASSERT_EQ(context.file()->agreement(id).checkItems.size(), 1);
    page.reload();

    QTreeWidget *steps = stepsTree(page);
    ASSERT_NE(steps, nullptr);
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < steps->topLevelItem(0)->childCount(); ++i)
        if (steps->topLevelItem(0)->child(i)->text(0) ==
            QStringLiteral("Första ledningsmötet hållet"))
            item = steps->topLevelItem(0)->child(i);
    ASSERT_NE(item, nullptr);
    item->setCheckState(0, Qt::Checked);
    EXPECT_TRUE(context.file()->agreement(id).checkItems.first().done);
    context.undoStack()->undo();
    EXPECT_FALSE(context.file()->agreement(id).checkItems.first().done);
}
