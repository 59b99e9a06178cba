#pragma once

// The tab "Jämförelse": the rate per 100 000 inhabitants of the municipalities in the
// file, year by year, for all reported crime or one category, as a bar or line chart
// and a table. Comparing rates, not counts, is what makes municipalities comparable.

#include <QWidget>

class QComboBox;
class QListWidget;
class QTableView;

namespace samverka::core {
class StatisticsCalculator;
}

namespace samverka::ui {

class ChartWidget;
class StatisticsSeriesModel;

class StatisticsComparisonTab : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsComparisonTab(QWidget *parent = nullptr);

    /// ownCode comes first and is ticked; the calculator must outlive its use here.
    void setData(const core::StatisticsCalculator *calculator, const QString &ownCode);
    /// Ticks exactly these municipality codes.
    void setChosenCodes(const QStringList &codes);
    QStringList chosenCodes() const;
    /// A category name, or empty for all reported crime.
    void setCrimeKey(const QString &key);
    void setLineChart(bool line);

    StatisticsSeriesModel *model() const { return m_model; }
    ChartWidget *chart() const { return m_chart; }

private:
    void refresh();

    const core::StatisticsCalculator *m_calculator = nullptr;
    QString m_ownCode;
    QListWidget *m_codes;
    QComboBox *m_crime;
    QComboBox *m_kind;
    ChartWidget *m_chart;
    QTableView *m_table;
    StatisticsSeriesModel *m_model;
    QStringList m_unticked; ///< codes the user unticked, kept across reloads
    bool m_filling = false;
};

} // namespace samverka::ui
