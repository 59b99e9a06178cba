// The statistics models pass Qt's model tester (with a reset in between, as the page
// does on every reload), and the series model's chart shows exactly the table.

#include "UiTestSupport.h"

#include "models/StatisticsSeriesModel.h"
#include "models/StatisticsSurveyModel.h"
#include "models/StatisticsTableModel.h"

#include "statistics/StatisticsCalculator.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace samverka;
using namespace samverka::ui;

namespace {

core::StatisticsCalculator demoCalculator(storage::MunicipalityFile &file)
{
    return core::StatisticsCalculator(file.crimeStatistics(), file.population(),
                                      core::CategoryMapper(file.categoryMapping()),
                                      file.municipality().code);
}

} // namespace

TEST(StatisticsModelsTest, TableModelPassesTheModelTester)
{
    test::TempMunicipality demo(true);
    const auto file = demo.open();
    const core::StatisticsCalculator calculator = demoCalculator(*file);
    StatisticsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(calculator.table(QStringLiteral("2280"), 2024));
    EXPECT_EQ(model.rowCount(), 10); // nine categories and the total
    model.setTable(calculator.table(QStringLiteral("2262"), 2020));
    EXPECT_EQ(model.rowCount(), 10);
    // 2020 has no year before it in the file: no change, shown as missing.
    EXPECT_EQ(model.totalIndex().siblingAtColumn(StatisticsTableModel::Change).data().toString(),
              QStringLiteral(".."));
    model.setTable({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.totalIndex().isValid());
}

TEST(StatisticsModelsTest, SeriesModelPassesTheModelTesterAndMatchesItsChart)
{
    test::TempMunicipality demo(true);
    const auto file = demo.open();
    const core::StatisticsCalculator calculator = demoCalculator(*file);
    StatisticsSeriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSeries(calculator.trendByCategory(QStringLiteral("2280")));
    ASSERT_EQ(model.rowCount(), 9);
    EXPECT_EQ(model.columnCount(), 6); // the label and five years
    const documents::ChartData chart =
        model.chartData(QStringLiteral("t"), documents::ChartData::Kind::Line);
    ASSERT_EQ(chart.series.size(), 9);
    for (int row = 0; row < model.rowCount(); ++row)
        for (int c = 1; c < model.columnCount(); ++c)
            EXPECT_EQ(chart.series.at(row).values.at(c - 1),
                      model.index(row, c).data(StatisticsSeriesModel::ValueRole).toDouble());
    model.setMeasure(StatisticsSeriesModel::Measure::RatePer100k);
    EXPECT_GT(model.index(0, 5).data(StatisticsSeriesModel::ValueRole).toDouble(), 0);
    model.setSeries(calculator.comparison({QStringLiteral("2280"), QStringLiteral("2262")}));
    EXPECT_EQ(model.rowCount(), 2);
    model.setSeries({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(StatisticsModelsTest, SurveyModelFlagsWideIntervals)
{
    test::TempMunicipality demo(true);
    const auto file = demo.open();
    StatisticsSurveyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSeries(core::StatisticsCalculator::surveySeries(file->surveyIndicators()));
    ASSERT_EQ(model.rowCount(), 15);
    int flagged = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex interval = model.index(row, StatisticsSurveyModel::Interval);
        const QModelIndex note = model.index(row, StatisticsSurveyModel::Note);
        const bool wide = note.data(StatisticsSurveyModel::WideIntervalRole).toBool();
        // The flag is the core's rule: wider than 10 points (or no interval).
        const QVariant width = interval.data(StatisticsSurveyModel::ValueRole);
        EXPECT_EQ(wide, !width.isValid() || width.toDouble() > 10.0) << row;
        EXPECT_EQ(note.data().toString(),
                  wide ? StatisticsSurveyModel::uncertainText() : QString());
        flagged += wide ? 1 : 0;
    }
    EXPECT_GT(flagged, 0);
    const documents::ChartData chart = model.chartData(0);
    EXPECT_EQ(chart.series.size(), 3); // value, lower and upper limit
}
