#include "FollowUpsPage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "Limits.h"
#include "StatisticsCache.h"
#include "StatisticsContext.h"
#include "widgets/DateField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/NumberField.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordListPanel.h"
#include "widgets/StatisticsFormat.h"
#include "widgets/TableExportButton.h"
#include "widgets/TextField.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace samverka::ui {

using storage::RecordKind;

FollowUpsPage::FollowUpsPage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Follow-ups"), parent)
    , m_binder(new FieldBinder(context, this))
    , m_date(new DateField)
    , m_kind(new EnumCombo)
    , m_measure(new EnumCombo)
    , m_goal(new EnumCombo)
    , m_text(new TextField)
    , m_author(new LineField)
    , m_value(new NumberField(2, -double(core::Limits::maxIndicatorValue),
                              double(core::Limits::maxIndicatorValue)))
    , m_count(new NumberField(0, 0, double(core::Limits::maxCount)))
    , m_assessment(new EnumCombo)
    , m_reportedTo(new EnumCombo)
    , m_goalValuesLabel(nullptr)
    , m_goalValues(new QLabel)
{
    list()->setHeaders(tr("Follow-up"), tr("Date"));
    list()->setAddText(tr("Add follow-up"));
    list()->setEmptyText(tr("No follow-ups yet. Record whether the measures were done as planned "
                            "and how the indicators of the goals have moved."));
    list()->setRemoveText(tr("Remove follow-up"));
    QList<QPair<QString, QString>> kinds;
    for (core::FollowUpKind k : core::allValues<core::FollowUpKind>())
        kinds.append({core::toWord(k), core::EnumLabels::label(k)});
    list()->setFilter(tr("S&how:"), kinds);
    list()->addExtraButton(new TableExportButton(
        context, documents::TableKind::FollowUps,
        tr("Every follow-up of the agreement by date, as an Excel workbook or a CSV file")));
    m_kind->setEnum<core::FollowUpKind>(false);
    m_assessment->setEnum<core::Assessment>(true);
    m_reportedTo->setEnum<core::ReportingTarget>(true);
    for (NumberField *number : {m_value, m_count})
        number->setMaximumWidth(220);
    m_date->setName(tr("Follow-up date"));
    m_value->setName(tr("Indicator value"));
    m_count->setName(tr("Times carried out"));

    auto *content = new QWidget;
    auto *form = makeForm(content);
    addFormRow(form, tr("&Date:"), m_date);
    addFormRow(form, tr("&Kind:"), m_kind);
    addFormRow(form, tr("&Measure:"), m_measure);
    addFormRow(form, tr("&Goal:"), m_goal);
    addFormRow(form, tr("&Text:"), m_text);
    addFormRow(form, tr("A&uthor:"), m_author);
    addFormRow(form, tr("Indicator &value:"), m_value);
    // sv: Målets värden:
    m_goalValuesLabel = addFormRow(form, tr("Goal values:"), m_goalValues);
    m_goalValues->setWordWrap(true);
    m_goalValues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addFormRow(form, tr("Times &carried out:"), m_count);
    addFormRow(form, tr("&Assessment:"), m_assessment);
    addFormRow(form, tr("&Reported to:"), m_reportedTo);

    setUpLayout(content, {380, 620});

    m_binder->bind(m_date, QStringLiteral("date"), tr("Edit follow-up date"));
    m_binder->bind(m_kind, QStringLiteral("kind"), tr("Edit follow-up kind"));
    m_binder->bind(m_measure, QStringLiteral("measure"), tr("Edit followed-up measure"));
    m_binder->bind(m_goal, QStringLiteral("goal"), tr("Edit followed-up goal"));
    m_binder->bind(m_text, QStringLiteral("text"), tr("Edit follow-up text"));
    m_binder->bind(m_author, QStringLiteral("author"), tr("Edit author"));
    m_binder->bind(m_value, QStringLiteral("value"), tr("Edit indicator value"));
    m_binder->bind(m_count, QStringLiteral("count"), tr("Edit times carried out"));
    m_binder->bind(m_assessment, QStringLiteral("assessment"), tr("Edit assessment"));
    m_binder->bind(m_reportedTo, QStringLiteral("reportedTo"), tr("Edit reported to"));
    m_binder->setValidator([this](const QString &field, const QVariant &value) -> QString {
        if (field == QLatin1String("date") && !value.toDate().isValid())
            return tr("A follow-up needs a date. Not saved.");
        return {};
    });
    connect(m_binder, &FieldBinder::committed, this, &FollowUpsPage::updateKindFields);
}

FollowUpsPage::~FollowUpsPage() = default;

QString FollowUpsPage::title() const
{
    return tr("Follow-ups");
}

void FollowUpsPage::showRecord(const QString &id)
{
    m_binder->setRecord(RecordKind::FollowUp, id);
    updateKindFields();
}

void FollowUpsPage::updateKindFields()
{
    // A process follow-up concerns a measure and a count; an effect follow-up a goal and
    // the indicator's value. The other inputs stay visible but are dimmed.
    const bool effect = m_kind->value() == QLatin1String("effect");
    const bool enabled = !m_binder->recordId().isEmpty();
    m_measure->setEnabled(enabled && !effect);
    m_count->setEnabled(enabled && !effect);
    m_goal->setEnabled(enabled && effect);
    m_value->setEnabled(enabled && effect);
    updateGoalValues();
}

void FollowUpsPage::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    if (!readTargetAgreement(agreement)) {
        m_agreement = {};
        return;
    }
    m_agreement = agreement;
    StatisticsCache::refresh(context(), m_statistics);
    QList<QPair<QString, QString>> measures;
    for (const LinkItem &item : RecordLabels::measures(agreement))
        measures.append({item.id, item.label});
    QList<QPair<QString, QString>> goals;
    for (const LinkItem &item : RecordLabels::goals(agreement))
        goals.append({item.id, item.label});
    m_measure->setChoices(measures, true);
    m_goal->setChoices(goals, true);

    QList<core::FollowUp> followUps = agreement.followUps;
    std::stable_sort(
        followUps.begin(), followUps.end(),
        [](const core::FollowUp &a, const core::FollowUp &b) { return a.date > b.date; });
    QList<ListEntry> entries;
    for (const core::FollowUp &followUp : std::as_const(followUps)) {
        QString subject;
        for (const core::Measure &m : agreement.measures)
            if (m.id == followUp.measure && !followUp.measure.isEmpty())
                subject = m.title;
        for (const core::Goal &g : agreement.goals)
            if (g.id == followUp.goal && !followUp.goal.isEmpty())
                subject = g.text;
        ListEntry entry;
        entry.id = followUp.id;
        entry.label = core::EnumLabels::label(followUp.kind) + QStringLiteral(": ") +
                      RecordLabels::brief(subject.isEmpty() ? followUp.text : subject, 60);
        entry.detail = followUp.date.toString(Qt::ISODate);
        entry.toolTip = followUp.text;
        entry.filterKey = core::toWord(followUp.kind);
        entries.append(entry);
    }
    list()->setEntries(entries);
    list()->setEditable(true); // work under the agreement: never frozen
    if (list()->currentId() != m_binder->recordId())
        showRecord(list()->currentId());
    else {
        m_binder->load();
        updateKindFields();
    }
}

QString FollowUpsPage::addFollowUp(const QString &kindWord)
{
    const QString id = addRecord(RecordKind::FollowUp, target().agreementId,
                                 {{QStringLiteral("date"), context().file()->clock().today()},
                                  {QStringLiteral("kind"), kindWord},
                                  {QStringLiteral("author"), context().file()->userName()}},
                                 tr("Add follow-up"));
    if (!id.isEmpty())
        m_text->setFocus();
    return id;
}

bool FollowUpsPage::removeFollowUp(const QString &id)
{
    return removeRecord(RecordKind::FollowUp, id, tr("Remove follow-up"));
}

} // namespace samverka::ui

namespace samverka::ui {

namespace {

// A goal's own number as the user wrote it: no decimals when there are none.
QString goalNumber(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return QLocale().toString(qint64(std::llround(value)));
    return QLocale().toString(value, 'f', 2).remove(QRegularExpression(QStringLiteral("0$")));
}

} // namespace

void FollowUpsPage::updateGoalValues()
{
    const bool effect = m_kind->value() == QLatin1String("effect");
    const bool show = effect && !m_binder->recordId().isEmpty();
    m_goalValuesLabel->setVisible(show);
    m_goalValues->setVisible(show);
    if (!show)
        return;
    const QString goalId = m_binder->value(QStringLiteral("goal")).toString();
    const auto goal = std::find_if(m_agreement.goals.cbegin(), m_agreement.goals.cend(),
                                   [&](const core::Goal &g) { return g.id == goalId; });
    if (goalId.isEmpty() || goal == m_agreement.goals.cend()) {
        m_goalValues->setText(tr("Choose the goal to compare with its baseline and target."));
        return;
    }
    const auto valueText = [](const core::GoalValue &v) {
        if (!v.value)
            return tr("not set"); // sv: inte angivet
        return v.date.isValid()
                   ? tr("%1 (%2)").arg(goalNumber(*v.value), v.date.toString(Qt::ISODate))
                   : goalNumber(*v.value);
    };
    // sv: Utgångsvärde %1 · Målvärde %2
    const QString own =
        tr("Baseline %1 · Target %2").arg(valueText(goal->baseline), valueText(goal->target));

    QString latest;
    const core::Problem *problem = StatisticsContext::problemOf(m_agreement, goal->problem);
    const bool comparable = core::ProblemStatistics::comparable(*goal);
    const std::optional<core::StatisticsSeries> series =
        comparable && m_statistics ? m_statistics->seriesOfGoal(m_agreement, *goal) : std::nullopt;
    const bool rate = core::ProblemStatistics::measureOf(*goal) ==
                      core::StatisticsCalculator::Measure::RatePer100k;
    const std::optional<core::GoalValue> value =
        series ? core::StatisticsCalculator::goalValue(
                     *series, rate ? core::StatisticsCalculator::Measure::RatePer100k
                                   : core::StatisticsCalculator::Measure::Count)
               : std::nullopt;
    if (value && value->value) {
        const QString number = rate ? StatisticsFormat::decimal(value->value)
                                    : StatisticsFormat::count(qint64(*value->value));
        const QString place =
            StatisticsFormat::municipalityName(series->municipalityCode, series->municipalityName);
        // The whole municipality: a goal measured on one place compares with care.
        // sv: Senaste i statistiken för %1: %2 (%3)
        latest = tr("Latest in the statistics for %1: %2 (%3)")
                     .arg(place, number)
                     .arg(value->date.year());
        m_goalValues->setToolTip(tr("Reported crimes in %1: %2. The statistics show reported "
                                    "crimes, not all crimes committed.")
                                     .arg(place, series->label));
    } else {
        m_goalValues->setToolTip(QString());
        if (!comparable)
            // sv: Jämförs inte med statistiken: den räknar anmälda brott, och målet mäts på
            // annat sätt.
            latest = tr("Not compared with the statistics: they count reported crimes, and "
                        "this goal is measured otherwise.");
        else if (!problem)
            latest = tr("No statistics: the goal has no problem."); // sv: Ingen statistik: …
        else if (!m_statistics || !m_statistics->seriesOf(*problem))
            latest = tr("No statistics: the goal's problem names no crime categories.");
        else if (!m_statistics->hasOwnStatistics())
            latest = tr("No statistics: the file has no crime statistics for the municipality.");
        else
            latest = tr("No statistics for the crime categories of the goal's problem.");
    }
    m_goalValues->setText(own + QLatin1Char('\n') + latest);
}

void FollowUpsPage::addRequested()
{
    addFollowUp();
}

void FollowUpsPage::removeRequested(const QString &id)
{
    removeFollowUp(id);
}

} // namespace samverka::ui
