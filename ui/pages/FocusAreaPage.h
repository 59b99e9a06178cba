#pragma once

// One focus area of part 2: title, background, the problems it takes up, and its
// action plan (Mål | Aktivitet | När | Ansvarig), editable and reorderable in place.

#include "Page.h"

class QPushButton;
class QTableView;

namespace samverka::ui {

class ActionPlanModel;
class FieldBinder;
class LineField;
class LinkChecklist;
class TextField;

class FocusAreaPage : public Page
{
    Q_OBJECT

public:
    explicit FocusAreaPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    ActionPlanModel *actionPlan() const { return m_model; }
    QTableView *actionPlanView() const { return m_view; }
    FieldBinder *binder() const { return m_binder; }
    /// The buttons' actions, public for keyboard users' shortcuts and tests.
    QString addMeasure();
    bool removeSelectedMeasure();
    bool moveSelected(int delta);
    void editGoalsOf(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    FieldBinder *m_binder;
    ActionPlanModel *m_model;
    LineField *m_title;
    TextField *m_background;
    LinkChecklist *m_problems;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_goals;
    QString m_areaTitle;
    QString m_keepId;
    int m_keepColumn = 1;
};

} // namespace samverka::ui
