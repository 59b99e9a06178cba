#include "SignaturesPage.h"

#include "AppContext.h"
#include "UiErrors.h"
#include "models/RecordId.h"
#include "models/SignatoryFromPerson.h"
#include "widgets/PageHeading.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordTableEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

SignaturesPage::SignaturesPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_note(new QLabel(this))
    , m_table(new RecordTableEditor(context, RecordKind::Signature, {}, this))
{
    QLabel *heading = PageHeading::create(this);
    heading->setText(tr("Signatures"));
    m_note->setWordWrap(true);
    m_table->setNoun(tr("signatory"));
    m_table->setAddLabel(tr("Add signatory"));
    m_table->setEmptyText(tr("No signatories yet. Choose the people who sign for each party."));
    m_table->setReorderable(true);
    m_table->setStretchColumn(2);
    m_table->view()->setAccessibleName(tr("Signatories"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    m_table->setRowProvider([this] {
        QList<TableRow> rows;
        for (const auto &[id, s] : signatories())
            rows.append({id, {s.person, s.name, s.title, s.party, s.place, s.date, s.signed_}});
        return rows;
    });
    m_table->setCompanions([this](const QString &id, const QString &field, const QVariant &value) {
        return SignatoryFromPerson::companions(signatories(), this->context().file()->people(), id,
                                               field, value);
    });
}

QList<QPair<QString, core::Signature>> SignaturesPage::signatories() const
{
    QList<QPair<QString, core::Signature>> rows;
    try {
        const core::Agreement agreement = context().file()->agreement(target().agreementId);
        for (qsizetype i = 0; i < agreement.signatures.size(); ++i) {
            const core::Signature &s = agreement.signatures.at(i);
            // One imported without an id by the file's id of its row.
            rows.append({fileIdOf(s), s});
        }
    } catch (const std::exception &error) {
        UiErrors::recordGone(context(), QStringLiteral("SignaturesPage::signatories"), error);
    }
    return rows;
}

QString SignaturesPage::title() const
{
    return tr("Signatures");
}

void SignaturesPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    reload();
}

void SignaturesPage::reload()
{
    if (!context().hasFile())
        return;
    const bool frozen = isFrozen();
    m_note->setText(frozen ? tr("The agreement is signed; its signatories cannot change.")
                           : tr("List who will sign. The signing itself (date and place) is "
                                "recorded with “Record signing” when the agreement is ready."));
    // The person first: choosing one fills in the name, title and party after it.
    m_table->setColumns(
        {TableColumn::choice(QStringLiteral("person"), tr("Person"),
                             RecordLabels::personChoices(context().file()->people())),
         TableColumn::text(QStringLiteral("name"), tr("Name")),
         TableColumn::text(QStringLiteral("title"), tr("Title")),
         TableColumn::choice(QStringLiteral("party"), tr("Party"),
                             RecordLabels::partyChoices(context().file()->parties())),
         TableColumn::text(QStringLiteral("place"), tr("Place")),
         TableColumn::of(TableColumn::Type::Date, QStringLiteral("date"), tr("Date")),
         TableColumn::of(TableColumn::Type::Bool, QStringLiteral("signed"), tr("Signed"), true)});
    m_table->setParentId(target().agreementId);
    m_table->setDefaults({{QStringLiteral("name"), tr("New signatory")}});
    m_table->reload();
    m_table->setEditable(!frozen);
}

} // namespace samverka::ui
