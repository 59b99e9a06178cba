#include "FocusAreaPage.h"

#include "AppContext.h"
#include "models/ActionPlanModel.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/GoalLinksDialog.h"
#include "widgets/LineField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RecordLabels.h"
#include "widgets/TextField.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

FocusAreaPage::FocusAreaPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
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
    m_background->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_problems->setFitRows(6);
    auto *form = makeForm();
    addFormRow(form, tr("&Title:"), m_title);
    addFormRow(form, tr("&Background:"), m_background);
    addFormRow(form, tr("&Problems:"), m_problems);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Action plan"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setWordWrap(true);
    m_view->setTabKeyNavigation(false);
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(planLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

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
}

QString FocusAreaPage::title() const
{
    return m_areaTitle.isEmpty() ? tr("Focus area") : m_areaTitle;
}

void FocusAreaPage::showTarget(const NavTarget &target)
{
    setTarget(target);
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
    } catch (const std::exception &) {
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
    m_model->reload();
    updateButtons();
}

bool FocusAreaPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
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
    } catch (const std::exception &) {
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
