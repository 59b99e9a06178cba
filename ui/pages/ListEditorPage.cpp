#include "ListEditorPage.h"

#include "AppContext.h"
#include "MunicipalityFile.h"
#include "UiErrors.h"
#include "widgets/RecordListPanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>

namespace samverka::ui {

ListEditorPage::ListEditorPage(AppContext &context, const QString &listName, QWidget *parent)
    : Page(context, parent)
    , m_list(new RecordListPanel(listName, this))
{}

void ListEditorPage::setUpLayout(QWidget *form, const QList<int> &sizes, QWidget *left)
{
    // Connected only now, from the subclass's constructor: a selection change while the
    // subclass was still being built would reach a form that does not exist yet.
    connect(m_list, &RecordListPanel::currentChanged, this,
            [this](const QString &id) { showRecord(id); });
    // A record the user added is named first: its first input gets the focus with its
    // text selected, so typing replaces "Ny åtgärd" instead of pressing the Add button
    // again with every space.
    connect(m_list, &RecordListPanel::addRequested, this, [this] {
        const QString before = m_list->currentId();
        addRequested();
        // Unless the page has put the focus in its form itself (goals: the goal's text).
        const QWidget *focused = QApplication::focusWidget();
        if (m_list->currentId() != before && !(m_form && m_form->isAncestorOf(focused)))
            focusFirstInput();
    });
    connect(m_list, &RecordListPanel::removeRequested, this,
            [this](const QString &id) { removeRequested(id); });
    m_form = form;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left ? left : m_list);
    splitter->addWidget(scroll);
    splitter->setSizes(sizes);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
}

void ListEditorPage::focusFirstInput()
{
    if (!m_form)
        return;
    for (QWidget *w = m_form->nextInFocusChain(); w && w != m_form; w = w->nextInFocusChain()) {
        if (!m_form->isAncestorOf(w) || !w->isEnabled() || !w->isVisibleTo(m_form) ||
            !(w->focusPolicy() & Qt::TabFocus))
            continue;
        w->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
        return;
    }
}

bool ListEditorPage::readTargetAgreement(core::Agreement &agreement)
{
    try {
        agreement = context().file()->agreement(target().agreementId);
        return true;
    } catch (const std::exception &error) {
        if (!UiErrors::recordGone(context(), QStringLiteral("ListEditorPage::readTargetAgreement"),
                                  error))
            return false; // reported; keep what the page shows
        m_list->setEntries({});
        showRecord({});
        return false;
    }
}

QString ListEditorPage::addRecord(storage::RecordKind kind, const QString &parentId,
                                  const QVariantMap &fields, const QString &undoText)
{
    const QString id = context().insertRecord(kind, parentId, fields, -1, undoText);
    if (!id.isEmpty()) {
        reload();
        selectRecord(id);
    }
    return id;
}

bool ListEditorPage::removeRecord(storage::RecordKind kind, const QString &id,
                                  const QString &undoText)
{
    const bool ok = context().removeRecord(kind, id, undoText);
    if (ok)
        reload();
    return ok;
}

void ListEditorPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    reload();
    if (!target.recordId.isEmpty())
        selectRecord(target.recordId);
}

void ListEditorPage::selectRecord(const QString &id)
{
    m_list->selectId(id);
    showRecord(m_list->currentId());
}

} // namespace samverka::ui
