#pragma once

// The focus areas of part 2. Without a record: the list of the agreement's focus areas,
// where they are added, removed, reordered and opened. With one: that focus area's title,
// background, problems and action plan (Mål | Aktivitet | När | Ansvarig), editable and
// reorderable in place.

#include "Page.h"

#include "Agreement.h"

class QPushButton;
class QStackedWidget;
class QTableView;

namespace samverka::ui {

class ActionPlanModel;
class FieldBinder;
class LineField;
class LinkChecklist;
class RecordListPanel;
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
    /// The list of focus areas (shown when no focus area is chosen).
    RecordListPanel *areaList() const { return m_areas; }
    bool showsList() const;
    LineField *titleField() const { return m_title; }
    /// Adds a focus area to the shown agreement and opens it with its title selected.
    QString addFocusArea();
    /// The buttons' actions, public for keyboard users' shortcuts and tests.
    QString addMeasure();
    bool removeSelectedMeasure();
    bool moveSelected(int delta);
    /// Moves the focus area selected in the list up (-1) or down (+1).
    bool moveArea(int delta);
    void editGoalsOf(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListSide();
    QWidget *createEditorSide();
    void reloadList(const core::Agreement &agreement);
    void updateButtons();

    QStackedWidget *m_stack;
    RecordListPanel *m_areas;
    QPushButton *m_areaUp;
    QPushButton *m_areaDown;
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
