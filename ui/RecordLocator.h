#pragma once

// Finds the page that shows a record of an agreement (a problem, a cause, a measure,
// ...) so that checklist findings, late measures and search results can jump there.

#include "NavTarget.h"

#include "Agreement.h"
#include "Finding.h"

namespace samverka::ui {

class RecordLocator
{
public:
    /// The page showing recordId within the agreement; the agreement's page for an
    /// empty or unknown id.
    static NavTarget forRecord(const core::Agreement &agreement, const QString &recordId);
    /// Where the user fixes what the finding reports.
    static NavTarget forFinding(const core::Agreement &agreement, const core::Finding &finding);
};

} // namespace samverka::ui
