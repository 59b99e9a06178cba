#include "FocusAreaPage.h"

#include "AppContext.h"
#include "UiErrors.h"
#include "models/ActionPlanModel.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/GoalLinksDialog.h"
#include "widgets/LineField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/PageHeading.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordListPanel.h"
#include "widgets/SteadyEditorDelegate.h"
#include "widgets/TableExportButton.h"
#include "widgets/TextField.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

FocusAreaPage::FocusAreaPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_stack(new QStackedWidget(this))
    , m_areas(new RecordListPanel(tr("Focus areas"), this))
    , m_areaUp(new QPushButton(tr("Move up"), this))
    , m_areaDown(new QPushButton(tr("Move down"), this))
    , m_binder(new FieldBinder(context, this))
    , m_model(new ActionPlanModel(context, this))
    , m_title(new LineField(this))
    , m_background(new TextField(this))
    , m_problems(new LinkChecklist(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add measure"), this))
    , m_remove(new QPushButton(tr("Remove measure"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_goals(new QPushButton(tr("Goals…"), this))
{
    m_stack->addWidget(createListSide());
    m_stack->addWidget(createEditorSide());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_binder->bind(m_title, QStringLiteral("title"), tr("Edit focus area title"));
    m_binder->bind(m_background, QStringLiteral("background"), tr("Edit background"));
    m_binder->bind(m_problems, QStringLiteral("problems"), tr("Edit problems of focus area"));

    connect(m_add, &QPushButton::clicked, this, [this] { addMeasure(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelectedMeasure(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_goals, &QPushButton::clicked, this,
            [this] { editGoalsOf(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == ActionPlanModel::GoalsColumn)
            editGoalsOf(index.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FocusAreaPage::updateButtons);
    // A reset (any change to the file) keeps the selected measure selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_keepId = m_model->measureId(current.row());
        m_keepColumn = current.isValid() ? current.column() : ActionPlanModel::ActivityColumn;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOf(m_keepId); row >= 0)
            m_view->setCurrentIndex(m_model->index(row, m_keepColumn));
        m_view->resizeRowsToContents();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &FocusAreaPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->resizeRowsToContents();
        updateButtons();
    });
}

QWidget *FocusAreaPage::createEditorSide()
{
    m_background->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_problems->setFitRows(6);
    auto *form = makeForm();
    addFormRow(form, tr("&Title:"), m_title);
    addFormRow(form, tr("&Background:"), m_background);
    addFormRow(form, tr("&Problems:"), m_problems);

    // The page reloads the plan with its own reload, from the agreement it has read.
    m_model->setFollowsChanges(false);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SteadyEditorDelegate(m_view));
    m_view->setAccessibleName(tr("Action plan"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setWordWrap(true);
    m_view->setTabKeyNavigation(true); // Tab moves cell to cell, as in a spreadsheet
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ActionPlanModel::GoalsColumn, 230);
    m_view->setColumnWidth(ActionPlanModel::ActivityColumn, 330);
    m_view->setColumnWidth(ActionPlanModel::WhenColumn, 170);
    auto *planLabel = new QLabel(tr("&Action plan:"), this);
    planLabel->setBuddy(m_view);
    QFont bold = planLabel->font();
    bold.setBold(true);
    planLabel->setFont(bold);

    m_up->setToolTip(tr("Move the measure up (Ctrl+Shift+Up)"));
    m_down->setToolTip(tr("Move the measure down (Ctrl+Shift+Down)"));
    m_goals->setToolTip(tr("Choose the goals the selected measure serves"));
    m_view->installEventFilter(this); // Ctrl+Shift+Up/Down move the selected measure

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_goals);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);

    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(planLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    return side;
}

QWidget *FocusAreaPage::createListSide()
{
    QLabel *heading = PageHeading::create(this);
    heading->setText(tr("Focus areas"));
    auto *intro = new QLabel(
        tr("The focus areas are the headings of part 2, taken from the prioritised problems of "
           "the joint problem picture. Each has its goals and an action plan: "
           "Goal | Activity | When | Responsible."),
        this);
    intro->setWordWrap(true);
    m_areas->setHeaders(tr("Focus area"), tr("Contents"));
    m_areas->setAddText(tr("&Add focus area"));
    m_areas->setRemoveText(tr("&Remove focus area"));
    m_areas->setEmptyText(tr("No focus areas yet"));
    m_areas->addExtraButton(new TableExportButton(
        context(), documents::TableKind::ActionPlan,
        tr("The action plan, a sheet per focus area with Goal | Activity | When | Responsible, "
           "as an Excel workbook or a CSV file")));
    m_areaUp->setToolTip(tr("Move the focus area up (Ctrl+Shift+Up)"));
    m_areaDown->setToolTip(tr("Move the focus area down (Ctrl+Shift+Down)"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_areaUp);
    buttons->addWidget(m_areaDown);
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_areas, 1);
    layout->addLayout(buttons);
    m_areas->tree()->installEventFilter(this); // Ctrl+Shift+Up/Down move the focus area

    connect(m_areas, &RecordListPanel::addRequested, this, [this] { addFocusArea(); });
    connect(m_areas, &RecordListPanel::removeRequested, this, [this](const QString &id) {
        context().removeRecord(RecordKind::FocusArea, id, tr("Remove focus area"));
    });
    connect(m_areas, &RecordListPanel::activated, this, [this](const QString &id) {
        context().navigate(NavTarget{NavTarget::Page::FocusArea, target().agreementId, id});
    });
    connect(m_areas, &RecordListPanel::currentChanged, this, &FocusAreaPage::updateButtons);
    connect(m_areaUp, &QPushButton::clicked, this, [this] { moveArea(-1); });
    connect(m_areaDown, &QPushButton::clicked, this, [this] { moveArea(1); });
    return side;
}

QString FocusAreaPage::title() const
{
    return m_areaTitle.isEmpty() ? tr("Focus area") : m_areaTitle;
}

bool FocusAreaPage::showsList() const
{
    return m_stack->currentIndex() == 0;
}

void FocusAreaPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    m_stack->setCurrentIndex(target.recordId.isEmpty() ? 0 : 1);
    m_binder->setRecord(RecordKind::FocusArea, target.recordId);
    m_model->setFocusArea(target.agreementId, target.recordId);
    reload();
}

void FocusAreaPage::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    try {
        agreement = context().file()->agreement(target().agreementId);
    } catch (const std::exception &error) {
        UiErrors::recordGone(context(), QStringLiteral("FocusAreaPage::reload"), error);
        return;
    }
    if (showsList()) {
        reloadList(agreement);
        return;
    }
    m_areaTitle.clear();
    for (const core::FocusArea &area : agreement.focusAreas)
        if (area.id == target().recordId)
            m_areaTitle = area.title;
    m_problems->setItems(RecordLabels::problems(agreement));
    m_binder->setFrozen(agreement.isSigned());
    m_binder->load();
    m_model->setEditable(!agreement.isSigned());
    m_model->reload(agreement);
    updateButtons();
}

void FocusAreaPage::reloadList(const core::Agreement &agreement)
{
    m_areaTitle.clear();
    QList<ListEntry> entries;
    for (qsizetype i = 0; i < agreement.focusAreas.size(); ++i) {
        const core::FocusArea &area = agreement.focusAreas.at(i);
        const auto goals =
            std::count_if(agreement.goals.cbegin(), agreement.goals.cend(),
                          [&](const core::Goal &g) { return g.focusArea == area.id; });
        const auto measures =
            std::count_if(agreement.measures.cbegin(), agreement.measures.cend(),
                          [&](const core::Measure &m) { return m.focusArea == area.id; });
        ListEntry entry;
        entry.id = area.id;
        entry.label = tr("%1. %2").arg(i + 1).arg(area.title.isEmpty() ? tr("Untitled focus area")
                                                                       : area.title);
        entry.detail = tr("%n goal(s)", nullptr, int(goals)) + QStringLiteral(", ") +
                       tr("%n measure(s)", nullptr, int(measures));
        entry.warn = measures == 0;
        entry.toolTip = measures == 0 ? tr("No action plan yet: open the focus area and add "
                                           "measures")
                                      : QString();
        entries.append(entry);
    }
    m_areas->setEditable(!agreement.isSigned());
    m_areas->setEntries(entries);
    updateButtons();
}

bool FocusAreaPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_view || watched == m_areas->tree()) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            const int delta = key->key() == Qt::Key_Up ? -1 : 1;
            if (watched == m_view)
                moveSelected(delta);
            else
                moveArea(delta);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void FocusAreaPage::updateButtons()
{
    const bool editable = !isFrozen() && context().hasFile();
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_goals->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
    const int areaRow = m_areas->tree()->currentIndex().row();
    const int areaCount = m_areas->tree()->topLevelItemCount();
    m_areaUp->setEnabled(editable && areaRow > 0);
    m_areaDown->setEnabled(editable && areaRow >= 0 && areaRow + 1 < areaCount);
}

QString FocusAreaPage::addFocusArea()
{
    if (isFrozen() || target().agreementId.isEmpty())
        return {};
    const QString id = context().insertRecord(RecordKind::FocusArea, target().agreementId,
                                              {{QStringLiteral("title"), tr("New focus area")}}, -1,
                                              tr("Add focus area"));
    if (id.isEmpty())
        return {};
    context().navigate(NavTarget{NavTarget::Page::FocusArea, target().agreementId, id});
    // The new area opens with its title selected, ready to be typed over.
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
    return id;
}

bool FocusAreaPage::moveArea(int delta)
{
    const QString id = m_areas->currentId();
    const int row = m_areas->tree()->currentIndex().row();
    const int to = row + delta;
    if (id.isEmpty() || row < 0 || to < 0 || to >= m_areas->tree()->topLevelItemCount())
        return false;
    if (!context().moveRecord(RecordKind::FocusArea, id, to, tr("Move focus area")))
        return false;
    m_areas->selectId(id);
    updateButtons();
    return true;
}

QString FocusAreaPage::addMeasure()
{
    const QString id = context().insertRecord(RecordKind::Measure, target().agreementId,
                                              {{QStringLiteral("title"), tr("New activity")},
                                               {QStringLiteral("focusArea"), target().recordId}},
                                              -1, tr("Add measure"));
    if (!id.isEmpty()) {
        m_model->reload();
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, ActionPlanModel::ActivityColumn);
            m_view->setCurrentIndex(index);
            m_view->edit(index);
        }
    }
    return id;
}

bool FocusAreaPage::removeSelectedMeasure()
{
    const QString id = m_model->measureId(m_view->currentIndex().row());
    if (id.isEmpty())
        return false;
    const bool ok = context().removeRecord(RecordKind::Measure, id, tr("Remove measure"));
    if (ok)
        m_model->reload();
    return ok;
}

bool FocusAreaPage::moveSelected(int delta)
{
    const int row = m_view->currentIndex().row();
    const int column = qMax(0, m_view->currentIndex().column());
    const QString id = m_model->measureId(row);
    if (id.isEmpty() || !m_model->moveMeasure(row, row + delta))
        return false;
    m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), column));
    return true;
}

void FocusAreaPage::editGoalsOf(int row)
{
    const QString id = m_model->measureId(row);
    if (id.isEmpty() || isFrozen())
        return;
    core::Agreement agreement;
    try {
        agreement = context().file()->agreement(target().agreementId);
    } catch (const std::exception &error) {
        UiErrors::recordGone(context(), QStringLiteral("FocusAreaPage::editGoalsOf"), error);
        return;
    }
    for (const core::Measure &measure : std::as_const(agreement.measures)) {
        if (measure.id != id)
            continue;
        GoalLinksDialog dialog(measure.title, RecordLabels::goals(agreement), measure.goals, this);
        if (dialog.exec() == QDialog::Accepted && dialog.checkedIds() != measure.goals)
            context().setField(RecordKind::Measure, id, QStringLiteral("goals"),
                               dialog.checkedIds(), tr("Edit goals of measure"));
        return;
    }
}

} // namespace samverka::ui
