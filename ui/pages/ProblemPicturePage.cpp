#include "ProblemPicturePage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "LawChecklist.h"
#include "StatisticsCache.h"
#include "StatisticsContext.h"
#include "widgets/CheckField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/NumberField.h"
#include "widgets/ProblemStatisticsPanel.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordListPanel.h"
#include "widgets/StringListEditor.h"
#include "widgets/TextField.h"

#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>

#include <algorithm>

namespace samverka::ui {

using storage::RecordKind;

ProblemPicturePage::ProblemPicturePage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Problems"), parent)
    , m_binder(new FieldBinder(context, this))
    , m_title(new LineField)
    , m_description(new TextField)
    , m_category(new EnumCombo)
    , m_crimeCategories(new StringListEditor)
    , m_place(new LineField)
    , m_timePattern(new LineField)
    , m_sources(new LinkChecklist)
    , m_contributedBy(new EnumCombo)
    , m_contributedByParty(new EnumCombo)
    , m_prioritized(new CheckField(tr("Prioritised")))
    , m_priority(new NumberField(0, 1, 999))
    , m_priorityReasons(new LinkChecklist)
    , m_confidential(new CheckField(tr("Confidential (sekretess)")))
    , m_statisticsPanel(new ProblemStatisticsPanel(this))
    , m_fromSituation(new QToolButton)
    , m_origin(new QLabel)
{
    list()->setHeaders(tr("Problem"), tr("Contributed by"));
    list()->setAddText(tr("Add problem"));
    list()->setEmptyText(tr(
        "No problems yet. The joint problem picture says what happens, where, when and how much."));
    list()->setRemoveText(tr("Remove problem"));
    QList<QPair<QString, QString>> contributors;
    for (core::Contributor c : core::allValues<core::Contributor>())
        contributors.append({core::toWord(c), core::EnumLabels::label(c)});
    list()->setFilter(tr("Contributed &by:"), contributors);
    // The lägesbild usually comes first: its problems are taken over, with a link back.
    m_fromSituation->setText(tr("From the situation picture"));
    m_fromSituation->setToolTip(tr("Take over a problem of the situation picture"));
    m_fromSituation->setPopupMode(QToolButton::InstantPopup);
    m_fromSituation->setMenu(new QMenu(m_fromSituation));
    list()->addExtraButton(m_fromSituation);
    m_origin->setWordWrap(true);

    m_category->setEnum<core::ProblemCategory>(true);
    m_contributedBy->setEnum<core::Contributor>(true);
    m_sources->setItems(RecordLabels::enumItems<core::ProblemSource>());
    m_priorityReasons->setItems(RecordLabels::enumItems<core::PriorityReason>());
    m_sources->setFitRows(10);
    m_priorityReasons->setFitRows(6);
    m_priority->setMaximumWidth(120);
    m_priority->setName(tr("Rank"));

    auto *content = new QWidget;
    auto *form = makeForm(content);
    addFormRow(form, tr("&Title:"), m_title);
    addFormRow(form, tr("&Description:"), m_description);
    addFormRow(form, tr("C&ategory:"), m_category);
    addFormRow(form, tr("Crime categories:"), m_crimeCategories);
    addFormRow(form, tr("&Place:"), m_place);
    addFormRow(form, tr("Time &pattern:"), m_timePattern);
    addFormRow(form, tr("&Sources:"), m_sources);
    addFormRow(form, tr("Contributed b&y:"), m_contributedBy);
    addFormRow(form, tr("Contributing part&y:"), m_contributedByParty);
    addFormRow(form, tr("Priority:"), m_prioritized);
    addFormRow(form, tr("&Rank:"), m_priority);
    addFormRow(form, tr("Reasons for priority:"), m_priorityReasons);
    addFormRow(form, tr("Secrecy:"), m_confidential);
    addFormRow(form, tr("Taken from:"), m_origin);

    // The statistics sit under the list, beside the problem's form: the list is short
    // and the form is tall.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(list());
    left->addWidget(m_statisticsPanel);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    left->setChildrenCollapsible(false);
    setUpLayout(content, {380, 620}, left);

    m_binder->bind(m_title, QStringLiteral("title"), tr("Edit problem title"));
    m_binder->bind(m_description, QStringLiteral("description"), tr("Edit problem description"));
    m_binder->bind(m_category, QStringLiteral("category"), tr("Edit problem category"));
    m_binder->bind(m_crimeCategories, QStringLiteral("crimeCategories"),
                   tr("Edit crime categories"));
    m_binder->bind(m_place, QStringLiteral("place"), tr("Edit place"));
    m_binder->bind(m_timePattern, QStringLiteral("timePattern"), tr("Edit time pattern"));
    m_binder->bind(m_sources, QStringLiteral("sources"), tr("Edit sources"));
    m_binder->bind(m_contributedBy, QStringLiteral("contributedBy"), tr("Edit contributed by"));
    m_binder->bind(m_contributedByParty, QStringLiteral("contributedByParty"),
                   tr("Edit contributing party"));
    m_binder->bind(m_prioritized, QStringLiteral("prioritized"), tr("Edit prioritised"));
    m_binder->bind(m_priority, QStringLiteral("priority"), tr("Edit rank"));
    m_binder->bind(m_priorityReasons, QStringLiteral("priorityReasons"),
                   tr("Edit reasons for priority"));
    m_binder->bind(m_confidential, QStringLiteral("confidential"), tr("Edit secrecy"));

    connect(m_statisticsPanel, &ProblemStatisticsPanel::openStatisticsRequested, this, [this] {
        this->context().navigate(NavTarget{NavTarget::Page::Statistics, {}, {}});
    });
    setTabOrder(list(), m_title);
}

ProblemPicturePage::~ProblemPicturePage() = default;

QString ProblemPicturePage::title() const
{
    return tr("Problem picture");
}

void ProblemPicturePage::showRecord(const QString &id)
{
    m_binder->setRecord(RecordKind::Problem, id);
    showStatistics(id);
    const auto problem = std::find_if(m_problems.cbegin(), m_problems.cend(),
                                      [&](const core::Problem &p) { return p.id == id; });
    const QString link = problem == m_problems.cend() ? QString() : problem->situationProblem;
    m_origin->setText(link.isEmpty() ? tr("Written in the agreement")
                                     : m_situationLabels.value(link, tr("The situation picture")));
}

void ProblemPicturePage::loadSituationProblems()
{
    const QList<core::SituationPicture> editions = context().file()->situationPictures();
    m_situationLabels.clear();
    for (const core::SituationPicture &p : editions)
        for (const core::SituationProblem &q : p.problems)
            m_situationLabels.insert(q.id, tr("%1: %2", "edition: problem").arg(p.title, q.title));
    const core::SituationPicture *offered = core::LawChecklist::current(editions);
    if (!offered && !editions.isEmpty())
        offered = &editions.constLast();
    m_situationProblems = offered ? offered->problems : QList<core::SituationProblem>();

    QMenu *menu = m_fromSituation->menu();
    menu->clear();
    for (const core::SituationProblem &q : std::as_const(m_situationProblems)) {
        const bool taken =
            std::any_of(m_problems.cbegin(), m_problems.cend(),
                        [&](const core::Problem &p) { return p.situationProblem == q.id; });
        QString text = q.title.isEmpty() ? tr("(untitled)") : q.title;
        if (q.confidential)
            text = tr("%1 (secrecy)").arg(text);
        if (taken)
            text = tr("%1 (already taken over)").arg(text);
        QAction *action = menu->addAction(text);
        action->setEnabled(!taken);
        const QString id = q.id;
        connect(action, &QAction::triggered, this, [this, id] { takeOver(id); });
    }
    m_fromSituation->setEnabled(!m_situationProblems.isEmpty());
    m_fromSituation->setToolTip(
        offered ? tr("Take over a problem of “%1”").arg(offered->title)
                : tr("The file has no situation picture yet; make one on the page Situation "
                     "picture."));
}

QString ProblemPicturePage::takeOver(const QString &situationProblemId)
{
    const auto q =
        std::find_if(m_situationProblems.cbegin(), m_situationProblems.cend(),
                     [&](const core::SituationProblem &p) { return p.id == situationProblemId; });
    if (q == m_situationProblems.cend())
        return {};
    QStringList sources;
    for (core::ProblemSource s : q->sources)
        sources << core::toWord(s);
    // Brå's criteria stay on the lägesbild's problem; those the agreement's reasons for
    // priority also name come along, so that nothing the user chose is dropped silently.
    QStringList reasons;
    for (core::SelectionCriterion c : q->criteria) {
        if (c == core::SelectionCriterion::MostCommon)
            reasons << core::toWord(core::PriorityReason::MostFrequent);
        else if (c == core::SelectionCriterion::Increasing)
            reasons << core::toWord(core::PriorityReason::Increasing);
        else if (c == core::SelectionCriterion::ParticularPlaces)
            reasons << core::toWord(core::PriorityReason::ExposedPlace);
    }
    const QString id = addRecord(RecordKind::Problem, target().agreementId,
                                 {{QStringLiteral("title"), q->title},
                                  {QStringLiteral("description"), q->description},
                                  {QStringLiteral("place"), q->place},
                                  {QStringLiteral("timePattern"), q->timePattern},
                                  {QStringLiteral("sources"), sources},
                                  {QStringLiteral("priorityReasons"), reasons},
                                  {QStringLiteral("confidential"), q->confidential},
                                  {QStringLiteral("situationProblem"), q->id}},
                                 tr("Take over problem from the situation picture"));
    if (!id.isEmpty())
        m_title->setFocus();
    return id;
}

void ProblemPicturePage::showStatistics(const QString &id)
{
    using Missing = ProblemStatisticsPanel::Missing;
    const auto problem = std::find_if(m_problems.cbegin(), m_problems.cend(),
                                      [&](const core::Problem &p) { return p.id == id; });
    if (id.isEmpty() || problem == m_problems.cend()) {
        m_statisticsPanel->showMissing(Missing::NoProblem);
        return;
    }
    const std::optional<core::StatisticsSeries> series =
        m_statistics ? m_statistics->seriesOf(*problem) : std::nullopt;
    if (!series)
        m_statisticsPanel->showMissing(Missing::NoCrimeCategories);
    else if (!m_statistics->hasOwnStatistics())
        m_statisticsPanel->showMissing(Missing::NoStatistics, problem->crimeCategories);
    else if (!StatisticsContext::hasValues(*series))
        m_statisticsPanel->showMissing(Missing::NoMatchingStatistics, problem->crimeCategories);
    else
        m_statisticsPanel->showSeries(*series);
}

void ProblemPicturePage::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    if (!readTargetAgreement(agreement)) {
        m_problems.clear();
        return;
    }
    m_problems = agreement.problems;
    loadSituationProblems();
    StatisticsCache::refresh(context(), m_statistics);
    const QList<core::Party> parties = context().file()->parties();
    m_contributedByParty->setChoices(RecordLabels::partyChoices(parties), true);
    QList<ListEntry> entries;
    for (int i = 0; i < agreement.problems.size(); ++i) {
        const core::Problem &problem = agreement.problems.at(i);
        ListEntry entry;
        entry.id = problem.id;
        entry.label = QStringLiteral("%1. %2").arg(i + 1).arg(
            problem.title.isEmpty() ? tr("(untitled)") : problem.title);
        if (problem.prioritized)
            entry.label += QStringLiteral(" ★");
        entry.detail =
            problem.contributedBy ? core::EnumLabels::label(*problem.contributedBy) : QString();
        entry.filterKey = problem.contributedBy ? core::toWord(*problem.contributedBy) : QString();
        entry.toolTip = problem.description;
        entries.append(entry);
    }
    list()->setEntries(entries);
    const bool frozen = agreement.isSigned();
    list()->setEditable(!frozen);
    if (frozen)
        m_fromSituation->setEnabled(false);
    m_binder->setFrozen(frozen);
    if (list()->currentId() != m_binder->recordId())
        showRecord(list()->currentId());
    else {
        m_binder->load();
        showStatistics(m_binder->recordId());
    }
}

QString ProblemPicturePage::addProblem(const QString &title)
{
    const QString id =
        addRecord(RecordKind::Problem, target().agreementId,
                  {{QStringLiteral("title"), title.isEmpty() ? tr("New problem") : title}},
                  tr("Add problem"));
    if (!id.isEmpty()) {
        m_title->setFocus();
        m_title->selectAll();
    }
    return id;
}

bool ProblemPicturePage::removeProblem(const QString &id)
{
    return removeRecord(RecordKind::Problem, id, tr("Remove problem"));
}

void ProblemPicturePage::addRequested()
{
    addProblem();
}

void ProblemPicturePage::removeRequested(const QString &id)
{
    removeProblem(id);
}

} // namespace samverka::ui
