// Part 1 of the lägesbild on its page (issue #14): the demo's Lägesbild 2024 shows the
// numbers of its years from the file's statistics, the total as the calculator sums it,
// and the municipalities it compares with; unticking one takes it out of the file and
// the table, and ticking another reads its statistics and shows it.

#include "UiTestSupport.h"

#include "StatisticsCache.h"
#include "StatisticsContext.h"
#include "pages/SituationPicturePage.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RecordListPanel.h"
#include "widgets/SituationMappingView.h"
#include "widgets/StatisticsFormat.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

#include <tuple>
#include <utility>

using namespace samverka;
using namespace samverka::ui;

namespace {

/// The page's entry called text in a list of choices, and its list; nulls when none. The
/// lists are filled again on every reload, so an entry is looked up afresh each time.
std::pair<LinkChecklist *, QListWidgetItem *> findChoice(QWidget &page, const QString &text)
{
    for (LinkChecklist *list : page.findChildren<LinkChecklist *>())
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text() == text)
                return {list, list->item(row)};
    return {nullptr, nullptr};
}

/// Ticks or unticks an entry as a user does: a click on it, then Space.
void toggleChoice(LinkChecklist *choices, QListWidgetItem *entry)
{
    choices->scrollToItem(entry);
    const QRect rect = choices->visualItemRect(entry);
    QTest::mouseClick(choices->viewport(), Qt::LeftButton, {},
                      QPoint(rect.right() - 10, rect.center().y()));
    QTest::keyClick(choices, Qt::Key_Space);
    QCoreApplication::processEvents();
}

} // namespace

TEST(SituationMappingViewTest, TheDemosEditionShowsItsNumbersAndComparison)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    SituationPicturePage page(context);
    page.resize(1200, 900);
    page.show();
    page.showTarget(NavTarget{NavTarget::Page::SituationPicture, {}, QStringLiteral("lb-2024")});

    SituationMappingView *view = page.mapping();
    ASSERT_TRUE(view->table()->isVisible()) << view->caption()->text().toStdString();
    // 2019–2023 asked; the demo's statistics start in 2020.
    EXPECT_TRUE(view->caption()->text().contains(QStringLiteral("2023")));
    EXPECT_TRUE(view->caption()->text().contains(QStringLiteral("2020")));
    const auto statistics = StatisticsCache::of(context).current();
    const core::StatisticsTable year = statistics->calculator().table(statistics->ownCode(), 2023);
    QTreeWidget *table = view->table();
    ASSERT_EQ(table->topLevelItemCount(), year.categories.size() + 1);
    QTreeWidgetItem *total = table->topLevelItem(table->topLevelItemCount() - 1);
    EXPECT_EQ(total->text(1), StatisticsFormat::count(year.total.count));

    // Compared with Timrå (2262), the own municipality first.
    QTreeWidget *comparison = view->comparisonTable();
    ASSERT_TRUE(comparison->isVisible());
    ASSERT_EQ(comparison->topLevelItemCount(), 2);
    EXPECT_EQ(comparison->topLevelItem(1)->text(0),
              StatisticsFormat::municipalityName(QStringLiteral("2262")));

    // The demo's edition is adopted: these are the numbers it was decided with.
    const QString kept =
        SituationPicturePage::tr(
            "These are the numbers of %1, when the situation picture was marked as adopted.")
            .arg(QStringLiteral("2025-02-11"));
    EXPECT_TRUE(view->caption()->text().contains(kept)) << view->caption()->text().toStdString();
    const QString changed = SituationPicturePage::tr("The file's statistics have changed since.");
    EXPECT_FALSE(view->caption()->text().contains(changed));

    // What was decided is locked: the comparison cannot be unticked while adopted.
    const QString timra = StatisticsFormat::municipalityName(QStringLiteral("2262"));
    auto [choices, entry] = findChoice(page, timra);
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->checkState(), Qt::Checked);
    EXPECT_FALSE(choices->isEnabled());

    // Back to draft (the status stays open): it shows the file as it is, and untick it
    // (a click on it, then Space): the file forgets it and the comparison goes.
    ASSERT_TRUE(context.setField(storage::RecordKind::SituationPicture, QStringLiteral("lb-2024"),
                                 QStringLiteral("status"), QStringLiteral("draft")));
    QCoreApplication::processEvents();
    EXPECT_TRUE(context.file()->situationPictures().first().mappingSnapshot.isEmpty());
    EXPECT_FALSE(view->caption()->text().contains(kept));
    std::tie(choices, entry) = findChoice(page, timra);
    ASSERT_NE(entry, nullptr);
    ASSERT_TRUE(choices->isEnabled());
    toggleChoice(choices, entry);
    const QList<core::SituationPicture> editions = context.file()->situationPictures();
    ASSERT_EQ(editions.size(), 1);
    EXPECT_TRUE(editions.first().comparisons.isEmpty());
    EXPECT_FALSE(view->comparisonTable()->isVisible());
}

TEST(SituationMappingViewTest, TheEditionInForceIsMarkedWhenOverdue)
{
    // Lägesbild 2024 is due on 2027-02-11; a newer draft does not take its place.
    core::FixedClock clock(QDate(2026, 6, 1)); // outlives the file that asks it
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    context.file()->setClock(&clock);
    context.insertRecord(storage::RecordKind::SituationPicture, {},
                         {{QStringLiteral("title"), QStringLiteral("Lägesbild 2026")}});
    SituationPicturePage page(context);
    page.showTarget(NavTarget{NavTarget::Page::SituationPicture, {}, {}});
    QTreeWidget *list = page.list()->tree();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    const QColor normal = list->topLevelItem(1)->foreground(0).color();
    EXPECT_EQ(list->topLevelItem(0)->foreground(0).color(), normal);

    clock.set(QDateTime(QDate(2027, 6, 1), QTime(9, 0)));
    page.reload();
    EXPECT_NE(list->topLevelItem(0)->foreground(0).color(), normal);
    EXPECT_TRUE(list->topLevelItem(0)->toolTip(0).contains(QStringLiteral("2027-02-11")));
    EXPECT_EQ(list->topLevelItem(1)->foreground(0).color(), normal) << "the draft is not due";
}

TEST(SituationMappingViewTest, AMunicipalityTickedForComparisonIsReadAndShown)
{
    // The demo with Sundsvall's statistics too, which the lägesbild does not compare with:
    // the page's statistics do not hold them until it is ticked (issue #13).
    test::TempMunicipality demo(true);
    {
        auto writer = demo.open();
        core::CrimeStatistic sundsvall;
        sundsvall.municipalityCode = QStringLiteral("2281");
        sundsvall.municipalityName = QStringLiteral("Sundsvall");
        sundsvall.year = 2023;
        sundsvall.crimeType = QStringLiteral("Cykelstöld");
        sundsvall.count = 777;
        writer->importCrimeStatistics({sundsvall});
    }
    AppContext context;
    demo.openInto(context);
    ASSERT_TRUE(context.setField(storage::RecordKind::SituationPicture, QStringLiteral("lb-2024"),
                                 QStringLiteral("status"), QStringLiteral("draft")));
    SituationPicturePage page(context);
    page.resize(1200, 900);
    page.show();
    page.showTarget(NavTarget{NavTarget::Page::SituationPicture, {}, QStringLiteral("lb-2024")});
    QCoreApplication::processEvents();
    EXPECT_FALSE(StatisticsCache::of(context).current()->covers(QStringLiteral("2281")));

    const QString name = StatisticsFormat::municipalityName(QStringLiteral("2281"));
    const auto [choices, entry] = findChoice(page, name);
    ASSERT_NE(entry, nullptr) << "every municipality of the file can be chosen";
    EXPECT_EQ(entry->checkState(), Qt::Unchecked);
    toggleChoice(choices, entry);

    EXPECT_TRUE(
        context.file()->situationPictures().first().comparisons.contains(QStringLiteral("2281")));
    EXPECT_TRUE(StatisticsCache::of(context).current()->covers(QStringLiteral("2281")));
    QTreeWidget *comparison = page.mapping()->comparisonTable();
    ASSERT_TRUE(comparison->isVisible());
    QStringList shown;
    for (int i = 0; i < comparison->topLevelItemCount(); ++i)
        shown << comparison->topLevelItem(i)->text(0);
    EXPECT_TRUE(shown.contains(name)) << shown.join(u',').toStdString();
}
