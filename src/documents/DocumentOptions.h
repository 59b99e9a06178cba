#pragma once

// What to print: which document of which agreement (or, for the law's documents, of
// which edition or plan), and whether confidential items go in.

#include <QString>

namespace samverka::core {
class Clock;
}

namespace samverka::documents {

enum class DocumentKind {
    Agreement,
    ActionPlan,
    CitizenPromises,
    FollowUp,
    SituationPicture, ///< the municipality's lägesbild (Lag 2023:196 §4), of no agreement
    MeasurePlan,      ///< the municipality's åtgärdsplan (Lag 2023:196 §5), of no agreement
    Changes, ///< what the agreement changed from an earlier one (recordId, else the replaced)
};

/// True for the documents made of one agreement.
constexpr bool isAgreementDocument(DocumentKind kind)
{
    return kind != DocumentKind::SituationPicture && kind != DocumentKind::MeasurePlan;
}

struct DocumentOptions {
    DocumentKind kind = DocumentKind::Agreement;
    QString agreementId; ///< for an agreement's documents
    /// For the lägesbild: the edition's id; for the åtgärdsplan: the plan's id. Empty for
    /// the latest (the last in the file). For the changes: the earlier agreement's id;
    /// empty for the one the agreement replaces.
    QString recordId;
    /// Confidential problems, causes and measures are left out (causes are replaced by
    /// who holds the information) unless this is set; then every page says so.
    bool includeConfidential = false;
    /// "Today" for the follow-up report (what is late); null: the system clock.
    const core::Clock *clock = nullptr;
};

} // namespace samverka::documents
