#include "SituationPicturePage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "LawChecklist.h"
#include "StatisticsCache.h"
#include "StatisticsContext.h"
#include "widgets/DateField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/NumberField.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/SituationMappingView.h"

#include "statistics/SituationMappingJson.h"
#include "widgets/StatisticsFormat.h"
#include "widgets/TextField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

namespace samverka::ui {

using storage::RecordKind;

SituationPicturePage::SituationPicturePage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Situation pictures"), parent)
    , m_binder(new FieldBinder(context, this))
    , m_sectionBinder(new FieldBinder(context, this))
    , m_problemBinder(new FieldBinder(context, this))
{
    list()->setHeaders(tr("Situation picture"), tr("Status"));
    list()->setAddText(tr("New edition"));
    list()->setEmptyText(tr("No situation picture yet. The law (2023:196) requires the "
                            "municipality to map the crime in its area, to add what else is "
                            "known and to analyse it. Start the first edition here."));
    list()->setRemoveText(tr("Remove edition"));

    auto *content = new QWidget;
    auto *form = makeForm(content);
    buildHead(form);
    buildMapping(form);
    buildSections(form);
    buildAnalysis(form);
    setUpLayout(content, {280, 740});
}

void SituationPicturePage::buildHead(QFormLayout *form)
{
    m_title = new LineField;
    m_date = new DateField;
    m_fromYear = new NumberField(0, 1900, 2200);
    m_toYear = new NumberField(0, 1900, 2200);
    m_status = new EnumCombo;
    m_nextUpdate = new DateField;
    auto *madeBy = new LineField;
    auto *participants = new TextField;
    auto *decidedBy = new LineField;
    auto *decidedOn = new DateField;
    auto *paragraph = new LineField;
    auto *diary = new LineField;
    m_fromYear->setGroupSeparatorShown(false);
    m_toYear->setGroupSeparatorShown(false);
    m_fromYear->setName(tr("First year of the data"));
    m_toYear->setName(tr("Last year of the data"));
    m_date->setName(tr("Date of the situation picture"));
    m_nextUpdate->setName(tr("Next update"));
    decidedOn->setName(tr("Decision date"));
    m_status->setEnum<core::SituationStatus>(false);
    participants->setMaximumHeight(fontMetrics().lineSpacing() * 4);

    addFormRow(form, tr("&Title:"), m_title);
    addFormRow(form, tr("&Date:"), m_date);
    addFormRow(form, tr("&Years of the data:"), spanOf(m_fromYear, tr("to"), m_toYear))
        ->setBuddy(m_fromYear);
    addFormRow(form, tr("&Coordinating function:"), madeBy);
    addFormRow(form, tr("&Participants:"), participants);
    addFormRow(form, tr("&Status:"), m_status);
    addFormRow(form, tr("Decided &by:"), decidedBy);
    addFormRow(form, tr("Decision d&ate:"), decidedOn);
    addFormRow(form, tr("Para&graph:"), paragraph);
    addFormRow(form, tr("Diary &number:"), diary);
    addFormRow(form, tr("Next &update:"), m_nextUpdate);
    auto *hint = new QLabel;
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_binder->setHintLabel(hint);
    // The edition as the document the council decides on: the three parts of §4.
    auto *exportPdf = new QPushButton(tr("E&xport as PDF…"));
    exportPdf->setToolTip(tr("The situation picture as a PDF document, with its three parts as "
                             "chapters and what changed since the previous edition"));
    connect(exportPdf, &QPushButton::clicked, this, [this] {
        emit context().documentRequested(documents::DocumentKind::SituationPicture,
                                         m_binder->recordId());
    });
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(exportPdf);
    exportRow->addStretch(1); // a button of its own size, not a bar across the form
    form->addRow(QString(), exportRow);

    m_binder->bind(m_title, QStringLiteral("title"), tr("Edit situation picture title"));
    m_binder->bind(m_date, QStringLiteral("date"), tr("Edit situation picture date"));
    m_binder->bind(m_fromYear, QStringLiteral("fromYear"), tr("Edit first year"));
    m_binder->bind(m_toYear, QStringLiteral("toYear"), tr("Edit last year"));
    m_binder->bind(madeBy, QStringLiteral("madeBy"), tr("Edit coordinating function"));
    m_binder->bind(participants, QStringLiteral("participants"), tr("Edit participants"));
    m_binder->bind(m_status, QStringLiteral("status"), tr("Edit situation picture status"));
    m_binder->bind(decidedBy, QStringLiteral("decidedBy"), tr("Edit decided by"));
    m_binder->bind(decidedOn, QStringLiteral("decidedOn"), tr("Edit decision date"));
    m_binder->bind(paragraph, QStringLiteral("decisionParagraph"), tr("Edit paragraph"));
    m_binder->bind(diary, QStringLiteral("diaryNumber"), tr("Edit diary number"));
    m_binder->bind(m_nextUpdate, QStringLiteral("nextUpdate"), tr("Edit next update"));
    // An adopted edition is locked but for its status and decision (storage's rule).
    for (QWidget *open : std::initializer_list<QWidget *>{m_status, decidedBy, decidedOn, paragraph,
                                                          diary, m_nextUpdate})
        m_binder->setAlwaysEditable(open);
    m_lockNote = new QLabel(tr("Adopted: what was decided is locked. Set the status back to "
                               "Draft, or start a new edition, to change it."));
    m_lockNote->setWordWrap(true);
    m_lockNote->setVisible(false);
    form->addRow(QString(), m_lockNote);
    m_binder->setValidator([this](const QString &field, const QVariant &value) -> QString {
        const QVariant from = field == QLatin1String("fromYear") ? value : m_fromYear->value();
        const QVariant to = field == QLatin1String("toYear") ? value : m_toYear->value();
        if (from.isValid() && to.isValid() && to.toInt() < from.toInt())
            return tr("The last year is before the first. Not saved.");
        return {};
    });
}

void SituationPicturePage::buildMapping(QFormLayout *form)
{
    addPartHeading(form, tr("1. Mapping of the crime"),
                   tr("Reported crime, its trend, the comparison with other municipalities and "
                      "the survey come from the file's statistics for the years above; they are "
                      "never typed here. Write what the numbers mean."));
    m_comparisons = new LinkChecklist;
    m_comparisons->setOrdered(true);
    m_comparisons->setFitRows(4);
    addFormRow(form, tr("Re&ference municipalities:"), m_comparisons);
    m_binder->bind(m_comparisons, QStringLiteral("comparisons"), tr("Edit comparison"));
    connect(m_binder, &FieldBinder::committed, this, [this](const QString &field) {
        if (field == QLatin1String("comparisons") || field.endsWith(QLatin1String("Year")))
            showMapping();
    });
    m_mapping = new SituationMappingView;
    form->addRow(m_mapping);
    const struct {
        const char *label;
        const char *field;
        const char *undo;
    } parts[] = {
        {QT_TR_NOOP("Rep&orted crime:"), "crimeCommentary", QT_TR_NOOP("Edit crime commentary")},
        {QT_TR_NOOP("Co&mparison:"), "comparisonCommentary",
         QT_TR_NOOP("Edit comparison commentary")},
        {QT_TR_NOOP("Sur&vey:"), "surveyCommentary", QT_TR_NOOP("Edit survey commentary")},
        {QT_TR_NOOP("&Where and when:"), "placeCommentary",
         QT_TR_NOOP("Edit commentary on places and times")},
    };
    for (const auto &part : parts) {
        auto *text = new TextField;
        text->setMaximumHeight(fontMetrics().lineSpacing() * 5);
        addFormRow(form, tr(part.label), text);
        m_binder->bind(text, QString::fromLatin1(part.field), tr(part.undo));
    }
}

void SituationPicturePage::buildSections(QFormLayout *form)
{
    addPartHeading(form, tr("2. Other information"),
                   tr("What the school, the social services, the rescue service, housing "
                      "companies, dialogues with citizens and staff, and the police know. A "
                      "confidential section is left out of documents unless asked for."));
    m_sections = new RecordTableEditor(context(), RecordKind::SituationSection, {});
    m_sections->setNoun(tr("section"));
    m_sections->setAddLabel(tr("Add section"));
    m_sections->setReorderable(true);
    m_sections->setDefaults({{QStringLiteral("title"), tr("New section")}});
    m_sections->setEmptyText(tr("No other information yet."));
    m_sections->setVisibleRows(5);
    m_sections->setStretchColumn(0);
    m_sections->setColumns(
        {TableColumn::text(QStringLiteral("title"), tr("Section")),
         TableColumn::text(QStringLiteral("source"), tr("Source")),
         TableColumn::of(TableColumn::Type::Date, QStringLiteral("date"), tr("Date")),
         TableColumn::of(TableColumn::Type::Bool, QStringLiteral("confidential"),
                         tr("Confidential"))});
    m_sections->setRowProvider([this] {
        QList<TableRow> rows;
        for (const core::SituationSection &s : shownEdition().sections)
            rows.append({s.id, {s.title, s.source, s.date, s.confidential}});
        return rows;
    });
    addFormRow(form, tr("Sect&ions:"), m_sections);

    m_suggest = new QToolButton;
    m_suggest->setText(tr("Add a usual source"));
    m_suggest->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_suggest);
    const QList<Suggestion> all = suggestions();
    for (int i = 0; i < all.size(); ++i)
        connect(menu->addAction(all.at(i).title), &QAction::triggered, this,
                [this, i] { addSuggestedSection(i); });
    m_suggest->setMenu(menu);
    form->addRow(QString(), m_suggest);

    m_sectionText = new TextField;
    m_sectionText->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    addFormRow(form, tr("Section: te&xt:"), m_sectionText);
    m_sectionBinder->bind(m_sectionText, QStringLiteral("text"), tr("Edit section text"));
    connect(m_sections, &RecordTableEditor::currentChanged, this,
            &SituationPicturePage::showSection);
}

void SituationPicturePage::buildAnalysis(QFormLayout *form)
{
    addPartHeading(form, tr("3. Analysis"),
                   tr("What the mapping and the other information show together, and the "
                      "problems to work on. An agreement's problem picture can take them over."));
    auto *analysis = new TextField;
    analysis->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    addFormRow(form, tr("Ana&lysis:"), analysis);
    m_binder->bind(analysis, QStringLiteral("analysis"), tr("Edit analysis"));

    m_problems = new RecordTableEditor(context(), RecordKind::SituationProblem, {});
    m_problems->setNoun(tr("problem"));
    m_problems->setAddLabel(tr("Add problem"));
    m_problems->setReorderable(true);
    m_problems->setDefaults({{QStringLiteral("title"), tr("New problem")}});
    m_problems->setEmptyText(tr("No problems chosen yet."));
    m_problems->setVisibleRows(5);
    m_problems->setStretchColumn(0);
    m_problems->setColumns({TableColumn::text(QStringLiteral("title"), tr("Problem")),
                            TableColumn::text(QStringLiteral("place"), tr("Place")),
                            TableColumn::text(QStringLiteral("timePattern"), tr("When")),
                            TableColumn::of(TableColumn::Type::Bool, QStringLiteral("confidential"),
                                            tr("Confidential"))});
    m_problems->setRowProvider([this] {
        QList<TableRow> rows;
        for (const core::SituationProblem &p : shownEdition().problems)
            rows.append({p.id, {p.title, p.place, p.timePattern, p.confidential}});
        return rows;
    });
    addFormRow(form, tr("P&roblems:"), m_problems);

    m_problemDescription = new TextField;
    m_problemDescription->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_criteria = new LinkChecklist;
    m_criteria->setItems(RecordLabels::enumItems<core::SelectionCriterion>());
    m_criteria->setFitRows(7);
    m_sources = new LinkChecklist;
    m_sources->setItems(RecordLabels::enumItems<core::ProblemSource>());
    m_sources->setFitRows(5);
    addFormRow(form, tr("Problem: d&escription:"), m_problemDescription);
    addFormRow(form, tr("Problem: c&hosen because:"), m_criteria);
    addFormRow(form, tr("Problem: &known from:"), m_sources);
    m_problemBinder->bind(m_problemDescription, QStringLiteral("description"),
                          tr("Edit problem description"));
    m_problemBinder->bind(m_criteria, QStringLiteral("criteria"), tr("Edit criteria"));
    m_problemBinder->bind(m_sources, QStringLiteral("sources"), tr("Edit problem sources"));
    connect(m_problems, &RecordTableEditor::currentChanged, this,
            &SituationPicturePage::showProblem);
}

QList<SituationPicturePage::Suggestion> SituationPicturePage::suggestions()
{
    return {
        {tr("School"), tr("The schools"), false},
        {tr("Social services"), tr("The social services"), false},
        {tr("Fires and the rescue service"), tr("The rescue service"), false},
        {tr("Housing companies"), tr("The housing companies"), false},
        {tr("Citizen dialogue"), tr("Citizen dialogue"), false},
        {tr("Staff dialogue"), tr("Staff dialogue"), false},
        {tr("The police's picture"), tr("The police"), true},
        {tr("Planned changes in the area"), tr("Urban planning"), false},
    };
}

core::SituationPicture SituationPicturePage::shownEdition() const
{
    // From the file: a table reloads right after its own Add, before the page reads again.
    if (!context().hasFile() || m_binder->recordId().isEmpty())
        return {};
    for (const core::SituationPicture &p : context().file()->situationPictures())
        if (p.id == m_binder->recordId())
            return p;
    return {};
}

QString SituationPicturePage::title() const
{
    return tr("Situation picture");
}

void SituationPicturePage::showRecord(const QString &id)
{
    if (m_binder->recordId() == id)
        m_binder->load();
    else
        m_binder->setRecord(RecordKind::SituationPicture, id);
    const bool adopted = shownEdition().status == core::SituationStatus::Adopted;
    m_binder->setFrozen(adopted);
    m_sectionBinder->setFrozen(adopted);
    m_problemBinder->setFrozen(adopted);
    m_lockNote->setVisible(adopted);
    for (RecordTableEditor *table : {m_sections, m_problems}) {
        table->setParentId(id);
        table->setEnabled(!id.isEmpty());
        table->setEditable(!adopted);
        table->reload();
        // The first row's details show at once, rather than an empty text below the table.
        if (table->currentId().isEmpty() && table->model()->rowCount() > 0)
            table->selectId(table->model()->idAt(0));
    }
    m_suggest->setEnabled(!id.isEmpty() && !adopted && !context().file()->isReadOnly());
    showMapping();
    showSection(m_sections->currentId());
    showProblem(m_problems->currentId());
}

void SituationPicturePage::showMapping()
{
    const core::SituationPicture edition = shownEdition();
    m_mapping->setVisible(!edition.id.isEmpty());
    if (edition.id.isEmpty())
        return;
    if (!edition.fromYear || !edition.toYear) {
        m_mapping->showNoYears();
        return;
    }
    try {
        const auto statistics = StatisticsCache::of(context()).current();
        if (!statistics)
            return;
        QList<LinkItem> others;
        // Every municipality of the file can be chosen; the rows read are the own and the
        // chosen ones (a choice reads them again: StatisticsCache).
        for (const QString &code : statistics->fileCodes())
            if (code != statistics->ownCode())
                others.append({code, StatisticsFormat::municipalityName(code), code});
        // A chosen code without statistics stays listed (and chosen): nothing is lost.
        for (const QString &code : edition.comparisons)
            if (!statistics->fileCodes().contains(code))
                others.append(
                    {code, tr("%1 (no statistics)").arg(StatisticsFormat::municipalityName(code)),
                     code});
        m_comparisons->setItems(others);
        m_comparisons->setCheckedIds(edition.comparisons);
        const core::SituationMappingResult now = core::SituationMapping::build(
            statistics->calculator(), statistics->ownCode(), *edition.fromYear, *edition.toYear,
            edition.comparisons, context().file()->surveyIndicators());
        // An adopted edition shows the numbers it was decided with, never newer ones.
        const auto kept = edition.status == core::SituationStatus::Adopted
                              ? core::SituationMappingJson::fromText(edition.mappingSnapshot)
                              : std::nullopt;
        if (!kept) {
            m_mapping->show(now, *edition.fromYear, *edition.toYear);
            return;
        }
        QString note =
            tr("These are the numbers of %1, when the situation picture was marked as adopted.")
                .arg(kept->takenOn.toString(Qt::ISODate));
        if (!core::SituationMappingJson::sameNumbers(kept->mapping, now))
            note += QLatin1Char(' ') + tr("The file's statistics have changed since.");
        m_mapping->show(kept->mapping, *edition.fromYear, *edition.toYear, note);
    } catch (const std::exception &error) {
        // A colleague's lock just now: the numbers shown stay until the next reload.
        emit context().errorOccurred(QString::fromUtf8(error.what()));
    }
}

void SituationPicturePage::showSection(const QString &id)
{
    if (m_sectionBinder->recordId() == id)
        m_sectionBinder->load();
    else
        m_sectionBinder->setRecord(RecordKind::SituationSection, id);
}

void SituationPicturePage::showProblem(const QString &id)
{
    if (m_problemBinder->recordId() == id)
        m_problemBinder->load();
    else
        m_problemBinder->setRecord(RecordKind::SituationProblem, id);
}

void SituationPicturePage::reload()
{
    if (!context().hasFile())
        return;
    m_editions = context().file()->situationPictures();
    const QDate today = context().file()->clock().today();
    QList<ListEntry> entries;
    const core::SituationPicture *current = core::LawChecklist::current(m_editions);
    for (const core::SituationPicture &p : std::as_const(m_editions)) {
        // The edition in force (the one the law's check reads) is marked when overdue.
        const QDate dueDate = core::LawChecklist::dueDate(p);
        const bool due = &p == current && dueDate.isValid() && dueDate < today;
        QString tip = dueDate.isValid() ? tr("Next update: %1").arg(dueDate.toString(Qt::ISODate))
                                        : tr("No date for the next update.");
        if (due)
            tip = tr("Due for an update since %1.").arg(dueDate.toString(Qt::ISODate));
        entries.append({p.id,
                        {},
                        p.title.isEmpty() ? tr("(untitled)") : p.title,
                        core::EnumLabels::label(p.status),
                        tip,
                        due,
                        {}});
    }
    list()->setEntries(entries);
    showRecord(list()->currentId());
}

QString SituationPicturePage::addEdition()
{
    const QDate today = context().file()->clock().today();
    const QString title = tr("Situation picture %1").arg(today.year());
    if (!m_editions.isEmpty()) {
        const QString id = context().newSituationEdition(m_editions.constLast().id, title, today);
        if (!id.isEmpty()) {
            reload();
            selectRecord(id);
        }
        return id;
    }
    const QVariantMap fields{{QStringLiteral("title"), title},
                             {QStringLiteral("date"), today},
                             {QStringLiteral("fromYear"), today.year() - 5},
                             {QStringLiteral("toYear"), today.year() - 1},
                             {QStringLiteral("nextUpdate"), today.addYears(2)}};
    return addRecord(RecordKind::SituationPicture, {}, fields, tr("New situation picture"));
}

QString SituationPicturePage::addSuggestedSection(int suggestion)
{
    const QString pictureId = m_binder->recordId();
    const QList<Suggestion> all = suggestions();
    if (pictureId.isEmpty() || suggestion < 0 || suggestion >= all.size())
        return {};
    const Suggestion &s = all.at(suggestion);
    const QString id =
        context().insertRecord(RecordKind::SituationSection, pictureId,
                               {{QStringLiteral("title"), s.title},
                                {QStringLiteral("source"), s.source},
                                {QStringLiteral("date"), context().file()->clock().today()},
                                {QStringLiteral("confidential"), s.confidential}},
                               -1, tr("Add section"));
    if (!id.isEmpty()) {
        m_sections->reload();
        m_sections->selectId(id);
        showSection(id);
        m_sectionText->setFocus(Qt::OtherFocusReason);
    }
    return id;
}

void SituationPicturePage::addRequested()
{
    addEdition();
}

void SituationPicturePage::removeRequested(const QString &id)
{
    removeRecord(RecordKind::SituationPicture, id, tr("Remove situation picture"));
}

} // namespace samverka::ui
