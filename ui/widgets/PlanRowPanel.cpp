#include "PlanRowPanel.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/MeasureEditor.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/TextField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

namespace {

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

PlanRowPanel::PlanRowPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(boldLabel(this))
    , m_adoptedBox(new QWidget(this))
    , m_adopted(new QLabel(m_adoptedBox))
    , m_operative(new TextField(m_adoptedBox))
    , m_rowBinder(new FieldBinder(context, this))
    , m_open(new QPushButton(tr("&Open the measure in its agreement"), m_adoptedBox))
    , m_own(new MeasureEditor(context, this, MeasureEditor::Mode::PlanRow))
    , m_suggestion(new QLabel(this))
    , m_ratings(new RecordTableEditor(context, RecordKind::PlanRating, {}, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);

    // An adopted measure: the agreement's words, read-only here, and the plan's own.
    m_adopted->setWordWrap(true);
    m_adopted->setTextFormat(Qt::PlainText);
    m_adopted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_operative->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    auto *adoptedForm = makeForm(m_adoptedBox);
    adoptedForm->addRow(m_adopted);
    addFormRow(adoptedForm, tr("Operati&ve goals in the plan:"), m_operative);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    adoptedForm->addRow(QString(), openRow);
    m_rowBinder->bind(m_operative, QStringLiteral("operativeGoals"), tr("Edit operative goals"));
    connect(m_open, &QPushButton::clicked, this,
            [this] { emit openMeasure(m_agreementId, m_measureId); });
    layout->addWidget(m_adoptedBox);
    layout->addWidget(m_own);

    auto *ratingsHeading = boldLabel(this);
    ratingsHeading->setText(tr("Follow-up of this measure"));
    layout->addWidget(ratingsHeading);
    m_suggestion->setWordWrap(true);
    layout->addWidget(m_suggestion);
    m_ratings->setNoun(tr("rating"));
    m_ratings->setAddLabel(tr("&Rate"));
    m_ratings->setEmptyText(tr("Not rated yet. Rate the measure at each follow-up: green, "
                               "yellow or red, with a comment."));
    m_ratings->setVisibleRows(4);
    m_ratings->setStretchColumn(2);
    QList<QPair<QString, QString>> colours;
    for (core::RatingColour c : core::allValues<core::RatingColour>())
        colours.append({core::toWord(c), core::EnumLabels::label(c)});
    m_ratings->setColumns(
        {TableColumn::of(TableColumn::Type::Date, QStringLiteral("date"), tr("Date")),
         TableColumn::choice(QStringLiteral("colour"), tr("Rating"), colours, false),
         TableColumn::text(QStringLiteral("comment"), tr("Comment"))});
    m_ratings->setRowProvider([this] {
        // From the file: the table reloads right after its own Add, before the page does.
        m_rowRatings.clear();
        if (m_context.hasFile() && !m_rowId.isEmpty()) {
            try {
                for (const core::MeasurePlan &plan : m_context.file()->measurePlans())
                    for (const core::PlanRow &row : plan.rows)
                        if (row.id == m_rowId)
                            m_rowRatings = row.ratings;
            } catch (const std::exception &error) {
                emit m_context.errorOccurred(QString::fromUtf8(error.what()));
            }
        }
        QList<TableRow> rows;
        for (const core::PlanRating &r : std::as_const(m_rowRatings)) {
            TableRow row{r.id, {r.date, core::toWord(r.colour), r.comment}, {}};
            row.backgrounds.insert(1, background(r.colour));
            rows.append(row);
        }
        return rows;
    });
    m_ratings->view()->setAccessibleName(tr("Ratings of the measure"));
    layout->addWidget(m_ratings);
    show(Shown{});
}

QColor PlanRowPanel::background(core::RatingColour colour)
{
    switch (colour) {
    case core::RatingColour::Green:
        return QColor(0xb9, 0xe3, 0xb2);
    case core::RatingColour::Yellow:
        return QColor(0xf8, 0xe3, 0x8c);
    case core::RatingColour::Red:
        return QColor(0xf2, 0xa9, 0xa1);
    }
    return {};
}

void PlanRowPanel::show(const Shown &shown)
{
    m_rowId = shown.row ? shown.row->id : QString();
    m_view = shown.view;
    m_rowRatings = shown.row ? shown.row->ratings : QList<core::PlanRating>();
    const bool adopted = shown.row && shown.row->isAdopted();
    m_heading->setVisible(shown.row.has_value());
    m_adoptedBox->setVisible(adopted);
    m_own->setVisible(shown.row && !adopted);
    if (adopted && shown.view) {
        showAdopted(*shown.view);
        m_rowBinder->setFrozen(shown.frozen);
        if (m_rowBinder->recordId() == m_rowId)
            m_rowBinder->load();
        else
            m_rowBinder->setRecord(RecordKind::PlanRow, m_rowId);
    } else {
        m_rowBinder->setRecord(RecordKind::PlanRow, QString());
        m_own->setPlanRow(adopted ? QString() : m_rowId, shown.problems, shown.parties,
                          shown.people, shown.frozen);
        m_heading->setText(tr("The plan's own measure"));
    }
    // Ratings follow the decision: they stay open on a decided plan.
    m_ratings->setParentId(m_rowId);
    m_ratings->setEnabled(shown.row.has_value());
    m_ratings->setEditable(!shown.readOnly);
    m_ratings->setDefaults(
        {{QStringLiteral("date"),
          m_context.file() ? m_context.file()->clock().today() : QDate::currentDate()},
         {QStringLiteral("colour"), suggestedWord()}});
    m_ratings->reload();
    const auto &suggestion = m_view ? m_view->suggestion : std::nullopt;
    m_suggestion->setVisible(shown.row.has_value());
    m_suggestion->setText(
        suggestion ? tr("Suggested by the agreement's follow-up: %1. %2")
                         .arg(core::EnumLabels::label(suggestion->colour), suggestion->reason)
        : adopted ? tr("The measure has no assessed follow-up in its agreement yet.")
                  : tr("Rate the plan's own measure from what the follow-up found."));
}

void PlanRowPanel::showAdopted(const core::PlanTable::Row &view)
{
    m_agreementId = view.agreementId;
    m_measureId = view.measureId;
    m_open->setEnabled(!view.measureMissing);
    if (view.measureMissing) {
        m_heading->setText(tr("A measure no longer in any agreement"));
        m_adopted->setText(tr("The measure this row adopted has been removed from its "
                              "agreement. Remove the row, or undo the removal."));
        return;
    }
    m_heading->setText(tr("Adopted from the agreement: %1").arg(view.measure));
    QStringList lines;
    lines << tr("Agreement: %1").arg(view.agreementTitle);
    QStringList causes;
    for (const core::PlanTable::Cause &c : view.causes)
        causes << tr("%1 %2", "cause label, text").arg(c.label, c.text);
    lines << tr("Causes: %1")
                 .arg(causes.isEmpty() ? tr("none – the measure is aimed at no cause")
                                       : causes.join(QStringLiteral("; ")));
    if (!view.when.isEmpty())
        lines << tr("When: %1").arg(view.when);
    if (!view.who.isEmpty())
        lines << tr("Who: %1").arg(view.who);
    lines << tr("The measure's own fields are edited on the agreement's page Measures.");
    m_adopted->setText(lines.join(QLatin1Char('\n')));
}

QString PlanRowPanel::suggestedWord() const
{
    if (m_view && m_view->suggestion)
        return core::toWord(m_view->suggestion->colour);
    if (m_view && m_view->latest)
        return core::toWord(m_view->latest->colour);
    return core::toWord(core::RatingColour::Green);
}

QString PlanRowPanel::addRating()
{
    if (m_rowId.isEmpty())
        return {};
    return m_ratings->addRow();
}

} // namespace samverka::ui
