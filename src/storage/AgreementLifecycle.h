#pragma once

// An agreement's lifecycle: draft ↔ in review ↔ ready for signing, signing (which
// stores the fingerprint of the frozen content and locks it), revision (a new
// draft copied from a signed agreement) and checking the stored fingerprint.

#include "Clock.h"
#include "Enums.h"

#include <QDate>
#include <QStringList>

namespace samverka::storage {

class AuditLog;
class Database;

class AgreementLifecycle
{
public:
    AgreementLifecycle(Database &db, AuditLog &audit, const core::Clock &clock);

    /// Draft, in review, ready for signing; never to or from signed (Refused / Frozen).
    void setAgreementStatus(const QString &agreementId, core::AgreementStatus status);
    /// Marks the listed signatures (all when empty) signed at place and date, stores
    /// the fingerprint and sets the status signed, in one transaction. Refused without
    /// signatories or when already signed. An invalid date means today (the clock).
    /// Returns the fingerprint (hex).
    QString sign(const QString &agreementId, const QDate &date, const QString &place,
                 const QStringList &signatureIds = {});
    /// A new draft copied from the agreement with new ids, "replaces" set to it,
    /// signatures unsigned, follow-ups, comments and check items left behind.
    QString revise(const QString &agreementId);
    /// Recomputes the fingerprint of a signed agreement; true when it matches.
    bool verifyFingerprint(const QString &agreementId) const;

private:
    Database &m_db;
    AuditLog &m_audit;
    const core::Clock &m_clock;
};

} // namespace samverka::storage
