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

QTreeWidget *treeNamed(OverviewPage &page, const QString &name)
{
    for (QTreeWidget *tree : page.findChildren<QTreeWidget *>())
        if (tree->accessibleName() == name)
            return tree;
    return nullptr;
}

QTreeWidget *stepsTree(OverviewPage &page)
{
    return treeNamed(page, OverviewPage::tr("The method's five steps"));
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
    QTreeWidget *list = treeNamed(page, OverviewPage::tr("Agreements"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->topLevelItemCount(), agreements.size());

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

TEST(OverviewPageTest, WhatTheLawAsksIsShownAndLeadsToWhatFixesIt)
{
    // The demo: Lägesbild 2024, adopted 2025-02-11 and due 2027-02-11; Åtgärdsplan
    // 2025–2026, decided from it and valid until 2026-12-31, every row rated; a samordnare.
    core::FixedClock clock(QDate(2026, 6, 1)); // outlives the file that asks it
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    context.file()->setClock(&clock);
    OverviewPage page(context);
    page.showTarget(NavTarget{NavTarget::Page::Overview, {}, {}});
    QTreeWidget *law = page.lawList();
    ASSERT_EQ(law->topLevelItemCount(), 5);
    EXPECT_TRUE(law->topLevelItem(0)->text(1).contains(QStringLiteral("2027-02-11")))
        << law->topLevelItem(0)->text(1).toStdString();
    EXPECT_TRUE(law->topLevelItem(1)->text(1).contains(QStringLiteral("2026-12-31")))
        << law->topLevelItem(1)->text(1).toStdString();
    EXPECT_TRUE(law->topLevelItem(2)->text(1).contains(QStringLiteral("samordnare")));
    const QColor normal = law->topLevelItem(2)->foreground(1).color();
    for (int i = 0; i < law->topLevelItemCount(); ++i)
        EXPECT_EQ(law->topLevelItem(i)->foreground(1).color(), normal)
            << "met: " << law->topLevelItem(i)->text(1).toStdString();

    // A year later the lägesbild is overdue: said in red, and the row opens its edition.
    clock.set(QDateTime(QDate(2027, 6, 1), QTime(9, 0)));
    page.reload();
    QTreeWidgetItem *situation = law->topLevelItem(0);
    EXPECT_TRUE(situation->text(1).contains(QStringLiteral("2027-02-11")));
    EXPECT_NE(situation->foreground(1).color(), normal);
    law->setCurrentItem(situation);
    emit law->itemActivated(situation, 0);
    EXPECT_EQ(context.currentTarget(),
              (NavTarget{NavTarget::Page::SituationPicture, {}, QStringLiteral("lb-2024")}));

    // The plan expired at the end of 2026: said in red, and the row opens the plan.
    QTreeWidgetItem *plan = law->topLevelItem(1);
    EXPECT_TRUE(plan->text(1).contains(QStringLiteral("2026-12-31")));
    EXPECT_NE(plan->foreground(1).color(), normal);
    law->setCurrentItem(plan);
    emit law->itemActivated(plan, 0);
    EXPECT_EQ(context.currentTarget(),
              (NavTarget{NavTarget::Page::MeasurePlan, {}, QStringLiteral("ap-2025")}));
}
