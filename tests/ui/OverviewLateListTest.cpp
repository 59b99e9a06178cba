// The overview lists at most OverviewPage::lateShown late measures, those late the
// longest first, and says how many there are in all (a large city's file has thousands;
// a row each is what made the overview slow to open), starting from a new file.

#include "UiTestSupport.h"

#include "pages/OverviewPage.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;

TEST(OverviewLateListTest, TheLongestLateAreListedAndTheRestCounted)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString agreement = context.insertRecord(
        RecordKind::Agreement, {}, {{QStringLiteral("title"), QStringLiteral("Samverkan")}});
    ASSERT_FALSE(agreement.isEmpty());
    const int count = OverviewPage::lateShown + 12;
    for (int i = 0; i < count; ++i) {
        // Ends from 2021-01-01 on, a day apart, inserted latest first.
        const QDate end = QDate(2021, 1, 1).addDays(count - 1 - i);
        ASSERT_FALSE(
            context
                .insertRecord(RecordKind::Measure, agreement,
                              {{QStringLiteral("title"), QStringLiteral("Åtgärd %1").arg(i)},
                               {QStringLiteral("end"), end}})
                .isEmpty());
    }
    OverviewPage page(context);
    page.resize(1000, 700);
    page.show();
    page.showTarget(NavTarget{NavTarget::Page::Overview, {}, {}});
    QApplication::processEvents();

    QTreeWidget *late = page.lateList();
    ASSERT_EQ(late->topLevelItemCount(), OverviewPage::lateShown);
    EXPECT_EQ(late->topLevelItem(0)->text(0), QStringLiteral("Åtgärd %1").arg(count - 1));
    EXPECT_EQ(late->topLevelItem(1)->text(0), QStringLiteral("Åtgärd %1").arg(count - 2));
    EXPECT_TRUE(page.lateMoreLabel()->isVisible());
    EXPECT_TRUE(page.lateMoreLabel()->text().contains(QString::number(count)))
        << page.lateMoreLabel()->text().toStdString();

    // Down to the limit, every late measure is listed and nothing more is said.
    for (int i = 0; i < 12; ++i)
        ASSERT_TRUE(context.removeRecord(RecordKind::Measure,
                                         context.file()->agreement(agreement).measures.first().id));
    page.reload();
    EXPECT_EQ(late->topLevelItemCount(), OverviewPage::lateShown);
    EXPECT_FALSE(page.lateMoreLabel()->isVisible());
}
