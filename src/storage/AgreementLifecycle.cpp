#include "AgreementLifecycle.h"

#include "AuditLog.h"
#include "DataLoader.h"
#include "Database.h"
#include "FrozenRules.h"
#include "RowBuilder.h"
#include "RowStore.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include "Fingerprint.h"

#include <QCoreApplication>
#include <QHash>

namespace samverka::storage {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::storage::AgreementLifecycle", text);
}

StorageError refused(const QString &message)
{
    return StorageError(StorageError::Kind::Refused, message);
}

const QString agreementEntity = QStringLiteral("agreement");
const QString signatureEntity = QStringLiteral("signature");
const QString nowSql = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
} // namespace

AgreementLifecycle::AgreementLifecycle(Database &db, AuditLog &audit, const core::Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

void AgreementLifecycle::setAgreementStatus(const QString &agreementId,
                                            core::AgreementStatus status)
{
    Transaction tx(m_db);
    const core::Agreement agreement = DataLoader(m_db).agreement(agreementId);
    if (agreement.isSigned())
        throw FrozenRules::frozenError();
    if (status == core::AgreementStatus::Signed)
        throw refused(tr("An agreement becomes signed only by signing it."));
    if (agreement.status == status)
        return;
    Statement st = m_db.prepare(
        QStringLiteral("UPDATE agreements SET status = ?1, updated_at = %1 WHERE id = ?2")
            .arg(nowSql));
    st.bind(1, core::toWord(status));
    st.bind(2, agreementId);
    st.run();
    m_audit.record(agreementEntity, agreementId, QStringLiteral("status"),
                   core::toWord(agreement.status), core::toWord(status));
    tx.commit();
}

QString AgreementLifecycle::sign(const QString &agreementId, const QDate &date,
                                 const QString &place, const QStringList &signatureIds)
{
    Transaction tx(m_db);
    DataLoader loader(m_db);
    const core::Agreement before = loader.agreement(agreementId);
    if (before.isSigned())
        throw refused(tr("The agreement \"%1\" is already signed.").arg(before.title));
    if (before.signatures.isEmpty())
        throw refused(tr("The agreement \"%1\" has no signatories; add them before signing.")
                          .arg(before.title));
    // Without a date the signing happens today, as the clock says.
    const QDate signedOn = date.isValid() ? date : m_clock.today();

    QStringList stored;
    {
        Statement st = m_db.prepare(QStringLiteral(
            "SELECT id FROM signatures WHERE agreement_id = ?1 ORDER BY position, rowid"));
        st.bind(1, agreementId);
        while (st.step())
            stored << st.text(0);
    }
    QStringList targets = signatureIds.isEmpty() ? stored : QStringList();
    for (const QString &id : signatureIds) {
        // A signatory imported without an id is named by the file's id of its row
        // (core::Signature::rowId).
        if (!stored.contains(id))
            throw StorageError(StorageError::Kind::NotFoundRecord,
                               tr("The agreement \"%1\" has no signatory with the id \"%2\".")
                                   .arg(before.title, id));
        targets << id;
    }

    const QString isoDate = signedOn.toString(Qt::ISODate);
    Statement update = m_db.prepare(
        QStringLiteral("UPDATE signatures SET signed = 1, place = ?1, date = ?2, updated_at = %1 "
                       "WHERE id = ?3")
            .arg(nowSql));
    for (const QString &id : std::as_const(targets)) {
        const core::Signature &old = before.signatures.at(stored.indexOf(id));
        update.reset();
        update.bind(1, place.isEmpty() ? QStringLiteral("") : place);
        update.bind(2, isoDate);
        update.bind(3, id);
        update.run();
        if (!old.signed_)
            m_audit.record(signatureEntity, id, QStringLiteral("signed"), QStringLiteral("false"),
                           QStringLiteral("true"));
        if (old.place != place)
            m_audit.record(signatureEntity, id, QStringLiteral("place"), old.place, place);
        if (old.date != signedOn)
            m_audit.record(signatureEntity, id, QStringLiteral("date"),
                           old.date.toString(Qt::ISODate), isoDate);
    }

    {
        Statement st = m_db.prepare(
            QStringLiteral("UPDATE agreements SET status = 'signed', updated_at = %1 WHERE id = ?1")
                .arg(nowSql));
        st.bind(1, agreementId);
        st.run();
    }
    const QString fingerprint = core::Fingerprint::compute(loader.agreement(agreementId));
    {
        Statement st = m_db.prepare(QStringLiteral("UPDATE agreements SET fingerprint = ?1 "
                                                   "WHERE id = ?2"));
        st.bind(1, fingerprint);
        st.bind(2, agreementId);
        st.run();
    }
    m_audit.record(agreementEntity, agreementId, QStringLiteral("status"),
                   core::toWord(before.status), QStringLiteral("signed"));
    m_audit.record(agreementEntity, agreementId, QStringLiteral("fingerprint"), before.fingerprint,
                   fingerprint);
    tx.commit();
    return fingerprint;
}

QString AgreementLifecycle::revise(const QString &agreementId)
{
    Transaction tx(m_db);
    const core::Agreement old = DataLoader(m_db).agreement(agreementId);
    if (!old.isSigned())
        throw refused(tr("Only a signed agreement is revised; \"%1\" can be edited as it is.")
                          .arg(old.title));

    QHash<QString, QString> ids; // old id → new id, for the links inside the agreement
    const auto fresh = [&ids](const QString &oldId) {
        const QString id = RowBuilder::newId();
        if (!oldId.isEmpty())
            ids.insert(oldId, id);
        return id;
    };
    const auto mapped = [&ids](const QString &oldId) { return ids.value(oldId, oldId); };
    const auto mappedList = [&mapped](const QStringList &list) {
        QStringList out;
        for (const QString &id : list)
            out << mapped(id);
        return out;
    };

    core::Agreement draft = old;
    draft.id = RowBuilder::newId();
    draft.replaces = old.id;
    draft.status = core::AgreementStatus::Draft;
    draft.fingerprint.clear();
    draft.followUps.clear();
    draft.comments.clear();
    draft.checkItems.clear();
    for (auto *list : {&draft.part1.commitments, &draft.part2.commitments})
        for (core::Commitment &c : *list)
            c.id = fresh(c.id);
    for (core::Group &g : draft.part1.groups)
        g.id = fresh(g.id);
    for (core::Signature &s : draft.signatures) {
        s.id = fresh(s.id);
        s.signed_ = false;
        s.place.clear();
        s.date = QDate();
    }
    // Each copied record remembers the one it came from, so that a comparison of the two
    // versions matches them by origin rather than by content.
    const auto copy = [&fresh](auto &record) {
        record.originId = record.id;
        record.id = fresh(record.id);
    };
    for (core::Problem &p : draft.problems) {
        copy(p);
        for (core::Cause &c : p.causes)
            copy(c);
    }
    for (core::FocusArea &f : draft.focusAreas)
        copy(f);
    for (core::Goal &g : draft.goals)
        copy(g);
    for (core::Measure &m : draft.measures)
        copy(m);
    // Every id is known now: remap the links inside the agreement.
    for (core::FocusArea &f : draft.focusAreas)
        f.problems = mappedList(f.problems);
    for (core::Goal &g : draft.goals) {
        g.parent = mapped(g.parent);
        g.focusArea = mapped(g.focusArea);
        g.problem = mapped(g.problem);
    }
    for (core::Measure &m : draft.measures) {
        m.focusArea = mapped(m.focusArea);
        m.causes = mappedList(m.causes);
        m.goals = mappedList(m.goals);
    }

    m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    RowStore store(m_db);
    for (const TableRow &row : RowBuilder::allRows(draft))
        store.insert(row);
    m_audit.record(agreementEntity, draft.id, QString(), QString(),
                   QStringLiteral("revision of %1").arg(old.id));
    tx.commit();
    return draft.id;
}

bool AgreementLifecycle::verifyFingerprint(const QString &agreementId) const
{
    const core::Agreement agreement = DataLoader(m_db).agreement(agreementId);
    if (!agreement.isSigned() || agreement.fingerprint.isEmpty())
        return false;
    return core::Fingerprint::compute(agreement) == agreement.fingerprint;
}

} // namespace samverka::storage
