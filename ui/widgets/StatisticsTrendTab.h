#pragma once

// The tab "Utveckling": reported crimes of one municipality over the years as a line
// chart and a table, by category or by chosen crime types, as counts or per 100 000
// inhabitants. The chart can be exported as PNG or PDF.

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QListWidget;
class QListWidgetItem;
class QTableView;

namespace samverka::core {
class StatisticsCalculator;
}

namespace samverka::ui {

class ChartWidget;
class StatisticsSeriesModel;

class StatisticsTrendTab : public QWidget
{
    Q_OBJECT

public:
    enum class Grouping { Categories, CrimeTypes };

    explicit StatisticsTrendTab(QWidget *parent = nullptr);

    /// The calculator must outlive its use here (the page owns it and calls this again
    /// whenever it replaces it).
    void setData(const core::StatisticsCalculator *calculator, const QString &code);
    void setGrouping(Grouping grouping);
    /// Shows rates per 100 000 instead of counts.
    void setPerCapita(bool perCapita);
    /// Ticks exactly these categories or crime types (full labels).
    void setChosen(const QStringList &keys);
    QStringList chosen() const;

    StatisticsSeriesModel *model() const { return m_model; }
    ChartWidget *chart() const { return m_chart; }

private:
    void fillChoices();
    void refresh();

    const core::StatisticsCalculator *m_calculator = nullptr;
    QString m_code;
    QComboBox *m_grouping;
    QComboBox *m_measure;
    QListWidget *m_choices;
    ChartWidget *m_chart;
    QTableView *m_table;
    StatisticsSeriesModel *m_model;
    QHash<int, QStringList> m_chosenByGrouping;
    bool m_filling = false;
};

} // namespace samverka::ui
