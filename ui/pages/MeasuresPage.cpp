#include "MeasuresPage.h"

#include "AgreementFacts.h"
#include "AppContext.h"
#include "EnumLabels.h"
#include "UiErrors.h"
#include "widgets/MeasureEditor.h"
#include "widgets/RecordListPanel.h"
#include "widgets/TableExportButton.h"

namespace samverka::ui {

using storage::RecordKind;

MeasuresPage::MeasuresPage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Measures"), parent)
    , m_editor(new MeasureEditor(context))
{
    list()->setHeaders(tr("Measure"), tr("Status"));
    list()->setAddText(tr("Add measure"));
    list()->setEmptyText(tr("No measures yet. A measure is aimed at causes and serves goals; under "
                            "a focus area it makes the action plan."));
    list()->setRemoveText(tr("Remove measure"));
    QList<QPair<QString, QString>> statuses;
    for (core::MeasureStatus s : core::allValues<core::MeasureStatus>())
        statuses.append({core::toWord(s), core::EnumLabels::label(s)});
    statuses.append({QStringLiteral("late"), tr("Late")});
    list()->setFilter(tr("S&how:"), statuses);
    list()->addExtraButton(new TableExportButton(
        context, documents::TableKind::Measures,
        tr("Every measure of the agreement with every field, as an Excel workbook or a CSV "
           "file")));

    setUpLayout(m_editor, {360, 660});
}

QString MeasuresPage::title() const
{
    return tr("Measures");
}

void MeasuresPage::showRecord(const QString &id)
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    try {
        agreement = context().file()->agreement(target().agreementId);
    } catch (const std::exception &error) {
        UiErrors::recordGone(context(), QStringLiteral("MeasuresPage::showRecord"), error);
        return;
    }
    m_editor->setMeasure(agreement, id, context().file()->parties(), context().file()->people());
}

void MeasuresPage::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    try {
        agreement = context().file()->agreement(target().agreementId);
    } catch (const std::exception &error) {
        if (!UiErrors::recordGone(context(), QStringLiteral("MeasuresPage::reload"), error))
            return; // reported; keep what the page shows
        list()->setEntries({});
        m_editor->setMeasure({}, {}, {}, {});
        return;
    }
    const QDate today = context().file()->clock().today();
    QList<ListEntry> entries;
    for (const core::Measure &measure : std::as_const(agreement.measures)) {
        ListEntry entry;
        entry.id = measure.id;
        entry.label = measure.title.isEmpty() ? tr("(untitled)") : measure.title;
        entry.detail = core::EnumLabels::label(measure.status);
        const bool late = core::AgreementFacts::isLate(measure, today);
        if (late) {
            entry.detail = tr("Late");
            entry.warn = true;
            entry.toolTip = tr("The end date %1 has passed while the measure is %2.")
                                .arg(measure.end.toString(Qt::ISODate),
                                     core::EnumLabels::label(measure.status).toLower());
        }
        entry.filterKey = late ? QStringLiteral("late") : core::toWord(measure.status);
        entries.append(entry);
    }
    list()->setEntries(entries);
    list()->setEditable(!agreement.isSigned());
    m_editor->setMeasure(agreement, list()->currentId(), context().file()->parties(),
                         context().file()->people());
}

QString MeasuresPage::addMeasure(const QString &title)
{
    return addRecord(RecordKind::Measure, target().agreementId,
                     {{QStringLiteral("title"), title.isEmpty() ? tr("New measure") : title}},
                     tr("Add measure"));
}

bool MeasuresPage::removeMeasure(const QString &id)
{
    return removeRecord(RecordKind::Measure, id, tr("Remove measure"));
}

void MeasuresPage::addRequested()
{
    addMeasure();
}

void MeasuresPage::removeRequested(const QString &id)
{
    removeMeasure(id);
}

} // namespace samverka::ui
