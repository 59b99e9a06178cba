// The links from the method into the statistics (issue #6): a problem's crime categories
// show its yearly series beside it (or a hint what to do), a goal's baseline is filled
// from that series as one undoable edit that survives a reopen, and an effect follow-up
// shows the latest value of the statistics beside the goal's baseline and target.
// The numbers are small hand-made statistics, so every expected value is computed here.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "StatisticsCache.h"
#include "StatisticsContext.h"

#include "dialogs/BaselineFromStatisticsDialog.h"
#include "pages/FollowUpsPage.h"
#include "pages/GoalsPage.h"
#include "pages/ProblemPicturePage.h"
#include "widgets/ChartWidget.h"
#include "widgets/FieldBinder.h"
#include "widgets/ProblemStatisticsPanel.h"
#include "widgets/StatisticsFormat.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

#include <cmath>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::settle;
using test::targetOf;
using Missing = ProblemStatisticsPanel::Missing;
using Measure = core::StatisticsCalculator::Measure;

namespace {

const QString kViolence = QStringLiteral("Brott mot liv och hälsa");
const QString kThreats = QStringLiteral("Olaga hot");

core::CrimeStatistic row(const QString &type, const QString &category, int year,
                         std::optional<int> count)
{
    core::CrimeStatistic r;
    r.municipalityCode = QStringLiteral("2280");
    r.municipalityName = QStringLiteral("Härnösand");
    r.year = year;
    r.crimeType = type;
    r.category = category;
    r.count = count;
    return r;
}

// Assault is the only type of its category here: the category's series is its counts.
constexpr int kAssault[] = {100, 120, 110}; // 2022, 2023, 2024
constexpr int kThreatCounts[] = {40, 50, 45};
constexpr qint64 kPopulation[] = {25000, 24800, 24500};

/// A file with its own statistics, an agreement, one problem with crime categories and
/// one without, and an effect goal of the linked problem.
struct LinkedFile {
    test::TempMunicipality temp;
    AppContext context;
    QString agreement;
    QString linked;
    QString unlinked;
    QString goal;

    explicit LinkedFile(bool withStatistics = true)
    {
        temp.openInto(context);
        storage::MunicipalityFile &file = *context.file();
        if (withStatistics) {
            QList<core::CrimeStatistic> rows;
            QList<core::Population> population;
            for (int i = 0; i < 3; ++i) {
                rows << row(QStringLiteral("Misshandel inkl. grov"), kViolence, 2022 + i,
                            kAssault[i])
                     << row(kThreats, QStringLiteral("Brott mot frihet och frid"), 2022 + i,
                            kThreatCounts[i])
                     << row(QStringLiteral("Skadegörelse"), QStringLiteral("Skadegörelse"),
                            2022 + i, 70 + i);
                population << core::Population{QStringLiteral("2280"), 2022 + i, kPopulation[i]};
            }
            file.importCrimeStatistics(rows);
            file.importPopulation(population);
        }
        agreement = context.insertRecord(RecordKind::Agreement, {},
                                         {{QStringLiteral("title"), QStringLiteral("Avtal")}});
        linked =
            context.insertRecord(RecordKind::Problem, agreement,
                                 {{QStringLiteral("title"), QStringLiteral("Våld i centrum")}});
        context.setField(RecordKind::Problem, linked, QStringLiteral("crimeCategories"),
                         QStringList{kViolence});
        unlinked = context.insertRecord(RecordKind::Problem, agreement,
                                        {{QStringLiteral("title"), QStringLiteral("Otrygghet")}});
        goal = context.insertRecord(RecordKind::Goal, agreement,
                                    {{QStringLiteral("kind"), QStringLiteral("effect")},
                                     {QStringLiteral("text"), QStringLiteral("Färre misshandel")}});
        context.setField(RecordKind::Goal, goal, QStringLiteral("problem"), linked);
        context.undoStack()->clear();
    }

    QVariant goalField(const char *field) const
    {
        return context.file()->field(RecordKind::Goal, goal, QString::fromLatin1(field));
    }
};

QString rateText(int count, qint64 population)
{
    return StatisticsFormat::decimal(count * 100000.0 / double(population));
}

} // namespace

TEST(StatisticsLinksTest, ProblemPanelShowsTheSeriesOfItsCrimeCategories)
{
    LinkedFile f;
    ProblemPicturePage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::ProblemPicture, f.agreement, f.linked));
    ProblemStatisticsPanel *panel = page.statisticsPanel();
    ASSERT_TRUE(panel->isShowingSeries());
    EXPECT_TRUE(panel->hintText().isEmpty());
    EXPECT_TRUE(panel->captionText().contains(kViolence));
    EXPECT_TRUE(panel->captionText().contains(QStringLiteral("Härnösand")));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(panel->valueText(0, 2022 + i), StatisticsFormat::count(kAssault[i]));
        EXPECT_EQ(panel->valueText(1, 2022 + i), rateText(kAssault[i], kPopulation[i]));
    }
    // The chart draws the same counts, one line, the years as categories.
    const documents::ChartData chart = panel->chart()->chartData();
    ASSERT_EQ(chart.series.size(), 1);
    EXPECT_EQ(chart.kind, documents::ChartData::Kind::Line);
    EXPECT_EQ(chart.categories, (QStringList{QStringLiteral("2022"), QStringLiteral("2023"),
                                             QStringLiteral("2024")}));
    ASSERT_EQ(chart.series.first().values.size(), 3);
    EXPECT_EQ(chart.series.first().values.at(1), std::optional<double>(120));

    // A crime type beside the category: summed, the type not counted twice.
    f.context.setField(RecordKind::Problem, f.linked, QStringLiteral("crimeCategories"),
                       QStringList{kViolence, kThreats});
    settle();
    ASSERT_TRUE(panel->isShowingSeries());
    EXPECT_EQ(panel->valueText(0, 2023), StatisticsFormat::count(120 + 50));
    EXPECT_EQ(panel->valueText(1, 2024), rateText(110 + 45, kPopulation[2]));
}

TEST(StatisticsLinksTest, ProblemPanelSaysHowToLinkInsteadOfAnEmptyChart)
{
    LinkedFile f;
    ProblemPicturePage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::ProblemPicture, f.agreement, f.unlinked));
    ProblemStatisticsPanel *panel = page.statisticsPanel();
    EXPECT_FALSE(panel->isShowingSeries());
    EXPECT_EQ(panel->missing(), Missing::NoCrimeCategories);
    EXPECT_TRUE(panel->hintText().contains(QStringLiteral("Crime categories")));
    EXPECT_TRUE(panel->chart()->chartData().isEmpty());

    // Naming what the statistics do not have: said so, with the name.
    f.context.setField(RecordKind::Problem, f.unlinked, QStringLiteral("crimeCategories"),
                       QStringList{QStringLiteral("Bilbränder")});
    settle();
    EXPECT_EQ(panel->missing(), Missing::NoMatchingStatistics);
    EXPECT_TRUE(panel->hintText().contains(QStringLiteral("Bilbränder")));

    // Linking it to a category the statistics have shows the series at once.
    f.context.setField(RecordKind::Problem, f.unlinked, QStringLiteral("crimeCategories"),
                       QStringList{QStringLiteral("Skadegörelse")});
    settle();
    ASSERT_TRUE(panel->isShowingSeries());
    EXPECT_EQ(panel->valueText(0, 2024), StatisticsFormat::count(72));
}

TEST(StatisticsLinksTest, ProblemPanelWithoutStatisticsAsksForAnImport)
{
    LinkedFile f(false);
    ProblemPicturePage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::ProblemPicture, f.agreement, f.linked));
    ProblemStatisticsPanel *panel = page.statisticsPanel();
    EXPECT_FALSE(panel->isShowingSeries());
    EXPECT_EQ(panel->missing(), Missing::NoStatistics);
    EXPECT_TRUE(panel->hintText().contains(QStringLiteral("Import")));
    EXPECT_TRUE(panel->chart()->chartData().isEmpty());

    // The button takes the user to the statistics page.
    auto *open = panel->findChild<QPushButton *>();
    ASSERT_NE(open, nullptr);
    open->click();
    EXPECT_EQ(f.context.currentTarget().page, NavTarget::Page::Statistics);
}

TEST(StatisticsLinksTest, StatisticsAreReadAgainOnlyWhenTheyCanHaveChanged)
{
    LinkedFile f(false);
    ProblemPicturePage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::ProblemPicture, f.agreement, f.linked));
    EXPECT_EQ(page.statisticsPanel()->missing(), Missing::NoStatistics);

    StatisticsCache &cache = StatisticsCache::of(f.context);
    EXPECT_EQ(&cache, &StatisticsCache::of(f.context)); // one per context
    const auto before = cache.current();
    f.context.setField(RecordKind::Problem, f.linked, QStringLiteral("title"),
                       QStringLiteral("Våld på torget"));
    settle();
    EXPECT_EQ(cache.current(), before); // an edit of the method keeps the numbers

    // An import is seen at once, by the cache and by the page.
    f.context.file()->importCrimeStatistics(
        {row(QStringLiteral("Misshandel inkl. grov"), kViolence, 2024, 7)});
    settle();
    EXPECT_NE(cache.current(), before);
    ASSERT_TRUE(page.statisticsPanel()->isShowingSeries());
    EXPECT_EQ(page.statisticsPanel()->valueText(0, 2024), StatisticsFormat::count(7));
    EXPECT_TRUE(page.statisticsPanel()->valueText(1, 2024).isEmpty()); // no population yet

    const auto imported = cache.current();
    f.context.file()->importPopulation({core::Population{QStringLiteral("2280"), 2024, 20000}});
    settle();
    EXPECT_NE(cache.current(), imported);
    EXPECT_EQ(page.statisticsPanel()->valueText(1, 2024), rateText(7, 20000));

    // Another file: its own numbers, never the previous file's.
    LinkedFile other;
    f.context.setFile(other.temp.open());
    ASSERT_TRUE(cache.current());
    EXPECT_EQ(cache.current()->calculator().years(QStringLiteral("2280")),
              (QList<int>{2022, 2023, 2024}));
}

TEST(StatisticsLinksTest, DemoProblemShowsTheDemoStatisticsOfItsCategories)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    QString draft;
    for (const core::Agreement &a : context.file()->agreements())
        if (!a.isSigned())
            draft = a.id;
    const core::Agreement agreement = context.file()->agreement(draft);
    ASSERT_FALSE(agreement.problems.isEmpty());
    const core::Problem &first = agreement.problems.first();
    ASSERT_FALSE(first.crimeCategories.isEmpty());

    // Hand sum from the exchange file the demo is made of.
    QFile json(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    int sum = 0;
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    for (const QJsonValue &v : root.value(QStringLiteral("crimeStatistics")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("municipalityCode")).toString() == QLatin1String("2280") &&
            r.value(QStringLiteral("year")).toInt() == 2024 &&
            first.crimeCategories.contains(r.value(QStringLiteral("category")).toString()))
            sum += r.value(QStringLiteral("count")).toInt();
    }
    ASSERT_GT(sum, 0);

    ProblemPicturePage page(context);
    page.showTarget(targetOf(NavTarget::Page::ProblemPicture, draft)); // the first problem
    ASSERT_TRUE(page.statisticsPanel()->isShowingSeries());
    EXPECT_EQ(page.statisticsPanel()->valueText(0, 2024), StatisticsFormat::count(sum));
}

TEST(StatisticsLinksTest, BaselineFromStatisticsIsOneUndoableEditThatSurvivesReopening)
{
    LinkedFile f;
    // What the user had: a baseline of their own and an indicator they wrote.
    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("baseline.value"), 52.0);
    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("baseline.date"),
                       QDate(2019, 12, 31));
    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("indicator"),
                       QStringLiteral("Misshandel utomhus"));
    const int before = f.context.undoStack()->count();

    GoalsPage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Goals, f.agreement, f.goal));
    ASSERT_TRUE(page.fillBaselineButton()->isEnabled())
        << page.fillBaselineButton()->toolTip().toStdString();
    ASSERT_TRUE(page.selectedGoalSeries().has_value());

    ASSERT_TRUE(page.fillBaselineFromStatistics(Measure::Count, 2023));
    EXPECT_EQ(f.goalField("baseline.value").toDouble(), 120.0);
    EXPECT_EQ(f.goalField("baseline.date").toDate(), QDate(2023, 12, 31));
    EXPECT_EQ(f.goalField("indicator").toString(), QStringLiteral("Misshandel utomhus"));
    EXPECT_EQ(f.goalField("unit").toString(), QStringLiteral("reported crimes"));
    EXPECT_TRUE(f.goalField("source").toString().contains(QStringLiteral("Brå")));
    EXPECT_TRUE(f.goalField("source").toString().contains(QStringLiteral("Härnösand")));
    // One step, named for the Edit menu.
    EXPECT_EQ(f.context.undoStack()->count(), before + 1);
    EXPECT_EQ(f.context.undoStack()->undoText(), QStringLiteral("Fill baseline from statistics"));
    settle();
    EXPECT_EQ(page.binder()->value(QStringLiteral("baseline.value")).toDouble(), 120.0);

    // One Ctrl+Z restores value, date and the filled fields together.
    f.context.undoStack()->undo();
    EXPECT_EQ(f.goalField("baseline.value").toDouble(), 52.0);
    EXPECT_EQ(f.goalField("baseline.date").toDate(), QDate(2019, 12, 31));
    EXPECT_TRUE(f.goalField("unit").toString().isEmpty());
    EXPECT_TRUE(f.goalField("source").toString().isEmpty());
    EXPECT_EQ(f.goalField("indicator").toString(), QStringLiteral("Misshandel utomhus"));
    settle();
    EXPECT_EQ(page.binder()->value(QStringLiteral("baseline.value")).toDouble(), 52.0);

    f.context.undoStack()->redo();
    EXPECT_EQ(f.goalField("baseline.value").toDouble(), 120.0);
    EXPECT_EQ(f.goalField("baseline.date").toDate(), QDate(2023, 12, 31));
    EXPECT_EQ(f.goalField("unit").toString(), QStringLiteral("reported crimes"));

    // On disk: a reopened file has it.
    f.context.closeFile();
    f.temp.openInto(f.context);
    const core::Agreement reread = f.context.file()->agreement(f.agreement);
    ASSERT_EQ(reread.goals.size(), 1);
    EXPECT_EQ(reread.goals.first().baseline.value, std::optional<double>(120.0));
    EXPECT_EQ(reread.goals.first().baseline.date, QDate(2023, 12, 31));
}

TEST(StatisticsLinksTest, BaselineRateTakesTheLatestYearRoundedAsShown)
{
    LinkedFile f;
    GoalsPage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Goals, f.agreement, f.goal));
    ASSERT_TRUE(page.fillBaselineFromStatistics(Measure::RatePer100k));
    const double rate = std::round(110 * 100000.0 / 24500 * 10.0) / 10.0; // 449,0
    EXPECT_DOUBLE_EQ(f.goalField("baseline.value").toDouble(), rate);
    EXPECT_EQ(f.goalField("baseline.date").toDate(), QDate(2024, 12, 31));
    EXPECT_EQ(f.goalField("unit").toString(),
              QStringLiteral("reported crimes per 100 000 inhabitants"));
    EXPECT_TRUE(f.goalField("indicator").toString().contains(kViolence));
}

TEST(StatisticsLinksTest, FillBaselineIsDisabledWithTheReason)
{
    LinkedFile f;
    GoalsPage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Goals, f.agreement, f.goal));
    EXPECT_TRUE(page.fillBaselineButton()->isEnabled());

    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("problem"), f.unlinked);
    settle();
    EXPECT_FALSE(page.fillBaselineButton()->isEnabled());
    EXPECT_TRUE(page.fillBaselineButton()->toolTip().contains(QStringLiteral("Otrygghet")));
    EXPECT_FALSE(page.fillBaselineFromStatistics(Measure::Count));
    EXPECT_FALSE(f.goalField("baseline.value").isValid() &&
                 !f.goalField("baseline.value").isNull());

    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("problem"), QString());
    settle();
    EXPECT_FALSE(page.fillBaselineButton()->isEnabled());
    EXPECT_TRUE(page.fillBaselineButton()->toolTip().contains(QStringLiteral("problem")));

    LinkedFile empty(false);
    GoalsPage emptyPage(empty.context);
    emptyPage.showTarget(targetOf(NavTarget::Page::Goals, empty.agreement, empty.goal));
    EXPECT_FALSE(emptyPage.fillBaselineButton()->isEnabled());
    EXPECT_TRUE(emptyPage.fillBaselineButton()->toolTip().contains(QStringLiteral("Import")));
}

TEST(StatisticsLinksTest, SignedGoalCannotTakeABaseline)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    QString signedId;
    for (const core::Agreement &a : context.file()->agreements())
        if (a.isSigned())
            signedId = a.id;
    const core::Agreement agreement = context.file()->agreement(signedId);
    QString linkedGoal;
    for (const core::Goal &g : agreement.goals)
        if (!g.problem.isEmpty() && linkedGoal.isEmpty())
            linkedGoal = g.id;
    ASSERT_FALSE(linkedGoal.isEmpty());
    GoalsPage page(context);
    page.showTarget(targetOf(NavTarget::Page::Goals, signedId, linkedGoal));
    EXPECT_FALSE(page.fillBaselineButton()->isEnabled());
    EXPECT_TRUE(page.fillBaselineButton()->toolTip().contains(QStringLiteral("signed")));
}

TEST(StatisticsLinksTest, DialogOffersTheYearsWithAValueLatestFirst)
{
    core::StatisticsSeries series;
    series.municipalityCode = QStringLiteral("2280");
    series.label = kViolence;
    for (int year : {2021, 2022, 2023}) {
        core::SeriesPoint p;
        p.year = year;
        p.count = year - 2000;
        if (year != 2023)
            p.ratePer100k = (year - 2000) * 4.0;
        series.points << p;
    }
    BaselineFromStatisticsDialog dialog(series);
    EXPECT_EQ(dialog.measure(), Measure::Count);
    EXPECT_EQ(dialog.years(), (QList<int>{2023, 2022, 2021}));
    EXPECT_EQ(dialog.year(), 2023);
    ASSERT_TRUE(dialog.value().has_value());
    EXPECT_EQ(dialog.value()->value, std::optional<double>(23));
    EXPECT_EQ(dialog.value()->date, QDate(2023, 12, 31));
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("2023-12-31")));

    // The rate has no 2023 (no population): that year is not offered.
    dialog.setMeasure(Measure::RatePer100k);
    EXPECT_EQ(dialog.years(), (QList<int>{2022, 2021}));
    EXPECT_EQ(dialog.year(), 2022);
    EXPECT_EQ(dialog.value()->value, std::optional<double>(88));
    dialog.setYear(2021);
    EXPECT_EQ(dialog.value()->date, QDate(2021, 12, 31));
}

TEST(StatisticsLinksTest, EffectFollowUpShowsTheLatestValueBesideBaselineAndTarget)
{
    LinkedFile f;
    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("baseline.value"), 120.0);
    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("baseline.date"),
                       QDate(2023, 12, 31));
    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("target.value"), 90.0);
    const QString followUp =
        f.context.insertRecord(RecordKind::FollowUp, f.agreement,
                               {{QStringLiteral("date"), QDate(2025, 3, 1)},
                                {QStringLiteral("kind"), QStringLiteral("effect")},
                                {QStringLiteral("goal"), f.goal}});
    ASSERT_FALSE(followUp.isEmpty());
    FollowUpsPage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::FollowUps, f.agreement, followUp));
    const QString text = page.goalValues()->text();
    EXPECT_FALSE(page.goalValues()->isHidden());
    EXPECT_TRUE(text.contains(QStringLiteral("Baseline 120 (2023-12-31)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Target 90"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Latest in the statistics for Härnösand: %1 (2024)")
                                  .arg(StatisticsFormat::count(110))))
        << text.toStdString();

    // A goal measured per 100 000 inhabitants is compared with the rate.
    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("unit"),
                       QStringLiteral("anmälda brott per 100 000 invånare"));
    settle();
    EXPECT_TRUE(page.goalValues()->text().contains(
        QStringLiteral("Latest in the statistics for Härnösand: %1 (2024)")
            .arg(rateText(110, 24500))))
        << page.goalValues()->text().toStdString();

    // Without a series it says so plainly.
    f.context.setField(RecordKind::Goal, f.goal, QStringLiteral("problem"), f.unlinked);
    settle();
    EXPECT_TRUE(page.goalValues()->text().contains(QStringLiteral("No statistics")));
    EXPECT_FALSE(page.goalValues()->text().contains(QStringLiteral("Latest")));

    // A process follow-up has no goal values.
    f.context.setField(RecordKind::FollowUp, followUp, QStringLiteral("kind"),
                       QStringLiteral("process"));
    settle();
    EXPECT_TRUE(page.goalValues()->isHidden());
}
