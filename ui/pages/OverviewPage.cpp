#include "OverviewPage.h"

#include "AppContext.h"
#include "RecordLocator.h"

#include "AgreementFacts.h"
#include "AgreementLabel.h"
#include "EnumLabels.h"
#include "MethodChecklist.h"

#include <QColor>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

namespace {

constexpr int TargetRole = Qt::UserRole + 1;
constexpr int CheckItemRole = Qt::UserRole + 2;
constexpr int StepRole = Qt::UserRole + 3;

/// The rows whose text sets a column's width: the lists are sorted so that what
/// matters most comes first, and the widest texts are cut with an ellipsis anyway.
constexpr int kMeasuredRows = 30;

QTreeWidget *makeTree(const QString &accessibleName, const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Measured once per fill by fitColumns(), from the first rows only: a column left
    // to resize itself to its contents measured up to 1,000 rows at every layout.
    for (int c = 1; c < headers.size(); ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::Interactive);
    tree->header()->setResizeContentsPrecision(kMeasuredRows);
    tree->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return tree;
}

// Lists inside a scrolling page show all their rows (up to a sensible cap) instead of
// a second, tiny scroll area.
void fitHeight(QTreeWidget *tree, int maxRows = 12)
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if (!(*it)->isHidden() && (!(*it)->parent() || (*it)->parent()->isExpanded()))
            ++rows;
    rows = std::clamp(rows, 1, maxRows);
    const int rowHeight = std::max(tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : 0,
                                   tree->fontMetrics().height() + 4);
    const int header = tree->header()->isHidden() ? 0 : tree->header()->sizeHint().height();
    tree->setFixedHeight(header + rows * rowHeight + 2 * tree->frameWidth() + 4);
}

// The first column takes the spare width; the others get their widest text (header
// included) plus a gap, so that neighbouring columns do not run into each other and
// the last one is not cut at the frame.
void fitColumns(QTreeWidget *tree)
{
    QHeaderView *header = tree->header();
    const int gap = 2 * tree->fontMetrics().averageCharWidth() + 8;
    // The widths of the first rows only (makeTree: kMeasuredRows; Qt measures 1,000 by
    // default): measuring every row of a large city's lists took most of the start.
    header->resizeSections(QHeaderView::ResizeToContents); // once, modes unchanged
    for (int c = 1; c < tree->columnCount(); ++c) {
        const int fitted = header->sectionSize(c);
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        header->resizeSection(c, fitted + gap);
    }
}

QString periodText(const core::Agreement &a)
{
    const QLocale locale;
    const QString from = a.validFromSigning && !a.validFrom.isValid()
                             ? OverviewPage::tr("from signing")
                             : locale.toString(a.validFrom, QLocale::ShortFormat);
    QString to = locale.toString(a.validTo, QLocale::ShortFormat);
    if (a.continuesUntilFurtherNotice)
        to = to.isEmpty() ? OverviewPage::tr("until further notice")
                          : OverviewPage::tr("%1, then until further notice").arg(to);
    if (from.isEmpty() && to.isEmpty())
        return OverviewPage::tr("no period set");
    return OverviewPage::tr("%1 – %2").arg(from, to);
}

QString agreementTitle(const core::Agreement &a)
{
    return core::AgreementLabel::withPeriod(a);
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    if (extra)
        layout->addWidget(extra);
    return box;
}

} // namespace

OverviewPage::OverviewPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget;
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);

    m_law = makeTree(tr("What the law asks"), {tr("Requirement"), tr("How it stands")});
    m_law->setToolTip(tr("Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete. "
                         "Double-click a row to open what fixes it."));
    layout->addWidget(group(tr("What the law asks"), m_law));

    m_agreements =
        makeTree(tr("Agreements"), {tr("Agreement"), tr("Status"), tr("Period"), tr("In force")});
    layout->addWidget(group(tr("Agreements"), m_agreements));

    m_late = makeTree(tr("Late measures"), {tr("Measure"), tr("Agreement"), tr("Planned end")});
    m_noLate = new QLabel(tr("No measure is late."));
    m_lateMore = new QLabel;
    m_lateMore->setWordWrap(true);
    m_lateMore->hide();
    QGroupBox *lateBox = group(tr("Late measures"), m_late, m_noLate);
    lateBox->layout()->addWidget(m_lateMore);
    layout->addWidget(lateBox);

    m_due = makeTree(tr("Follow-ups due"),
                     {tr("Report to"), tr("Agreement"), tr("Due date"), tr("State")});
    m_noDue = new QLabel(tr("No follow-up is due."));
    layout->addWidget(group(tr("Follow-ups due"), m_due, m_noDue));

    auto *stepsBox = new QGroupBox(tr("The method's five steps"));
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    auto *chooser = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("&Agreement:"));
    m_stepsAgreement = new QComboBox;
    m_stepsAgreement->setAccessibleName(tr("Agreement whose steps are shown"));
    m_stepsAgreement->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooserLabel->setBuddy(m_stepsAgreement);
    chooser->addWidget(chooserLabel);
    chooser->addWidget(m_stepsAgreement, 1);
    stepsLayout->addLayout(chooser);
    m_steps = makeTree(tr("The method's five steps"), {tr("Step"), tr("State")});
    m_steps->setRootIsDecorated(true);
    m_steps->setToolTip(tr("Double-click a missing item to open it; tick your own check items."));
    stepsLayout->addWidget(m_steps);
    auto *adder = new QHBoxLayout;
    m_newItemStep = new QComboBox;
    m_newItemStep->setAccessibleName(tr("Step of the new check item"));
    for (int step = 1; step <= 5; ++step)
        m_newItemStep->addItem(tr("Step %1").arg(step), step);
    m_newItemText = new QLineEdit;
    m_newItemText->setPlaceholderText(tr("New check item, e.g. “First leadership meeting held”"));
    m_newItemText->setAccessibleName(tr("Text of the new check item"));
    m_addItem = new QPushButton(tr("A&dd check item"));
    m_removeItem = new QPushButton(tr("&Remove check item"));
    adder->addWidget(m_newItemStep);
    adder->addWidget(m_newItemText, 1);
    adder->addWidget(m_addItem);
    adder->addWidget(m_removeItem);
    stepsLayout->addLayout(adder);
    layout->addWidget(stepsBox);
    layout->addStretch(1);

    for (QTreeWidget *tree : {m_law, m_agreements, m_late, m_due, m_steps})
        connect(tree, &QTreeWidget::itemActivated, this,
                [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_steps, &QTreeWidget::itemChanged, this, &OverviewPage::checkItemChanged);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &OverviewPage::updateButtons);
    connect(m_stepsAgreement, &QComboBox::activated, this, [this] {
        m_stepsAgreementId = m_stepsAgreement->currentData().toString();
        m_chosenByUser = true;
        reload();
    });
    connect(m_addItem, &QPushButton::clicked, this, &OverviewPage::addCheckItem);
    connect(m_newItemText, &QLineEdit::returnPressed, this, &OverviewPage::addCheckItem);
    connect(m_newItemText, &QLineEdit::textChanged, this, &OverviewPage::updateButtons);
    connect(m_removeItem, &QPushButton::clicked, this, &OverviewPage::removeCheckItem);
    updateButtons();
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

void OverviewPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    reload();
}

void OverviewPage::reload()
{
    if (!context().hasFile())
        return;
    // Heads: enough for the list of agreements and which are in force. The late measures
    // are counted and picked in the file. Only the agreements in force (for the reports
    // due) and the one whose steps are shown are read whole.
    QList<core::Agreement> agreements;
    QList<core::Agreement> inForce;
    storage::LateMeasures late;
    int meetings = 0;
    QList<core::LawChecklist::Requirement> law;
    try {
        law = core::LawChecklist::requirements(context().file()->lawInput(),
                                               context().file()->clock());
        agreements = context().file()->agreementHeads();
        const core::Clock &clock = context().file()->clock();
        late = context().file()->lateMeasures(clock.today(), lateShown);
        for (const core::Agreement &a : std::as_const(agreements))
            if (core::AgreementFacts::isInForce(a, agreements, clock))
                inForce << context().file()->agreement(a.id);
        const QList<core::Meeting> all = context().file()->meetings();
        meetings = int(all.size());
        if (!m_stepsAgreementId.isEmpty()) {
            meetings = 0;
            for (const core::Meeting &m : all)
                if (m.agreement == m_stepsAgreementId)
                    ++meetings;
        }
    } catch (const storage::StorageError &e) {
        emit context().errorOccurred(e.message());
        return;
    }
    m_filling = true;
    fillLaw(law);
    fillAgreements(agreements);
    fillLate(agreements, late);
    fillDue(inForce, agreements);
    fillSteps(agreements, inForce, meetings);
    m_filling = false;
    updateButtons();
}

void OverviewPage::fillLaw(const QList<core::LawChecklist::Requirement> &requirements)
{
    using Subject = core::LawChecklist::Subject;
    m_law->clear();
    for (const core::LawChecklist::Requirement &r : requirements) {
        QString name;
        // What fixes it: the page of the lägesbild or the plan (at its record), or the
        // municipality's details.
        NavTarget target{NavTarget::Page::MeasurePlan, {}, r.recordId};
        switch (r.subject) {
        case Subject::SituationPicture:
            name = tr("Situation picture (§ 4)");
            target.page = NavTarget::Page::SituationPicture;
            break;
        case Subject::MeasurePlan:
            name = tr("Measure plan (§ 5)");
            break;
        case Subject::CoordinatingFunction:
            name = tr("Coordinating function");
            target = NavTarget{NavTarget::Page::Municipality, {}, {}};
            break;
        case Subject::PlanCauses:
            name = tr("Measures aimed at causes");
            break;
        case Subject::PlanFollowUp:
            name = tr("Measures followed up");
            break;
        }
        auto *item = new QTreeWidgetItem(m_law, {name, r.state});
        item->setToolTip(1, r.state);
        if (!r.met)
            item->setForeground(1, QColor(0xb0, 0x1c, 0x1c));
        item->setData(0, TargetRole, QVariant::fromValue(target));
    }
    fitHeight(m_law);
    fitColumns(m_law);
}

void OverviewPage::fillAgreements(const QList<core::Agreement> &agreements)
{
    const core::Clock &clock = context().file()->clock();
    m_agreements->clear();
    for (const core::Agreement &a : agreements) {
        const bool inForce = core::AgreementFacts::isInForce(a, agreements, clock);
        auto *item = new QTreeWidgetItem(
            m_agreements, {agreementTitle(a), core::EnumLabels::label(a.status), periodText(a),
                           //: Whether the agreement is in force today. sv: Ja / Nej
                           inForce ? tr("Yes", "in force") : tr("No", "in force")});
        item->setData(0, TargetRole,
                      QVariant::fromValue(NavTarget{NavTarget::Page::Agreement, a.id, {}}));
        item->setToolTip(0, agreementTitle(a));
    }
    fitHeight(m_agreements);
    fitColumns(m_agreements);
}

void OverviewPage::fillLate(const QList<core::Agreement> &agreements,
                            const storage::LateMeasures &late)
{
    const QLocale locale;
    QHash<QString, const core::Agreement *> byId;
    for (const core::Agreement &a : agreements)
        byId.insert(a.id, &a);
    // Late the longest first; at most lateShown rows (a row each is what costs).
    const qsizetype shown = late.oldest.size();
    m_late->clear();
    for (const storage::LateMeasure &row : late.oldest) {
        const core::Agreement *a = byId.value(row.agreementId);
        const core::Measure &m = row.measure;
        auto *item = new QTreeWidgetItem(m_late, {m.title, a ? agreementTitle(*a) : QString(),
                                                  locale.toString(m.end, QLocale::ShortFormat)});
        item->setData(
            0, TargetRole,
            QVariant::fromValue(NavTarget{NavTarget::Page::Measures, row.agreementId, m.id}));
        item->setToolTip(0, m.title);
    }
    m_lateMore->setVisible(late.total > shown);
    m_lateMore->setText(tr("The %1 measures late the longest are listed, of %2 late measures. "
                           "The measures page of each agreement lists all of its own.")
                            .arg(locale.toString(shown), locale.toString(late.total)));
    m_late->setVisible(shown > 0);
    m_noLate->setVisible(shown == 0);
    fitHeight(m_late);
    fitColumns(m_late);
}

void OverviewPage::fillDue(const QList<core::Agreement> &inForce,
                           const QList<core::Agreement> &agreements)
{
    const core::Clock &clock = context().file()->clock();
    const QLocale locale;
    m_due->clear();
    // The same reports as step 5 counts (AgreementFacts::reportsDue): the two never disagree.
    for (const core::Agreement &a : inForce) {
        for (const core::DueFollowUp &due :
             core::AgreementFacts::reportsDue(a, agreements, clock)) {
            if (due.satisfied)
                continue;
            auto *item =
                new QTreeWidgetItem(m_due, {core::EnumLabels::label(due.target), agreementTitle(a),
                                            locale.toString(due.dueDate, QLocale::ShortFormat),
                                            due.overdue ? tr("Late") : tr("Due")});
            if (due.overdue)
                item->setForeground(3, QColor(0xb0, 0x1c, 0x1c));
            item->setData(0, TargetRole,
                          QVariant::fromValue(NavTarget{NavTarget::Page::FollowUps, a.id, {}}));
        }
    }
    m_due->setVisible(m_due->topLevelItemCount() > 0);
    m_noDue->setVisible(m_due->topLevelItemCount() == 0);
    fitHeight(m_due);
    fitColumns(m_due);
}

const core::Agreement *OverviewPage::defaultStepsAgreement(const QList<core::Agreement> &agreements)
{
    const core::Agreement *shown = nullptr;
    for (const core::Agreement &a : agreements)
        if (!a.isSigned())
            shown = &a;
    if (!shown && !agreements.isEmpty())
        shown = &agreements.last();
    return shown;
}

void OverviewPage::fillSteps(const QList<core::Agreement> &agreements,
                             const QList<core::Agreement> &inForce, int meetings)
{
    // Keep the user's choice while it exists; else the newest draft, else the newest.
    const core::Agreement *shown = nullptr;
    for (const core::Agreement &a : agreements)
        if (m_chosenByUser && a.id == m_stepsAgreementId)
            shown = &a;
    if (!shown) {
        m_chosenByUser = false;
        shown = defaultStepsAgreement(agreements);
    }
    m_stepsAgreementId = shown ? shown->id : QString();

    m_stepsAgreement->clear();
    for (const core::Agreement &a : agreements)
        m_stepsAgreement->addItem(
            tr("%1 (%2)").arg(agreementTitle(a), core::EnumLabels::label(a.status)), a.id);
    m_stepsAgreement->setCurrentIndex(m_stepsAgreement->findData(m_stepsAgreementId));
    m_stepsAgreement->setEnabled(agreements.size() > 1);

    m_steps->clear();
    if (!shown) {
        auto *none = new QTreeWidgetItem(m_steps, {tr("No agreement yet. Begin with "
                                                      "Agreement › New agreement.")});
        none->setFlags(Qt::ItemIsEnabled);
        fitHeight(m_steps, 2);
        return;
    }
    const core::Clock &clock = context().file()->clock();
    // agreements are heads: the steps need the content, read already when in force
    core::Agreement whole;
    const auto read = std::find_if(inForce.cbegin(), inForce.cend(),
                                   [&](const core::Agreement &a) { return a.id == shown->id; });
    if (read != inForce.cend()) {
        shown = &*read;
    } else {
        try {
            whole = context().file()->agreement(shown->id);
        } catch (const storage::StorageError &e) {
            emit context().errorOccurred(e.message());
            return;
        }
        shown = &whole;
    }
    const QList<core::Finding> findings = core::MethodChecklist::check(*shown);
    const QList<core::StepProgress> steps =
        core::AgreementFacts::methodProgress(*shown, agreements, clock, meetings, &findings);

    QFont bold = m_steps->font();
    bold.setBold(true);
    for (const core::StepProgress &step : steps) {
        auto *top = new QTreeWidgetItem(
            m_steps, {tr("%1. %2").arg(step.step).arg(core::AgreementFacts::stepTitle(step.step)),
                      core::AgreementFacts::stepStateLabel(step.state)});
        top->setFont(0, bold);
        top->setData(0, StepRole, step.step);
        QStringList explained;
        for (const core::Finding &f : findings) {
            if (f.step != step.step)
                continue;
            auto *item = new QTreeWidgetItem(top, {f.message});
            item->setToolTip(0, f.message);
            item->setData(0, TargetRole, QVariant::fromValue(RecordLocator::forFinding(*shown, f)));
            item->setForeground(0, QColor(0x9a, 0x5b, 0x00));
            explained << f.message;
        }
        for (const core::CheckItem &ci : shown->checkItems) {
            if (ci.step != step.step)
                continue;
            auto *item = new QTreeWidgetItem(top, {ci.text});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, ci.done ? Qt::Checked : Qt::Unchecked);
            item->setData(0, CheckItemRole, ci.id);
            item->setToolTip(0, tr("Your own check item: tick it when done."));
            explained << ci.text;
        }
        for (const QString &missing : step.missing) {
            if (explained.contains(missing))
                continue;
            auto *item = new QTreeWidgetItem(top, {missing});
            item->setToolTip(0, missing);
            item->setForeground(0, QColor(0x9a, 0x5b, 0x00));
        }
        top->setExpanded(true);
    }
    fitHeight(m_steps, 30);
}

void OverviewPage::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QVariant target = item->data(0, TargetRole);
    if (target.canConvert<NavTarget>())
        context().navigate(target.value<NavTarget>());
}

void OverviewPage::checkItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != 0)
        return;
    const QString id = item->data(0, CheckItemRole).toString();
    if (id.isEmpty())
        return;
    const bool done = item->checkState(0) == Qt::Checked;
    if (!context().setField(storage::RecordKind::CheckItem, id, QStringLiteral("done"), done,
                            done ? tr("Tick “%1”").arg(item->text(0))
                                 : tr("Untick “%1”").arg(item->text(0))))
        reload();
}

void OverviewPage::addCheckItem()
{
    const QString text = m_newItemText->text().trimmed();
    if (text.isEmpty() || m_stepsAgreementId.isEmpty())
        return;
    const QVariantMap fields{{QStringLiteral("step"), m_newItemStep->currentData().toInt()},
                             {QStringLiteral("text"), text},
                             {QStringLiteral("done"), false}};
    if (!context()
             .insertRecord(storage::RecordKind::CheckItem, m_stepsAgreementId, fields, -1,
                           tr("Add check item “%1”").arg(text))
             .isEmpty())
        m_newItemText->clear();
}

void OverviewPage::removeCheckItem()
{
    QTreeWidgetItem *item = m_steps->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, CheckItemRole).toString();
    if (!id.isEmpty())
        context().removeRecord(storage::RecordKind::CheckItem, id,
                               tr("Remove check item “%1”").arg(item->text(0)));
}

void OverviewPage::updateButtons()
{
    const QTreeWidgetItem *item = m_steps->currentItem();
    m_removeItem->setEnabled(item && !item->data(0, CheckItemRole).toString().isEmpty());
    m_addItem->setEnabled(!m_stepsAgreementId.isEmpty() &&
                          !m_newItemText->text().trimmed().isEmpty());
    m_newItemText->setEnabled(!m_stepsAgreementId.isEmpty());
}

} // namespace samverka::ui
