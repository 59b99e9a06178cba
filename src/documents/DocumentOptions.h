#pragma once

// What to print: which document of which agreement, and whether confidential items go in.

#include <QString>

namespace samverka::core {
class Clock;
}

namespace samverka::documents {

enum class DocumentKind { Agreement, ActionPlan, CitizenPromises, FollowUp };

struct DocumentOptions {
    DocumentKind kind = DocumentKind::Agreement;
    QString agreementId;
    /// Confidential problems, causes and measures are left out (causes are replaced by
    /// who holds the information) unless this is set; then every page says so.
    bool includeConfidential = false;
    /// "Today" for the follow-up report (what is late); null: the system clock.
    const core::Clock *clock = nullptr;
};

} // namespace samverka::documents
