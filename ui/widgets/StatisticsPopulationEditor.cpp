#include "StatisticsPopulationEditor.h"

#include "AppContext.h"
#include "StatisticsFormat.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

namespace {

constexpr int YearRole = Qt::UserRole + 1;

} // namespace

StatisticsPopulationEditor::StatisticsPopulationEditor(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, 2, this))
    , m_newYear(new QSpinBox(this))
    , m_remove(new QPushButton(tr("Remove year"), this)) // sv: Ta bort år
{
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Population")}); // sv: År, Invånare
    m_table->setAccessibleName(tr("Population per year"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it

    m_newYear->setRange(1990, QDate::currentDate().year() + 1);
    m_newYear->setValue(QDate::currentDate().year());
    m_newYear->setAccessibleName(tr("Year to add"));
    auto *add = new QPushButton(tr("Add year"), this);
    connect(add, &QPushButton::clicked, this, &StatisticsPopulationEditor::addYear);
    m_remove->setToolTip(tr("Removes the population of the selected year"));
    connect(m_remove, &QPushButton::clicked, this, &StatisticsPopulationEditor::removeCurrentYear);

    // The editor sits in a modal dialog, where the main window's Edit menu cannot be
    // reached: offer undo and redo of the same stack here.
    QAction *undo = context.undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = context.undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

    // sv: Befolkningen den 31 december används för antal per 100 000 invånare. Skriv in
    // värdet (F2 eller börja skriva) och tryck Retur.
    auto *hint = new QLabel(tr("The population is used for the rates per 100 000 inhabitants. "
                               "Type the value (F2 or start typing) and press Enter."),
                            this);
    hint->setWordWrap(true);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newYear);
    addRow->addWidget(add);
    addRow->addStretch(1);
    addRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);

    connect(m_table, &QTableWidget::itemChanged, this, &StatisticsPopulationEditor::itemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            &StatisticsPopulationEditor::updateButtons);
    // Queued: an edit's own change signal arrives while the edited item is still in use.
    connect(
        &context, &AppContext::dataChanged, this,
        [this](const storage::Change &change) {
            using K = storage::RecordKind;
            if (change.extent != storage::Change::Extent::Record || change.kind == K::Population ||
                change.kind == K::Municipality)
                reload();
        },
        Qt::QueuedConnection);
    reload();
}

void StatisticsPopulationEditor::reload()
{
    if (!m_context.hasFile())
        return;
    storage::MunicipalityFile *file = m_context.file();
    m_code = file->municipality().code;
    QMap<int, qint64> byYear; // 0: no population yet
    for (const core::CrimeStatistic &row : file->crimeStatistics())
        if (row.municipalityCode == m_code && row.period.isEmpty())
            byYear.insert(row.year, 0);
    for (const core::Population &p : file->population())
        if (p.municipalityCode == m_code || p.municipalityCode.isEmpty())
            byYear.insert(p.year, p.value);
    if (!byYear.isEmpty() && !byYear.contains(byYear.lastKey() + 1))
        byYear.insert(byYear.lastKey() + 1, 0);

    const int currentYear = m_table->currentRow() >= 0
                                ? m_table->item(m_table->currentRow(), 0)->data(YearRole).toInt()
                                : 0;
    m_filling = true;
    m_table->setRowCount(0);
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *year = new QTableWidgetItem(QString::number(it.key()));
        year->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        year->setData(YearRole, it.key());
        auto *value =
            new QTableWidgetItem(it.value() > 0 ? StatisticsFormat::count(it.value()) : QString());
        value->setData(YearRole, it.key());
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (it.value() <= 0)
            value->setToolTip(tr("No population for %1 yet").arg(it.key()));
        m_table->setItem(row, 0, year);
        m_table->setItem(row, 1, value);
        if (it.key() == currentYear)
            m_table->setCurrentCell(row, 1);
    }
    m_filling = false;
    updateButtons();
}

QString StatisticsPopulationEditor::populationId(int year) const
{
    if (!m_context.hasFile())
        return {};
    for (const core::Population &p : m_context.file()->population())
        if (p.year == year && (p.municipalityCode == m_code || p.municipalityCode.isEmpty()))
            return p.rowId.value;
    return {};
}

bool StatisticsPopulationEditor::setPopulation(int year, qint64 value)
{
    if (!m_context.hasFile())
        return false;
    if (value <= 0) {
        emit m_context.errorOccurred(tr("The population must be a positive whole number."));
        return false;
    }
    using storage::RecordKind;
    const QString id = populationId(year);
    if (!id.isEmpty())
        return m_context.setField(RecordKind::Population, id, QStringLiteral("value"), value,
                                  tr("Change population %1").arg(year)); // sv: Ändra befolkning
    const QVariantMap fields = {{QStringLiteral("municipalityCode"), m_code},
                                {QStringLiteral("year"), year},
                                {QStringLiteral("value"), value}};
    return !m_context
                .insertRecord(RecordKind::Population, QString(), fields, -1,
                              tr("Add population %1").arg(year)) // sv: Lägg till befolkning
                .isEmpty();
}

bool StatisticsPopulationEditor::removePopulation(int year)
{
    const QString id = populationId(year);
    if (id.isEmpty())
        return false;
    return m_context.removeRecord(storage::RecordKind::Population, id,
                                  tr("Remove population %1").arg(year)); // sv: Ta bort befolkning
}

void StatisticsPopulationEditor::removeCurrentYear()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        removePopulation(m_table->item(row, 0)->data(YearRole).toInt());
}

void StatisticsPopulationEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0 && m_table->item(row, 0) &&
                         !populationId(m_table->item(row, 0)->data(YearRole).toInt()).isEmpty());
}

void StatisticsPopulationEditor::itemChanged(QTableWidgetItem *item)
{
    if (m_filling || item->column() != 1)
        return;
    QString text = item->text();
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    const int year = item->data(YearRole).toInt();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (text.isEmpty()) {
        // Clearing a value removes that year's population (undoable like any edit).
        removePopulation(year);
    } else if (!ok || !setPopulation(year, value)) {
        if (!ok && !text.isEmpty())
            emit m_context.errorOccurred(
                tr("\"%1\" is not a population: type a whole number.").arg(item->text()));
    }
    // Shows what the file holds now, formatted, or the old value after a refusal; later,
    // because the item that is being edited must outlive this signal.
    QTimer::singleShot(0, this, &StatisticsPopulationEditor::reload);
}

void StatisticsPopulationEditor::addYear()
{
    const int year = m_newYear->value();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(YearRole).toInt() == year) {
            m_table->setCurrentCell(row, 1);
            m_table->editItem(m_table->item(row, 1));
            return;
        }
    }
    m_filling = true;
    int row = 0;
    while (row < m_table->rowCount() && m_table->item(row, 0)->data(YearRole).toInt() < year)
        ++row;
    m_table->insertRow(row);
    auto *yearItem = new QTableWidgetItem(QString::number(year));
    yearItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    yearItem->setData(YearRole, year);
    auto *value = new QTableWidgetItem;
    value->setData(YearRole, year);
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 0, yearItem);
    m_table->setItem(row, 1, value);
    m_filling = false;
    m_table->setCurrentCell(row, 1);
    m_table->editItem(value);
}

} // namespace samverka::ui
