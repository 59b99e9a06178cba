// The statistics page on the demo municipality: the category table against a hand
// computation from the demo's exchange file, the total as the sum of the categories,
// "därav" parts and suppressed counts, the pickers, the other tabs and the empty state.

#include "UiTestSupport.h"

#include "dialogs/CategoryMappingDialog.h"
#include "dialogs/StatisticsImportDialog.h"

#include "StatisticsCache.h"
#include "StatisticsContext.h"
#include "models/StatisticsSeriesModel.h"
#include "models/StatisticsSurveyModel.h"
#include "models/StatisticsTableModel.h"
#include "pages/StatisticsPage.h"
#include "widgets/ChartWidget.h"
#include "widgets/StatisticsCategoryTab.h"
#include "widgets/StatisticsComparisonTab.h"
#include "widgets/StatisticsFormat.h"
#include "widgets/StatisticsSurveyTab.h"
#include "widgets/StatisticsTrendTab.h"

#include "Translations.h"

#include <gtest/gtest.h>

#include <functional>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace samverka;
using namespace samverka::ui;

namespace {

const QString kTheft = QStringLiteral("Stöld, rån och andra tillgreppsbrott");

// The demo's own numbers, read straight from the exchange file the demo is made from.
struct DemoSums {
    int count = 0;
    qint64 population = 0;
};

DemoSums demoSums(const QString &code, int year, const QString &category)
{
    QFile file(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    DemoSums sums;
    for (const QJsonValue &v : root.value(QStringLiteral("crimeStatistics")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("municipalityCode")).toString() == code &&
            row.value(QStringLiteral("year")).toInt() == year &&
            row.value(QStringLiteral("category")).toString() == category)
            sums.count += row.value(QStringLiteral("count")).toInt();
    }
    for (const QJsonValue &v : root.value(QStringLiteral("population")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("municipalityCode")).toString() == code &&
            row.value(QStringLiteral("year")).toInt() == year)
            sums.population = row.value(QStringLiteral("value")).toInteger();
    }
    return sums;
}

struct DemoPage {
    test::TempMunicipality file{true};
    AppContext context;
    std::unique_ptr<StatisticsPage> page;

    DemoPage()
    {
        file.openInto(context);
        page = std::make_unique<StatisticsPage>(context);
        page->showTarget(NavTarget{NavTarget::Page::Statistics, {}, {}});
    }
    StatisticsTableModel *table() const { return page->categoryTab()->model(); }
};

core::CrimeStatistic row(const QString &type, int year, std::optional<int> count)
{
    core::CrimeStatistic r;
    r.municipalityCode = QStringLiteral("2280");
    r.municipalityName = QStringLiteral("Härnösand");
    r.year = year;
    r.crimeType = type;
    r.count = count;
    return r;
}

} // namespace

TEST(StatisticsPageTest, CategoryTableMatchesAHandComputationFromTheDemo)
{
    DemoPage demo;
    EXPECT_FALSE(demo.page->isShowingEmptyState());
    EXPECT_EQ(demo.page->municipalityCode(), QStringLiteral("2280"));
    EXPECT_EQ(demo.page->year(), 2024); // the latest year first
    demo.page->setYear(2024);

    const DemoSums sums = demoSums(QStringLiteral("2280"), 2024, kTheft);
    const DemoSums before = demoSums(QStringLiteral("2280"), 2023, kTheft);
    ASSERT_EQ(sums.count, 582); // Cykelstöld, Inbrott i bostad, ... in demo.json
    ASSERT_EQ(sums.population, 24481);

    StatisticsTableModel *model = demo.table();
    const QModelIndex theft = model->categoryIndex(kTheft);
    ASSERT_TRUE(theft.isValid());
    auto cell = [&](int column) { return theft.siblingAtColumn(column); };
    EXPECT_EQ(cell(StatisticsTableModel::Count).data(StatisticsTableModel::ValueRole).toInt(),
              sums.count);
    EXPECT_NEAR(cell(StatisticsTableModel::Rate).data(StatisticsTableModel::ValueRole).toDouble(),
                582 * 100000.0 / 24481, 1e-9); // 2 377,35
    EXPECT_EQ(cell(StatisticsTableModel::Change).data(StatisticsTableModel::ValueRole).toInt(),
              sums.count - before.count); // 582 - 623
    EXPECT_NEAR(
        cell(StatisticsTableModel::ChangePercent).data(StatisticsTableModel::ValueRole).toDouble(),
        100.0 * (582 - 623) / 623, 1e-9);
    EXPECT_EQ(cell(StatisticsTableModel::Count).data().toString(), StatisticsFormat::count(582));
    EXPECT_NEAR(cell(StatisticsTableModel::Share).data(StatisticsTableModel::ValueRole).toDouble(),
                100.0 * 582 / 2938, 1e-9);

    // The category expands to its crime types.
    EXPECT_GT(model->rowCount(theft), 1);
    int typeSum = 0;
    for (int r = 0; r < model->rowCount(theft); ++r)
        typeSum += model->index(r, StatisticsTableModel::Count, theft)
                       .data(StatisticsTableModel::ValueRole)
                       .toInt();
    EXPECT_EQ(typeSum, sums.count);

    // Another year through the picker.
    demo.page->setYear(2023);
    EXPECT_EQ(model->categoryIndex(kTheft)
                  .siblingAtColumn(StatisticsTableModel::Count)
                  .data(StatisticsTableModel::ValueRole)
                  .toInt(),
              before.count);
}

TEST(StatisticsPageTest, TotalRowIsTheSumOfTheCategoriesInEveryYear)
{
    DemoPage demo;
    for (const int year : {2020, 2021, 2022, 2023, 2024}) {
        demo.page->setYear(year);
        StatisticsTableModel *model = demo.table();
        const QModelIndex total = model->totalIndex();
        ASSERT_TRUE(total.isValid()) << year;
        EXPECT_EQ(total.row(), model->rowCount() - 1);
        int sum = 0;
        int categories = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, StatisticsTableModel::Count);
            if (index.data(StatisticsTableModel::KindRole)
                    .value<StatisticsTableModel::LineKind>() ==
                StatisticsTableModel::LineKind::Category) {
                sum += index.data(StatisticsTableModel::ValueRole).toInt();
                ++categories;
            }
        }
        EXPECT_EQ(categories, 9) << year;
        EXPECT_EQ(total.siblingAtColumn(StatisticsTableModel::Count)
                      .data(StatisticsTableModel::ValueRole)
                      .toInt(),
                  sum)
            << year;
    }
    demo.page->setYear(2024);
    EXPECT_EQ(demo.table()
                  ->totalIndex()
                  .siblingAtColumn(StatisticsTableModel::Count)
                  .data(StatisticsTableModel::ValueRole)
                  .toInt(),
              2938);
}

TEST(StatisticsPageTest, PartsAreIndentedAndNotSummedAndSuppressedCountsShowDots)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString assault = QStringLiteral("Misshandel inkl. grov");
    const QString part = assault + QStringLiteral(", därav mot kvinna");
    const QString rape = QStringLiteral("Våldtäkt inkl. grov");
    context.file()->importCrimeStatistics(
        {row(assault, 2024, 100), row(part, 2024, 40), row(rape, 2024, std::nullopt)});
    StatisticsPage page(context);
    page.showTarget(NavTarget{NavTarget::Page::Statistics, {}, {}});
    StatisticsTableModel *model = page.categoryTab()->model();

    const QModelIndex life = model->categoryIndex(QStringLiteral("Brott mot liv och hälsa"));
    ASSERT_TRUE(life.isValid());
    EXPECT_EQ(life.siblingAtColumn(StatisticsTableModel::Count)
                  .data(StatisticsTableModel::ValueRole)
                  .toInt(),
              100); // the part's 40 is inside the 100, not added to it
    ASSERT_EQ(model->rowCount(life), 1);
    const QModelIndex assaultIndex = model->index(0, 0, life);
    EXPECT_EQ(assaultIndex.data(StatisticsTableModel::KeyRole).toString(), assault);
    ASSERT_EQ(model->rowCount(assaultIndex), 1); // the part hangs under its parent: indented
    const QModelIndex partIndex = model->index(0, 0, assaultIndex);
    EXPECT_EQ(
        partIndex.data(StatisticsTableModel::KindRole).value<StatisticsTableModel::LineKind>(),
        StatisticsTableModel::LineKind::Part);
    EXPECT_TRUE(partIndex.data().toString().contains(QStringLiteral("mot kvinna")));

    const QModelIndex sexual = model->categoryIndex(QStringLiteral("Sexualbrott"));
    ASSERT_TRUE(sexual.isValid());
    const QModelIndex rapeCount = model->index(0, StatisticsTableModel::Count, sexual);
    EXPECT_EQ(rapeCount.data().toString(), QStringLiteral(".."));
    EXPECT_FALSE(rapeCount.data(StatisticsTableModel::ValueRole).isValid());
    EXPECT_EQ(rapeCount.data(Qt::ToolTipRole).toString(), StatisticsFormat::missingTooltip());

    EXPECT_EQ(model->totalIndex()
                  .siblingAtColumn(StatisticsTableModel::Count)
                  .data(StatisticsTableModel::ValueRole)
                  .toInt(),
              100);
    // No population in this file: no rates, and the page says why.
    EXPECT_EQ(life.siblingAtColumn(StatisticsTableModel::Rate).data().toString(),
              QStringLiteral(".."));
}

TEST(StatisticsPageTest, MunicipalityPickerListsTheFileOwnFirstAndSwitches)
{
    DemoPage demo;
    auto *combo = demo.page->findChild<QComboBox *>();
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(demo.page->municipalityCode(), QStringLiteral("2280"));
    demo.page->setMunicipalityCode(QStringLiteral("2262"));
    EXPECT_EQ(demo.page->municipalityCode(), QStringLiteral("2262"));
    EXPECT_EQ(demo.table()->table().municipalityCode, QStringLiteral("2262"));
    EXPECT_EQ(demo.table()->table().population, std::optional<qint64>(17960));
}

TEST(StatisticsPageTest, TrendComparisonAndSurveyTabsShowTheDemo)
{
    DemoPage demo;
    StatisticsTrendTab *trend = demo.page->trendTab();
    EXPECT_EQ(trend->chosen().size(), 5); // the five largest categories by default
    trend->setChosen({kTheft});
    ASSERT_EQ(trend->model()->rowCount(), 1);
    EXPECT_EQ(trend->model()->years(), (QList<int>{2020, 2021, 2022, 2023, 2024}));
    EXPECT_EQ(trend->model()->valueAt(0, 2024), std::optional<double>(582));
    trend->setPerCapita(true);
    EXPECT_NEAR(trend->model()->valueAt(0, 2024).value_or(0), 582 * 100000.0 / 24481, 1e-9);
    const documents::ChartData chart = trend->chart()->chartData();
    EXPECT_EQ(chart.categories.size(), 5);
    ASSERT_EQ(chart.series.size(), 1);
    EXPECT_EQ(chart.series.first().name, kTheft);

    trend->setGrouping(StatisticsTrendTab::Grouping::CrimeTypes);
    trend->setChosen({QStringLiteral("Cykelstöld")});
    ASSERT_EQ(trend->model()->rowCount(), 1);

    StatisticsComparisonTab *comparison = demo.page->comparisonTab();
    demo.page->tabs()->setCurrentWidget(comparison); // filled when shown
    EXPECT_EQ(comparison->chosenCodes(),
              (QStringList{QStringLiteral("2280"), QStringLiteral("2262")}));
    comparison->setCrimeKey(kTheft);
    ASSERT_EQ(comparison->model()->rowCount(), 2);
    EXPECT_NEAR(comparison->model()->valueAt(0, 2024).value_or(0), 582 * 100000.0 / 24481, 1e-9);
    EXPECT_EQ(comparison->chart()->chartData().kind, documents::ChartData::Kind::Bar);
    comparison->setChosenCodes({QStringLiteral("2262")});
    EXPECT_EQ(comparison->model()->rowCount(), 1);

    StatisticsSurveyTab *survey = demo.page->surveyTab();
    ASSERT_EQ(survey->model()->series().size(), 3);
    bool warned = false;
    for (int i = 0; i < 3; ++i) {
        survey->setCurrentSeries(i);
        const bool wide = survey->model()->series().at(i).hasWideInterval;
        EXPECT_EQ(!survey->warning()->isHidden(), wide);
        if (wide) {
            EXPECT_TRUE(survey->warning()->text().contains(StatisticsSurveyModel::uncertainText()));
        }
        warned = warned || wide;
    }
    EXPECT_TRUE(warned); // 2021's "Oro för brottsligheten" spans 27,9–48,9
}

TEST(StatisticsPageTest, OtherMunicipalitiesAreReadWhenChosenOrCompared)
{
    // The demo (Härnösand, its lägesbild compared with Timrå) with Sundsvall's
    // statistics too, which nothing about Härnösand shows.
    test::TempMunicipality file(true);
    {
        auto writer = file.open();
        core::CrimeStatistic sundsvall = row(QStringLiteral("Cykelstöld"), 2024, 777);
        sundsvall.municipalityCode = QStringLiteral("2281");
        sundsvall.municipalityName = QStringLiteral("Sundsvall");
        writer->importCrimeStatistics({sundsvall});
    }
    AppContext context;
    file.openInto(context);
    StatisticsPage page(context);
    page.resize(1200, 700);
    page.show();
    page.showTarget(NavTarget{NavTarget::Page::Statistics, {}, {}});
    QApplication::processEvents();

    // Read: the own municipality and the one compared with, not Sundsvall; the picker
    // still offers all three, the own first.
    const auto statistics = StatisticsCache::of(context).current();
    EXPECT_TRUE(statistics->covers(QStringLiteral("2280")));
    EXPECT_TRUE(statistics->covers(QStringLiteral("2262")));
    EXPECT_FALSE(statistics->covers(QStringLiteral("2281")));
    EXPECT_EQ(statistics->calculator().municipalityCodes(),
              (QStringList{QStringLiteral("2262"), QStringLiteral("2280")}));
    auto *combo = page.findChild<QComboBox *>();
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->itemData(0).toString(), QStringLiteral("2280"));
    EXPECT_EQ(combo->itemData(2).toString(), QStringLiteral("2281"));

    // Choosing Sundsvall with the keyboard shows its numbers, read then.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    QApplication::processEvents();
    EXPECT_EQ(page.municipalityCode(), QStringLiteral("2281"));
    EXPECT_EQ(page.year(), 2024);
    const core::StatisticsTable shown = page.categoryTab()->model()->table();
    EXPECT_EQ(shown.municipalityCode, QStringLiteral("2281"));
    EXPECT_EQ(shown.total.count, std::optional<int>(777));

    // The comparison, clicked, lists every municipality of the file.
    QTabBar *bar = page.tabs()->tabBar();
    const int index = page.tabs()->indexOf(page.comparisonTab());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QApplication::processEvents();
    ASSERT_EQ(page.tabs()->currentWidget(), page.comparisonTab());
    QStringList listed = page.comparisonTab()->chosenCodes();
    listed.sort();
    EXPECT_EQ(listed, (QStringList{QStringLiteral("2262"), QStringLiteral("2280"),
                                   QStringLiteral("2281")}));
}

TEST(StatisticsPageTest, AnEmptyFileSaysSoAndOffersTheImport)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    StatisticsPage page(context);
    page.showTarget(NavTarget{NavTarget::Page::Statistics, {}, {}});
    EXPECT_TRUE(page.isShowingEmptyState());
    bool offered = false;
    for (QPushButton *button : page.findChildren<QPushButton *>())
        offered = offered || (button->text() == StatisticsPage::tr("Import statistics…") &&
                              button->isVisibleTo(&page));
    EXPECT_TRUE(offered);

    // Rows arrive (an import): the page follows the file.
    context.file()->importCrimeStatistics({row(QStringLiteral("Cykelstöld"), 2024, 12)});
    page.reload();
    EXPECT_FALSE(page.isShowingEmptyState());
    EXPECT_EQ(page.year(), 2024);
}

TEST(StatisticsPageTest, ChartExportsAsPngAndPdf)
{
    DemoPage demo;
    QTemporaryDir dir;
    ChartWidget *chart = demo.page->trendTab()->chart();
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    chart->exportTo(png);
    chart->exportTo(pdf);
    const QImage image(png);
    EXPECT_GE(image.width(), 1200);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
}

TEST(StatisticsPageTest, AnImportedHierarchyShowsPartsUnderTheirParentsAndSumsToTheSource)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    StatisticsImportDialog dialog(context);
    ASSERT_TRUE(
        dialog.loadFile(StatisticsImportDialog::Kind::CrimeStatistics,
                        QStringLiteral(SAMVERKA_TEST_DATA_DIR "/statistics/bra_hierarchy.csv")));
    ASSERT_TRUE(dialog.importLoaded(StatisticsImportDialog::Kind::CrimeStatistics));
    StatisticsPage page(context);
    page.showTarget(NavTarget{NavTarget::Page::Statistics, {}, {}});
    EXPECT_EQ(page.year(), 2023);
    StatisticsTableModel *model = page.categoryTab()->model();
    // 700 + 900 + 1 145: the "därav" rows (201, 64, 41, 150, 160, 284) are not added.
    EXPECT_EQ(model->totalIndex()
                  .siblingAtColumn(StatisticsTableModel::Count)
                  .data(StatisticsTableModel::ValueRole)
                  .toInt(),
              2745);
    EXPECT_EQ(model->table().reportedTotal, std::optional<int>(2745));
    // "i nära relation" is a part of "mot kvinna", a part of "misshandel": three levels down.
    int deepest = 0;
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex child = model->index(r, 0, parent);
            if (child.data(StatisticsTableModel::KindRole)
                    .value<StatisticsTableModel::LineKind>() ==
                StatisticsTableModel::LineKind::Part)
                deepest = std::max(deepest, depth);
            walk(child, depth + 1);
        }
    };
    walk({}, 0);
    EXPECT_GE(deepest, 3);

    const QString dir = qEnvironmentVariable("SAMVERKA_STATISTICS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        page.resize(1366, 768);
        page.show();
        page.categoryTab()->view()->expandAll();
        QApplication::processEvents();
        EXPECT_TRUE(page.grab().save(dir + QStringLiteral("/statistics-hierarchy.png")));
        StatisticsImportDialog preview(context);
        preview.loadFile(StatisticsImportDialog::Kind::CrimeStatistics,
                         QStringLiteral(SAMVERKA_TEST_DATA_DIR "/statistics/bra_export.csv"));
        preview.show();
        QApplication::processEvents();
        EXPECT_TRUE(preview.grab().save(dir + QStringLiteral("/statistics-import.png")));
        preview.showKind(StatisticsImportDialog::Kind::Population);
        QApplication::processEvents();
        EXPECT_TRUE(preview.grab().save(dir + QStringLiteral("/statistics-import-population.png")));
        CategoryMappingDialog mapping(context);
        mapping.show();
        QApplication::processEvents();
        EXPECT_TRUE(mapping.grab().save(dir + QStringLiteral("/statistics-categories.png")));
    }
}

TEST(StatisticsPageTest, ScreenshotAt1366x768)
{
    // In Swedish, as users see it (numbers "2 377,4"; labels as far as translated).
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    const auto translators = core::Translations::install(QLocale::Swedish);
    {
        DemoPage demo;
        demo.page->resize(1366, 768);
        demo.page->show();
        demo.page->categoryTab()->view()->expand(demo.table()->categoryIndex(kTheft));
        QApplication::processEvents();
        const QImage image = demo.page->grab().toImage();
        EXPECT_EQ(image.size(), QSize(1366, 768));
        EXPECT_TRUE(demo.table()
                        ->categoryIndex(kTheft)
                        .siblingAtColumn(StatisticsTableModel::Rate)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("2\u00a0377,4")));
        // Set this to refresh the pictures (docs/images/statistics*.png).
        const QString dir = qEnvironmentVariable("SAMVERKA_STATISTICS_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            const QStringList names{
                QStringLiteral("statistics"), QStringLiteral("statistics-trend"),
                QStringLiteral("statistics-comparison"), QStringLiteral("statistics-survey")};
            for (int tab = 0; tab < names.size(); ++tab) {
                demo.page->tabs()->setCurrentIndex(tab);
                QApplication::processEvents();
                EXPECT_TRUE(demo.page->grab().save(dir + QLatin1Char('/') + names.at(tab) +
                                                   QStringLiteral(".png")));
            }
        }
    }
    QLocale::setDefault(previous);
}
