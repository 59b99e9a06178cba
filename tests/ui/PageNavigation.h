#pragma once

// Shared by the UI tests that move between pages: where to go, and a moment for the
// pages to reload.

#include "NavTarget.h"

#include <QApplication>
#include <QString>

namespace samverka::ui::test {

/// Lets the pages reload (they do so once the current event is done) and repaint.
inline void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

/// A sidebar target: a page of an agreement, and a record on it if recordId is given.
inline NavTarget targetOf(NavTarget::Page page, const QString &agreementId,
                          const QString &recordId = {})
{
    NavTarget t;
    t.page = page;
    t.agreementId = agreementId;
    t.recordId = recordId;
    return t;
}

} // namespace samverka::ui::test
