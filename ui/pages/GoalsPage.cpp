#include "GoalsPage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "Limits.h"
#include "StatisticsCache.h"
#include "StatisticsContext.h"
#include "commands/SetFieldsCommand.h"
#include "dialogs/BaselineFromStatisticsDialog.h"
#include "widgets/DateField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/NumberField.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordListPanel.h"
#include "widgets/StatisticsFormat.h"
#include "widgets/TextField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <cmath>

namespace samverka::ui {

using storage::RecordKind;

namespace {
QWidget *pair(QWidget *value, const QString &dateLabel, QWidget *date)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(value);
    auto *label = new QLabel(dateLabel);
    label->setBuddy(date);
    row->addWidget(label);
    row->addWidget(date);
    row->addStretch(1);
    return box;
}
} // namespace

GoalsPage::GoalsPage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Goals"), parent)
    , m_binder(new FieldBinder(context, this))
    , m_measurableHint(new QLabel)
    , m_kind(new EnumCombo)
    , m_text(new TextField)
    , m_parent(new EnumCombo)
    , m_focusArea(new EnumCombo)
    , m_problem(new EnumCombo)
    , m_indicator(new LineField)
    , m_unit(new LineField)
    , m_source(new LineField)
    , m_baselineValue(new NumberField(2, -double(core::Limits::maxIndicatorValue),
                                      double(core::Limits::maxIndicatorValue)))
    , m_baselineDate(new DateField)
    , m_targetValue(new NumberField(2, -double(core::Limits::maxIndicatorValue),
                                    double(core::Limits::maxIndicatorValue)))
    , m_targetDate(new DateField)
    , m_fillBaseline(new QPushButton(tr("Fi&ll baseline from statistics…")))
{
    list()->setHeaders(tr("Goal"), tr("Kind"));
    list()->setAddText(tr("Add goal"));
    list()->setEmptyText(tr("No goals yet. An effect goal says what should change in a problem, "
                            "with indicator, baseline and target."));
    list()->setRemoveText(tr("Remove goal"));
    m_kind->setEnum<core::GoalKind>(false);
    m_measurableHint->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_measurableHint->setWordWrap(true);
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_baselineValue->setMinimumWidth(140);
    m_targetValue->setMinimumWidth(140);
    m_baselineValue->setName(tr("Baseline value"));
    m_targetValue->setName(tr("Target value"));
    m_baselineDate->setName(tr("Baseline date"));
    m_targetDate->setName(tr("Target date"));

    auto *content = new QWidget;
    auto *form = makeForm(content);
    addFormRow(form, tr("&Kind:"), m_kind);
    addFormRow(form, tr("&Goal:"), m_text);
    addFormRow(form, tr("&Overall goal:"), m_parent);
    addFormRow(form, tr("&Focus area:"), m_focusArea);
    addFormRow(form, tr("&Problem:"), m_problem);
    addFormRow(form, tr("&Indicator:"), m_indicator);
    addFormRow(form, tr("&Unit:"), m_unit);
    addFormRow(form, tr("&Source:"), m_source);
    addFormRow(form, tr("&Baseline:"), pair(m_baselineValue, tr("on"), m_baselineDate))
        ->setBuddy(m_baselineValue);
    // sv: Hämta utgångsvärde från statistik…
    form->addRow(QString(), m_fillBaseline);
    addFormRow(form, tr("&Target:"), pair(m_targetValue, tr("by"), m_targetDate))
        ->setBuddy(m_targetValue);
    form->addRow(QString(), m_measurableHint);

    setUpLayout(content, {400, 600});

    m_binder->bind(m_kind, QStringLiteral("kind"), tr("Edit goal kind"));
    m_binder->bind(m_text, QStringLiteral("text"), tr("Edit goal"));
    m_binder->bind(m_parent, QStringLiteral("parent"), tr("Edit overall goal"));
    m_binder->bind(m_focusArea, QStringLiteral("focusArea"), tr("Edit focus area"));
    m_binder->bind(m_problem, QStringLiteral("problem"), tr("Edit problem"));
    m_binder->bind(m_indicator, QStringLiteral("indicator"), tr("Edit indicator"));
    m_binder->bind(m_unit, QStringLiteral("unit"), tr("Edit unit"));
    m_binder->bind(m_source, QStringLiteral("source"), tr("Edit source"));
    m_binder->bind(m_baselineValue, QStringLiteral("baseline.value"), tr("Edit baseline"));
    m_binder->bind(m_baselineDate, QStringLiteral("baseline.date"), tr("Edit baseline date"));
    m_binder->bind(m_targetValue, QStringLiteral("target.value"), tr("Edit target"));
    m_binder->bind(m_targetDate, QStringLiteral("target.date"), tr("Edit target date"));
    m_binder->setValidator([this](const QString &field, const QVariant &value) -> QString {
        if (field == QLatin1String("parent") && value.toString() == m_binder->recordId())
            return tr("A goal cannot be its own overall goal. Not saved.");
        return {};
    });
    m_fillBaseline->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_fillBaseline, &QPushButton::clicked, this, &GoalsPage::openFillBaselineDialog);
    connect(m_binder, &FieldBinder::committed, this, &GoalsPage::updateHint);
}

GoalsPage::~GoalsPage() = default;

QString GoalsPage::title() const
{
    return tr("Goals");
}

void GoalsPage::showRecord(const QString &id)
{
    m_binder->setRecord(RecordKind::Goal, id);
    updateHint();
    updateFillBaseline();
}

void GoalsPage::updateHint()
{
    QStringList missing;
    if (!m_binder->recordId().isEmpty() &&
        m_binder->value(QStringLiteral("kind")).toString() == QLatin1String("effect")) {
        if (m_binder->value(QStringLiteral("indicator")).toString().trimmed().isEmpty())
            missing << tr("an indicator");
        const QVariant baseline = m_binder->value(QStringLiteral("baseline.value"));
        if (!baseline.isValid() || baseline.isNull())
            missing << tr("a baseline");
        const QVariant target = m_binder->value(QStringLiteral("target.value"));
        if (!target.isValid() || target.isNull())
            missing << tr("a target");
    }
    m_measurableHint->setText(
        missing.isEmpty() ? QString()
                          : tr("An effect goal is measurable with an indicator, a baseline and a "
                               "target. Missing: %1.")
                                .arg(missing.join(QStringLiteral(", "))));
    m_measurableHint->setVisible(!missing.isEmpty());
}

void GoalsPage::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    if (!readTargetAgreement(agreement)) {
        m_agreement = {};
        return;
    }
    m_agreement = agreement;
    // An empty date's calendar opens near the agreement's period, not at today.
    m_baselineDate->setReferenceDate(agreement.validFrom);
    m_targetDate->setReferenceDate(agreement.validTo.isValid() ? agreement.validTo
                                                               : agreement.validFrom);
    StatisticsCache::refresh(context(), m_statistics);
    QList<QPair<QString, QString>> goals;
    QList<QPair<QString, QString>> areas;
    QList<QPair<QString, QString>> problems;
    for (const core::Goal &goal : agreement.goals)
        goals.append({goal.id, RecordLabels::goalLabel(goal)});
    for (const core::FocusArea &area : agreement.focusAreas)
        areas.append({area.id, area.title});
    for (const LinkItem &item : RecordLabels::problems(agreement))
        problems.append({item.id, item.label});
    m_parent->setChoices(goals, true);
    m_focusArea->setChoices(areas, true);
    m_problem->setChoices(problems, true);

    QList<ListEntry> entries;
    QSet<QString> ids;
    for (const core::Goal &goal : agreement.goals)
        ids.insert(goal.id);
    // Parents before children, so the tree can nest them.
    QList<core::Goal> pending = agreement.goals;
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            const core::Goal &goal = pending.at(i);
            const bool rooted =
                goal.parent.isEmpty() || !ids.contains(goal.parent) || goal.parent == goal.id;
            if (rooted || placed.contains(goal.parent)) {
                ListEntry entry;
                entry.id = goal.id;
                entry.parentId = rooted ? QString() : goal.parent;
                entry.label =
                    RecordLabels::brief(goal.text.isEmpty() ? tr("(no text)") : goal.text);
                entry.detail = core::EnumLabels::label(goal.kind);
                entry.toolTip = goal.text;
                entry.warn =
                    goal.kind == core::GoalKind::Effect &&
                    (goal.indicator.isEmpty() || !goal.baseline.value || !goal.target.value);
                entries.append(entry);
                placed.insert(goal.id);
                pending.removeAt(i);
                progress = true;
            } else {
                ++i;
            }
        }
        if (!progress) { // a cycle of parents: show the rest flat
            for (const core::Goal &goal : std::as_const(pending))
                entries.append({goal.id,
                                {},
                                goal.text,
                                core::EnumLabels::label(goal.kind),
                                goal.text,
                                false,
                                {}});
            break;
        }
    }
    list()->setEntries(entries);
    const bool frozen = agreement.isSigned();
    list()->setEditable(!frozen);
    m_binder->setFrozen(frozen);
    if (list()->currentId() != m_binder->recordId())
        showRecord(list()->currentId());
    else {
        m_binder->load();
        updateHint();
        updateFillBaseline();
    }
}

QString GoalsPage::addGoal(const QString &kindWord, const QString &text)
{
    QVariantMap fields{{QStringLiteral("kind"), kindWord},
                       {QStringLiteral("text"), text.isEmpty() ? tr("New goal") : text}};
    // A goal added while a goal is selected becomes its sub-goal only by choice, later.
    const QString id = addRecord(RecordKind::Goal, target().agreementId, fields, tr("Add goal"));
    if (!id.isEmpty()) {
        m_text->setFocus();
        m_text->selectAll();
    }
    return id;
}

bool GoalsPage::removeGoal(const QString &id)
{
    return removeRecord(RecordKind::Goal, id, tr("Remove goal"));
}

} // namespace samverka::ui

namespace samverka::ui {

const core::Goal *GoalsPage::selectedGoal() const
{
    const QString id = m_binder->recordId();
    for (const core::Goal &goal : m_agreement.goals) {
        if (!id.isEmpty() && goal.id == id)
            return &goal;
    }
    return nullptr;
}

std::optional<core::StatisticsSeries> GoalsPage::selectedGoalSeries() const
{
    const core::Goal *goal = selectedGoal();
    if (!goal || !m_statistics)
        return std::nullopt;
    return m_statistics->seriesOfGoal(m_agreement, *goal);
}

void GoalsPage::updateFillBaseline()
{
    // Disabled with the reason as its tooltip, so the user knows what to link.
    const core::Goal *goal = selectedGoal();
    const core::Problem *problem =
        goal ? StatisticsContext::problemOf(m_agreement, goal->problem) : nullptr;
    QString why;
    if (!goal)
        why = tr("Select a goal first.");
    else if (m_agreement.isSigned())
        why = tr("The agreement is signed: its goals cannot change.");
    else if (!problem)
        why = tr("Choose the problem the goal is about: its crime categories link it to the "
                 "statistics.");
    else if (!m_statistics || !m_statistics->seriesOf(*problem))
        why = tr("The problem “%1” names no crime types or categories. Add them on the problem "
                 "picture page.")
                  .arg(problem->title);
    else if (!m_statistics->hasOwnStatistics())
        why = tr("The file has no crime statistics for the municipality. Import them on the "
                 "statistics page.");
    else if (!selectedGoalSeries())
        why = tr("The statistics have no reported crimes for the problem's crime categories "
                 "(%1).")
                  .arg(problem->crimeCategories.join(QStringLiteral(", ")));
    m_fillBaseline->setEnabled(why.isEmpty());
    m_fillBaseline->setToolTip(
        why.isEmpty()
            ? tr("Take the baseline's value and date from the reported crimes of the problem's "
                 "crime categories")
            : why);
}

bool GoalsPage::fillBaselineFromStatistics(core::StatisticsCalculator::Measure measure,
                                           std::optional<int> year)
{
    using Measure = core::StatisticsCalculator::Measure;
    const core::Goal *goal = selectedGoal();
    const std::optional<core::StatisticsSeries> series = selectedGoalSeries();
    if (!goal || !series)
        return false;
    const std::optional<core::GoalValue> baseline =
        core::StatisticsCalculator::goalValue(*series, measure, year);
    if (!baseline || !baseline->value)
        return false;
    // A rate is kept to the one decimal the statistics show, so the goal says what the
    // user saw in the dialog.
    const double value =
        measure == Measure::Count ? *baseline->value : std::round(*baseline->value * 10.0) / 10.0;
    SetFieldsCommand::Values values{{QStringLiteral("baseline.value"), value},
                                    {QStringLiteral("baseline.date"), baseline->date}};
    // Only empty fields: what the user wrote is theirs.
    if (goal->indicator.trimmed().isEmpty())
        values.append({QStringLiteral("indicator"),
                       tr("Reported crimes: %1").arg(series->label)}); // sv: Anmälda brott: %1
    if (goal->unit.trimmed().isEmpty())
        values.append({QStringLiteral("unit"),
                       measure == Measure::Count ? tr("reported crimes") // sv: anmälda brott
                                                 : tr("reported crimes per 100 000 inhabitants")});
    if (goal->source.trimmed().isEmpty()) {
        const QString place =
            StatisticsFormat::municipalityName(series->municipalityCode, series->municipalityName);
        // sv: Anmälda brott i %1 (Brå)
        values.append({QStringLiteral("source"), tr("Reported crimes in %1 (Brå)").arg(place)});
    }
    const bool ok = SetFieldsCommand::apply(context(), RecordKind::Goal, goal->id, values,
                                            tr("Fill baseline from statistics"));
    if (ok)
        reload();
    return ok;
}

void GoalsPage::openFillBaselineDialog()
{
    const std::optional<core::StatisticsSeries> series = selectedGoalSeries();
    if (!series)
        return;
    BaselineFromStatisticsDialog dialog(*series, this);
    if (dialog.exec() != QDialog::Accepted || dialog.year() == 0)
        return;
    fillBaselineFromStatistics(dialog.measure(), dialog.year());
}

void GoalsPage::addRequested()
{
    addGoal();
}

void GoalsPage::removeRequested(const QString &id)
{
    removeGoal(id);
}

} // namespace samverka::ui
