#pragma once

// Manual entry of a municipality's population per year (for rates per 100 000): a small
// table of years with an editable population. Each edit is written at once as one
// population row (MunicipalityFile::importPopulation) through AppContext::run, so a
// refused write is reported like any other.

#include <QWidget>

class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace samverka::ui {

class AppContext;

class StatisticsPopulationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPopulationEditor(AppContext &context, QWidget *parent = nullptr);

    /// Re-reads the years: those with statistics or population for the file's
    /// municipality, and the year after the latest.
    void reload();
    /// Writes one year's population; false when refused (value not positive, file locked).
    bool setPopulation(int year, qint64 value);
    QTableWidget *table() const { return m_table; }

private:
    void itemChanged(QTableWidgetItem *item);
    void addYear();

    AppContext &m_context;
    QString m_code;
    QTableWidget *m_table;
    QSpinBox *m_newYear;
    bool m_filling = false;
};

} // namespace samverka::ui
