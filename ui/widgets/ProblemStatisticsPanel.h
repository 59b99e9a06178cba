#pragma once

// The "Statistik" panel beside a problem: the yearly reported crimes of the problem's
// crime types or categories in the file's own municipality, as a line chart and the
// numbers (count, and per 100 000 inhabitants where the population is known). Without
// a link or without statistics it says what to do instead of drawing an empty chart.

#include "statistics/StatisticsResults.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace samverka::ui {

class ChartWidget;

class ProblemStatisticsPanel : public QGroupBox
{
    Q_OBJECT

public:
    /// Why there is no series to show.
    enum class Missing { NoProblem, NoCrimeCategories, NoStatistics, NoMatchingStatistics };

    explicit ProblemStatisticsPanel(QWidget *parent = nullptr);

    /// Shows the series (it must have at least one value).
    void showSeries(const core::StatisticsSeries &series);
    /// Shows the hint for what is missing; entries are the problem's crime categories.
    void showMissing(Missing missing, const QStringList &entries = {});

    bool isShowingSeries() const;
    std::optional<Missing> missing() const { return m_missing; }
    QString hintText() const;
    QString captionText() const;
    /// The shown text of a measure (0 count, 1 per 100 000) in a year; empty if none.
    QString valueText(int measure, int year) const;
    ChartWidget *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }

signals:
    /// The user asked for the statistics page (to import or to look closer).
    void openStatisticsRequested();

private:
    void fitTableHeight();

    QStackedWidget *m_stack;
    QWidget *m_seriesView;
    QWidget *m_hintView;
    QLabel *m_caption;
    ChartWidget *m_chart;
    QTableWidget *m_table;
    QLabel *m_hint;
    QPushButton *m_openStatistics;
    std::optional<Missing> m_missing = Missing::NoProblem;
};

} // namespace samverka::ui
