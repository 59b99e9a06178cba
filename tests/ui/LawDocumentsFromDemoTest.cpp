// Issue #14 from the demo's data, through the real pages: a new edition of the lägesbild
// shows the file's numbers and, adopted, keeps them; a new åtgärdsplan is based on it at
// once, adopts an agreement's measure from the menu, shows its numbered causes in Brå's
// table, and its first rating takes the colour the measure's follow-up suggests.

#include "UiTestSupport.h"

#include "MenuClicks.h"
#include "WidgetLookup.h"

#include "pages/MeasurePlanPage.h"
#include "pages/SituationPicturePage.h"
#include "widgets/PlanRowPanel.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/SituationMappingView.h"

#include "Clock.h"
#include "EnumLabels.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

TEST(LawDocumentsFromDemoTest, ASituationPictureFromTheDemosNumbersAndAPlanBasedOnIt)
{
    core::FixedClock clock(QDate(2026, 3, 2));
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    context.file()->setClock(&clock);

    // A new edition: a copy of Lägesbild 2024, a draft showing the file's numbers.
    SituationPicturePage situation(context);
    situation.resize(1200, 900);
    situation.show();
    situation.showTarget(NavTarget{NavTarget::Page::SituationPicture, {}, {}});
    QTest::mouseClick(situation.list()->addButton(), Qt::LeftButton);
    settle();
    QList<core::SituationPicture> editions = context.file()->situationPictures();
    ASSERT_EQ(editions.size(), 2);
    const core::SituationPicture edition = editions.last();
    EXPECT_EQ(edition.status, core::SituationStatus::Draft);
    EXPECT_TRUE(situation.mapping()->table()->isVisible());
    EXPECT_GT(situation.mapping()->table()->topLevelItemCount(), 1);
    // Adopted with the keyboard in its status combo: the numbers of the day are kept.
    auto *status =
        qobject_cast<QComboBox *>(test::fieldOf(&situation, SituationPicturePage::tr("&Status:")));
    ASSERT_NE(status, nullptr);
    status->setFocus(Qt::TabFocusReason);
    QTest::keyClick(status, Qt::Key_End);
    settle();
    editions = context.file()->situationPictures();
    ASSERT_EQ(editions.last().status, core::SituationStatus::Adopted);
    EXPECT_FALSE(editions.last().mappingSnapshot.isEmpty());

    // A new plan is based on the edition now in force, the new one.
    MeasurePlanPage plans(context);
    plans.resize(1200, 900);
    plans.show();
    plans.showTarget(NavTarget{NavTarget::Page::MeasurePlan, {}, {}});
    QTest::mouseClick(plans.list()->addButton(), Qt::LeftButton);
    settle();
    QList<core::MeasurePlan> stored = context.file()->measurePlans();
    ASSERT_EQ(stored.size(), 2); // the demo's and the new one
    const QString planId = stored.last().id;
    EXPECT_EQ(stored.last().situationPicture, edition.id);
    EXPECT_EQ(stored.last().title, MeasurePlanPage::tr("Measure plan %1").arg(2026));

    // The first agreement's "Gemensam krogtillsyn", adopted from the menu.
    ASSERT_TRUE(
        test::chooseFromFirstSubmenu(plans.adoptButton(), QStringLiteral("Gemensam krogtillsyn")));
    settle();
    stored = context.file()->measurePlans();
    ASSERT_EQ(stored.last().rows.size(), 1);
    EXPECT_EQ(stored.last().rows.first().measure, QStringLiteral("m21-01"));
    QTableView *table = plans.rows()->view();
    ASSERT_EQ(table->model()->rowCount(), 1);
    const QString cause = table->model()->index(0, 0).data().toString();
    EXPECT_TRUE(cause.contains(core::EnumLabels::causeLabel(1, 2))) << cause.toStdString();
    EXPECT_EQ(table->model()->index(0, 5).data().toString(), MeasurePlanPage::tr("Not rated"));

    // Its follow-up of 2021-12-10 said "partly": yellow is suggested, and a first rating
    // takes it.
    EXPECT_TRUE(plans.rowPanel()->suggestionLabel()->text().contains(
        core::EnumLabels::label(core::RatingColour::Yellow)))
        << plans.rowPanel()->suggestionLabel()->text().toStdString();
    QTest::mouseClick(plans.rowPanel()->ratings()->addButton(), Qt::LeftButton);
    settle();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    settle();
    stored = context.file()->measurePlans();
    ASSERT_EQ(stored.last().id, planId);
    ASSERT_EQ(stored.last().rows.first().ratings.size(), 1);
    EXPECT_EQ(stored.last().rows.first().ratings.first().colour, core::RatingColour::Yellow);
    EXPECT_EQ(stored.last().rows.first().ratings.first().date, QDate(2026, 3, 2));
}
