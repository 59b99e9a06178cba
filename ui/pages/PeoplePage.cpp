#include "PeoplePage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "widgets/PageHeading.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordTableEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

PeoplePage::PeoplePage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_parties(new RecordTableEditor(context, RecordKind::Party, {}))
    , m_people(new RecordTableEditor(context, RecordKind::Person, {}))
{
    QList<QPair<QString, QString>> kinds;
    for (core::PartyKind k : core::allValues<core::PartyKind>())
        kinds.append({core::toWord(k), core::EnumLabels::label(k)});
    m_parties->setColumns({TableColumn::choice(QStringLiteral("kind"), tr("Kind"), kinds, false),
                           TableColumn::text(QStringLiteral("name"), tr("Name"))});
    m_parties->setNoun(tr("party"));
    m_parties->setAddLabel(tr("Add party"));
    m_parties->setEmptyText(
        tr("No parties yet. An agreement has at least the municipality and the police."));
    m_parties->setDefaults({{QStringLiteral("kind"), QStringLiteral("other")},
                            {QStringLiteral("name"), tr("New party")}});
    m_parties->view()->setAccessibleName(tr("Parties"));
    m_people->setNoun(tr("person"));
    m_people->setAddLabel(tr("Add person"));
    m_people->setEmptyText(
        tr("No people yet. Add the coordinators, the signatories and the members of the groups."));
    m_people->setDefaults({{QStringLiteral("name"), tr("New person")}});
    m_people->view()->setAccessibleName(tr("People"));
    m_people->setStretchColumn(1);
    m_parties->setRowProvider([this] {
        QList<TableRow> rows;
        for (const core::Party &p : this->context().file()->parties())
            rows.append({p.id, {core::toWord(p.kind), p.name}});
        return rows;
    });
    m_people->setRowProvider([this] {
        QList<TableRow> rows;
        for (const core::Person &p : this->context().file()->people())
            rows.append({p.id, {p.name, p.title, p.party, p.email, p.phone}});
        return rows;
    });

    auto section = [](const QString &text, RecordTableEditor *table) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setBuddy(table->view());
        layout->addWidget(label);
        layout->addWidget(table, 1);
        return box;
    };
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(section(tr("&Parties"), m_parties));
    splitter->addWidget(section(tr("P&eople"), m_people));
    splitter->setSizes({260, 420});
    QLabel *heading = PageHeading::create(this);
    heading->setText(tr("People and parties"));
    auto *note = new QLabel(tr("Personal data: keep only what the work needs."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
}

QString PeoplePage::title() const
{
    return tr("People and parties");
}

void PeoplePage::showTarget(const NavTarget &target)
{
    setTarget(target);
    reload();
    m_parties->selectId(target.recordId);
    m_people->selectId(target.recordId);
}

void PeoplePage::reload()
{
    if (!context().hasFile())
        return;
    m_people->setColumns(
        {TableColumn::text(QStringLiteral("name"), tr("Name")),
         TableColumn::text(QStringLiteral("title"), tr("Title")),
         TableColumn::choice(QStringLiteral("party"), tr("Party"),
                             RecordLabels::partyChoices(context().file()->parties())),
         TableColumn::text(QStringLiteral("email"), tr("E-mail")),
         TableColumn::text(QStringLiteral("phone"), tr("Phone"))});
    m_parties->reload();
    m_people->reload();
    const bool readOnly = context().file()->isReadOnly();
    m_parties->setEditable(!readOnly);
    m_people->setEditable(!readOnly);
}

} // namespace samverka::ui
