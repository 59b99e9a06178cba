#include "Page.h"

#include "Enums.h"

#include "AppContext.h"
#include "UiErrors.h"

#include <QStackedWidget>
#include <QTimer>

namespace samverka::ui {

Page::Page(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_reloadTimer(new QTimer(this))
{
    // A change (own edit, undo, a colleague) re-reads the shown target once the current
    // event is done, so a view is never reset mid-commit.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        m_stale = false;
        if (m_target.page != NavTarget::Page::None && m_context.hasFile())
            reload();
    });
    connect(&m_context, &AppContext::dataChanged, this, &Page::onDataChanged);
}

void Page::setTarget(const NavTarget &target)
{
    m_target = target;
    m_stale = false;
    m_reloadTimer->stop();
}

bool Page::mayShow(const storage::Change &change) const
{
    return change.mayConcern(m_target.agreementId);
}

void Page::onDataChanged(const storage::Change &change)
{
    if (m_target.page == NavTarget::Page::None || !mayShow(change))
        return;
    if (isHiddenInStack())
        m_stale = true;
    else
        m_reloadTimer->start();
}

bool Page::isHiddenInStack() const
{
    const auto *stack = qobject_cast<const QStackedWidget *>(parentWidget());
    return stack && stack->currentWidget() != this;
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reloadTimer->start();
}

bool Page::isFrozen() const
{
    if (!m_context.hasFile() || m_target.agreementId.isEmpty())
        return false;
    try {
        // The status alone, not the whole agreement: pages ask on every reload.
        return m_context.file()->field(storage::RecordKind::Agreement, m_target.agreementId,
                                       QStringLiteral("status")) ==
               core::toWord(core::AgreementStatus::Signed);
    } catch (const std::exception &error) {
        UiErrors::recordGone(m_context, QStringLiteral("Page::isFrozen"), error);
        return false; // the agreement is gone (undo, a colleague): nothing to protect
    }
}

} // namespace samverka::ui
