#include "Part2Page.h"

#include "AppContext.h"
#include "UiErrors.h"
#include "models/RecordId.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/PageHeading.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/TextField.h"

#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

Part2Page::Part2Page(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_binder(new FieldBinder(context, this))
    , m_text(new TextField(this))
    , m_commitments(new RecordTableEditor(context, RecordKind::Commitment, {}, this))
{
    QLabel *heading = PageHeading::create(this);
    heading->setText(tr("Part 2"));
    auto *form = makeForm();
    addFormRow(form, tr("&Text:"), m_text);
    addFormRow(form, tr("&Commitments:"), m_commitments);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form, 1);

    m_commitments->setNoun(tr("commitment"));
    m_commitments->setReorderable(true);
    m_commitments->setDefaults({{QStringLiteral("part"), 2}});
    m_binder->bind(m_text, QStringLiteral("part2.text"), tr("Edit part 2 text"));
    m_commitments->setRowProvider([this] {
        QList<TableRow> rows;
        try {
            const core::Agreement agreement =
                this->context().file()->agreement(target().agreementId);
            // One imported without an id by the file's id of its row.
            for (const core::Commitment &c : agreement.part2.commitments)
                rows.append({fileIdOf(c), {c.party, c.text}});
        } catch (const std::exception &error) {
            UiErrors::recordGone(this->context(), QStringLiteral("Part2Page, table rows"), error);
        }
        return rows;
    });
}

QString Part2Page::title() const
{
    return tr("Part 2");
}

void Part2Page::showTarget(const NavTarget &target)
{
    setTarget(target);
    m_binder->setRecord(RecordKind::Agreement, target.agreementId);
    reload();
}

void Part2Page::reload()
{
    if (!context().hasFile())
        return;
    bool frozen = false;
    try {
        frozen = context().file()->agreement(target().agreementId).isSigned();
    } catch (const std::exception &error) {
        if (!UiErrors::recordGone(context(), QStringLiteral("Part2Page::reload"), error))
            return; // reported; keep what the page shows
        m_binder->setRecord(RecordKind::Agreement, {});
        return;
    }
    m_commitments->setColumns(
        {TableColumn::choice(QStringLiteral("party"), tr("Party"),
                             RecordLabels::partyChoices(context().file()->parties())),
         TableColumn::text(QStringLiteral("text"), tr("Commitment"))});
    m_commitments->setParentId(target().agreementId);
    m_commitments->reload();
    m_commitments->setEditable(!frozen);
    m_binder->setFrozen(frozen);
    m_binder->load();
}

} // namespace samverka::ui
