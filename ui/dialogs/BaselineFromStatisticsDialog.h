#pragma once

// "Hämta utgångsvärde från statistik": the user picks the measure (count or per 100 000
// inhabitants) and the year of the goal's problem series; the dialog shows the value
// and date the goal's baseline will get. The goals page writes them as one edit.

#include "statistics/StatisticsCalculator.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace samverka::ui {

class BaselineFromStatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    using Measure = core::StatisticsCalculator::Measure;

    BaselineFromStatisticsDialog(const core::StatisticsSeries &series, QWidget *parent = nullptr);

    Measure measure() const;
    void setMeasure(Measure measure);
    /// The chosen year; 0 when the measure has no value in any year.
    int year() const;
    void setYear(int year);
    /// The years with a value of the chosen measure, the latest first.
    QList<int> years() const;
    /// The baseline the choice gives (value and 31 December of the year).
    std::optional<core::GoalValue> value() const;
    QString previewText() const;

private:
    void fillYears();
    void updatePreview();

    core::StatisticsSeries m_series;
    QComboBox *m_measure;
    QComboBox *m_year;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace samverka::ui
