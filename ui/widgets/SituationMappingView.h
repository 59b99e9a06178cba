#pragma once

// The numbers of the lägesbild's kartläggning on its page (issue #14): reported crime by
// category in the year reported, with share, rate per 100 000 and the changes from the
// year before and over the period, from core::SituationMapping. Read-only: the numbers
// come from the file's statistics, never from typing. Says so when the period has none.

#include "statistics/SituationMapping.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace samverka::ui {

class SituationMappingView : public QWidget
{
    Q_OBJECT

public:
    explicit SituationMappingView(QWidget *parent = nullptr);

    /// Shows the kartläggning of fromYear..toYear (the years asked for, for the message
    /// when there is nothing).
    /// note, when given, follows the caption (an adopted edition's kept numbers).
    void show(const core::SituationMappingResult &mapping, int fromYear, int toYear,
              const QString &note = {});
    /// Shows that the edition has no years to map.
    void showNoYears();

    QTreeWidget *table() const { return m_table; }
    /// The municipalities compared, the own first; hidden when none is chosen.
    QTreeWidget *comparisonTable() const { return m_comparison; }
    QLabel *caption() const { return m_caption; }

private:
    void showComparison(const core::SituationMappingResult &mapping);
    /// Numbers right-aligned, the first column stretched, as high as the rows.
    static void fitHeight(QTreeWidget *tree);

    QLabel *m_caption;
    QTreeWidget *m_table;
    QTreeWidget *m_comparison;
};

} // namespace samverka::ui
