#include "Page.h"

#include "AppContext.h"
#include "UiErrors.h"

#include <QTimer>

namespace samverka::ui {

Page::Page(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    // Every page follows the file: a change (own edit, undo, a colleague) re-reads the
    // shown target once the current event is done, so a view is never reset mid-commit.
    auto *reloadTimer = new QTimer(this);
    reloadTimer->setSingleShot(true);
    reloadTimer->setInterval(0);
    connect(reloadTimer, &QTimer::timeout, this, [this] {
        if (m_target.page != NavTarget::Page::None && m_context.hasFile())
            reload();
    });
    connect(&m_context, &AppContext::dataChanged, reloadTimer, qOverload<>(&QTimer::start));
}

bool Page::isFrozen() const
{
    if (!m_context.hasFile() || m_target.agreementId.isEmpty())
        return false;
    try {
        return m_context.file()->agreement(m_target.agreementId).isSigned();
    } catch (const std::exception &error) {
        UiErrors::recordGone(m_context, QStringLiteral("Page::isFrozen"), error);
        return false; // the agreement is gone (undo, a colleague): nothing to protect
    }
}

} // namespace samverka::ui
