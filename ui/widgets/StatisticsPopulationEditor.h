#pragma once

// Manual entry of a municipality's population per year (for rates per 100 000): a small
// table of years with an editable population. Each edit (add a year, change a value,
// remove a year) is one undoable command on AppContext's stack, like every other edit.

#include <QWidget>

class QPushButton;
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
    /// Removes one year's population; false when there is none or the file refused.
    bool removePopulation(int year);
    QTableWidget *table() const { return m_table; }

private:
    /// The storage address of year's population row, or empty when it has none.
    QString populationId(int year) const;
    void itemChanged(QTableWidgetItem *item);
    void addYear();
    void removeCurrentYear();
    void updateButtons();

    AppContext &m_context;
    QString m_code;
    QTableWidget *m_table;
    QSpinBox *m_newYear;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace samverka::ui
