#include "MeasureEditor.h"

#include "CheckField.h"
#include "DateField.h"
#include "EnumCombo.h"
#include "FieldBinder.h"
#include "FormRow.h"
#include "Limits.h"
#include "LineField.h"
#include "LinkChecklist.h"
#include "NumberField.h"
#include "RecordLabels.h"
#include "TextField.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>

namespace samverka::ui {

using storage::RecordKind;

MeasureEditor::MeasureEditor(AppContext &context, QWidget *parent, Mode mode)
    : QWidget(parent)
    , m_binder(new FieldBinder(context, this))
    , m_hint(new QLabel(this))
    , m_title(new LineField(this))
    , m_description(new TextField(this))
    , m_focusArea(new EnumCombo(this))
    , m_causes(new LinkChecklist(this))
    , m_goals(new LinkChecklist(this))
    , m_type(new EnumCombo(this))
    , m_aimedAt(new EnumCombo(this))
    , m_horizon(new EnumCombo(this))
    , m_responsible(new LinkChecklist(this))
    , m_responsiblePerson(new EnumCombo(this))
    , m_responsibleText(new LineField(this))
    , m_when(new LineField(this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_method(new LineField(this))
    , m_budget(new NumberField(0, 0, double(core::Limits::maxAmountSek), this))
    , m_hours(new NumberField(1, 0, double(core::Limits::maxHours), this))
    , m_plannedCount(new NumberField(0, 0, double(core::Limits::maxCount), this))
    , m_status(new EnumCombo(this))
    , m_confidential(new CheckField(tr("Confidential (sekretess)"), this))
{
    m_type->setEnum<core::MeasureType>(true);
    m_aimedAt->setEnum<core::AimedAt>(true);
    m_horizon->setEnum<core::Horizon>(true);
    m_status->setEnum<core::MeasureStatus>(false);
    m_causes->setFitRows(10);
    m_goals->setFitRows(8);
    m_responsible->setFitRows(8);
    m_responsible->setOrdered(true);
    m_responsible->setFirstMarker(tr("(leads)"));
    m_responsible->setToolTip(tr("The first checked party leads; drag or press "
                                 "Ctrl+Shift+Up/Down to change the order."));
    m_budget->setSuffix(tr(" kr"));
    m_hours->setSuffix(tr(" h"));
    m_when->setPlaceholderText(tr("e.g. every Friday and Saturday 21–03"));
    m_responsibleText->setPlaceholderText(
        tr("As the plan words it, e.g. the municipality with the police"));
    // The handbook's named methods, offered while typing.
    auto *methods = new QCompleter(
        QStringList{QStringLiteral("Ansvarsfull alkoholservering (AAS)"),
                    QStringLiteral("Kronobergsmodellen"), QStringLiteral("SMADIT"),
                    QStringLiteral("Grannsamverkan"), QStringLiteral("Trygghetsvandring"),
                    QStringLiteral("Vuxna på stan"), QStringLiteral("Sociala insatsgrupper"),
                    QStringLiteral("SSPF"), QStringLiteral("Krogtillsyn"),
                    QStringLiteral("Fotpatrullering"), QStringLiteral("Medborgardialog")},
        m_method);
    methods->setCaseSensitivity(Qt::CaseInsensitive);
    m_method->setCompleter(methods);
    m_start->setName(tr("Start"));
    m_end->setName(tr("End"));
    m_budget->setName(tr("Budget"));
    m_hours->setName(tr("Hours"));
    m_plannedCount->setName(tr("Planned count"));

    buildForm(mode);
    bindFields(mode);
    m_binder->setAlwaysEditable(m_status); // execution goes on under a signed agreement
    m_binder->setHintLabel(m_hint);
    m_binder->setValidator(
        [this](const QString &field, const QVariant &value) { return validate(field, value); });
}

void MeasureEditor::buildForm(Mode mode)
{
    auto *form = makeForm(this);
    addFormRow(form, tr("&Activity:"), m_title);
    addFormRow(form, tr("&Description:"), m_description);
    if (mode == Mode::AgreementMeasure) {
        addFormRow(form, tr("&Focus area:"), m_focusArea);
        addFormRow(form, tr("Aimed at &causes:"), m_causes);
        addFormRow(form, tr("Serves &goals:"), m_goals);
    } else {
        // Orsak and Operativa mål of Brå's template.
        m_focusArea->hide();
        m_goals->hide();
        m_operative = new TextField(this);
        m_operative->setMaximumHeight(fontMetrics().lineSpacing() * 4);
        addFormRow(form, tr("Aimed at &problems:"), m_causes);
        addFormRow(form, tr("&Operative goals:"), m_operative);
    }
    addFormRow(form, tr("T&ype:"), m_type);
    addFormRow(form, tr("Aimed a&t:"), m_aimedAt);
    addFormRow(form, tr("Hori&zon:"), m_horizon);
    addFormRow(form, tr("&Responsible parties:"), m_responsible);
    addFormRow(form, tr("Responsible &person:"), m_responsiblePerson);
    addFormRow(form, tr("Responsible as &written:"), m_responsibleText);
    addFormRow(form, tr("&When:"), m_when);
    auto *period = new QWidget(this);
    auto *periodRow = new QHBoxLayout(period);
    periodRow->setContentsMargins(0, 0, 0, 0);
    periodRow->addWidget(m_start);
    auto *endLabel = new QLabel(tr("to"), period);
    endLabel->setBuddy(m_end);
    periodRow->addWidget(endLabel);
    periodRow->addWidget(m_end);
    periodRow->addStretch(1);
    addFormRow(form, tr("&Period:"), period)->setBuddy(m_start);
    form->addRow(QString(), m_hint);
    addFormRow(form, tr("&Method:"), m_method);
    addFormRow(form, tr("&Budget:"), m_budget);
    addFormRow(form, tr("&Hours:"), m_hours);
    addFormRow(form, tr("Planned &count:"), m_plannedCount);
    addFormRow(form, tr("&Status:"), m_status);
    addFormRow(form, tr("Secrecy:"), m_confidential);
    for (NumberField *number : {m_budget, m_hours, m_plannedCount})
        number->setMaximumWidth(220);
}

void MeasureEditor::bindFields(Mode mode)
{
    m_binder->bind(m_title, QStringLiteral("title"), tr("Edit activity"));
    m_binder->bind(m_description, QStringLiteral("description"), tr("Edit description"));
    if (mode == Mode::AgreementMeasure) {
        m_binder->bind(m_focusArea, QStringLiteral("focusArea"), tr("Edit focus area"));
        m_binder->bind(m_causes, QStringLiteral("causes"), tr("Edit causes of measure"));
        m_binder->bind(m_goals, QStringLiteral("goals"), tr("Edit goals of measure"));
    } else {
        m_binder->bind(m_causes, QStringLiteral("problems"), tr("Edit problems of measure"));
        m_binder->bind(m_operative, QStringLiteral("operativeGoals"), tr("Edit operative goals"));
    }
    m_binder->bind(m_type, QStringLiteral("type"), tr("Edit type"));
    m_binder->bind(m_aimedAt, QStringLiteral("aimedAt"), tr("Edit aimed at"));
    m_binder->bind(m_horizon, QStringLiteral("horizon"), tr("Edit horizon"));
    m_binder->bind(m_responsible, QStringLiteral("responsible"), tr("Edit responsible parties"));
    m_binder->bind(m_responsiblePerson, QStringLiteral("responsiblePerson"),
                   tr("Edit responsible person"));
    m_binder->bind(m_responsibleText, QStringLiteral("responsibleText"), tr("Edit responsible"));
    m_binder->bind(m_when, QStringLiteral("when"), tr("Edit when"));
    m_binder->bind(m_start, QStringLiteral("start"), tr("Edit start"));
    m_binder->bind(m_end, QStringLiteral("end"), tr("Edit end"));
    m_binder->bind(m_method, QStringLiteral("method"), tr("Edit method"));
    m_binder->bind(m_budget, QStringLiteral("budgetSek"), tr("Edit budget"));
    m_binder->bind(m_hours, QStringLiteral("hours"), tr("Edit hours"));
    m_binder->bind(m_plannedCount, QStringLiteral("plannedCount"), tr("Edit planned count"));
    m_binder->bind(m_status, QStringLiteral("status"), tr("Edit status"));
    m_binder->bind(m_confidential, QStringLiteral("confidential"), tr("Edit secrecy"));
}

QString MeasureEditor::validate(const QString &field, const QVariant &value) const
{
    QDate start = m_start->value();
    QDate end = m_end->value();
    if (field == QLatin1String("start"))
        start = value.toDate();
    else if (field == QLatin1String("end"))
        end = value.toDate();
    else
        return {};
    if (start.isValid() && end.isValid() && end < start)
        return tr("The end (%1) is before the start (%2). Not saved.")
            .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate));
    return {};
}

void MeasureEditor::setMeasure(const core::Agreement &agreement, const QString &measureId,
                               const QList<core::Party> &parties, const QList<core::Person> &people)
{
    QList<QPair<QString, QString>> areas;
    for (const core::FocusArea &area : agreement.focusAreas)
        areas.append({area.id, area.title});
    m_focusArea->setChoices(areas, true);
    m_causes->setItems(RecordLabels::causes(agreement));
    m_goals->setItems(RecordLabels::goals(agreement));
    m_responsible->setItems(RecordLabels::parties(parties));
    m_responsiblePerson->setChoices(RecordLabels::personChoices(people), true);
    m_binder->setFrozen(agreement.isSigned());
    // An empty date's calendar opens near the agreement's period, not at today.
    m_start->setReferenceDate(agreement.validFrom);
    m_end->setReferenceDate(agreement.validTo.isValid() ? agreement.validTo : agreement.validFrom);
    if (m_binder->recordId() == measureId)
        m_binder->load();
    else
        m_binder->setRecord(RecordKind::Measure, measureId);
}

void MeasureEditor::setPlanRow(const QString &rowId, const QList<QPair<QString, QString>> &problems,
                               const QList<core::Party> &parties, const QList<core::Person> &people,
                               bool frozen)
{
    QList<LinkItem> items;
    for (const auto &[id, label] : problems)
        items.append({id, label, label});
    m_causes->setItems(items);
    m_responsible->setItems(RecordLabels::parties(parties));
    m_responsiblePerson->setChoices(RecordLabels::personChoices(people), true);
    m_binder->setFrozen(frozen);
    if (m_binder->recordId() == rowId)
        m_binder->load();
    else
        m_binder->setRecord(RecordKind::PlanRow, rowId);
}

} // namespace samverka::ui
