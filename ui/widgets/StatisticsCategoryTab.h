#pragma once

// The tab "Per kategori och brottstyp": reported crimes of one municipality and year
// by category, expandable to crime types, with share, rate per 100 000 and change from
// the year before, and the reminder that reported crime is not all crime.

#include "statistics/StatisticsResults.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace samverka::ui {

class StatisticsTableModel;

class StatisticsCategoryTab : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsCategoryTab(QWidget *parent = nullptr);

    void setTable(const core::StatisticsTable &table);
    StatisticsTableModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    void fitColumns();

    StatisticsTableModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
};

} // namespace samverka::ui
