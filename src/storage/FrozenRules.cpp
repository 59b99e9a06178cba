#include "FrozenRules.h"

#include "Database.h"
#include "FieldRegistry.h"
#include "Statement.h"

#include <QCoreApplication>

namespace samverka::storage {

FrozenRules::FrozenRules(Database &db)
    : m_db(db)
    , m_access(db)
{}

StorageError FrozenRules::frozenError()
{
    return StorageError(StorageError::Kind::Frozen,
                        QCoreApplication::translate(
                            "samverka::storage",
                            "This agreement is signed and locked; revise it to make changes."));
    // sv: Överenskommelsen är undertecknad och låst; revidera den för att göra ändringar.
}

StorageError FrozenRules::adoptedError()
{
    return StorageError(
        StorageError::Kind::Frozen,
        QCoreApplication::translate("samverka::storage",
                                    "This situation picture is adopted and locked; set its status "
                                    "back to draft, or start a new edition, to change it."));
}

StorageError FrozenRules::decidedError()
{
    return StorageError(
        StorageError::Kind::Frozen,
        QCoreApplication::translate("samverka::storage",
                                    "This measure plan is decided and locked; set its status back "
                                    "to draft to change it. Its ratings and follow-up dates stay "
                                    "open."));
}

bool FrozenRules::isDecisionField(const QString &field)
{
    static const QStringList open{
        QStringLiteral("status"),         QStringLiteral("decidedBy"),
        QStringLiteral("decidedOn"),      QStringLiteral("decisionParagraph"),
        QStringLiteral("diaryNumber"),    QStringLiteral("nextUpdate"),
        QStringLiteral("mappingSnapshot")};
    return open.contains(field);
}

bool FrozenRules::isAdopted(const QString &editionId) const
{
    if (editionId.isEmpty())
        return false;
    Statement st =
        m_db.prepare(QStringLiteral("SELECT status FROM situation_pictures WHERE id = ?1"));
    st.bind(1, editionId);
    return st.step() && st.text(0) == u"adopted";
}

QString FrozenRules::editionOf(RecordKind kind, const QString &id) const
{
    const char *table = nullptr;
    if (kind == RecordKind::SituationPicture)
        return id;
    if (kind == RecordKind::SituationSection)
        table = "situation_sections";
    else if (kind == RecordKind::SituationProblem)
        table = "situation_problems";
    else
        return {};
    Statement st = m_db.prepare(QStringLiteral("SELECT situation_picture_id FROM %1 WHERE id = ?1")
                                    .arg(QLatin1String(table)));
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

void FrozenRules::checkEdition(RecordKind kind, const QString &editionId) const
{
    if ((kind == RecordKind::SituationSection || kind == RecordKind::SituationProblem) &&
        isAdopted(editionId))
        throw adoptedError();
}

bool FrozenRules::isDecided(const QString &planId) const
{
    if (planId.isEmpty())
        return false;
    Statement st = m_db.prepare(QStringLiteral("SELECT status FROM measure_plans WHERE id = ?1"));
    st.bind(1, planId);
    return st.step() && st.text(0) == u"decided";
}

QString FrozenRules::planOf(RecordKind kind, const QString &id) const
{
    if (kind == RecordKind::MeasurePlan)
        return id;
    if (kind != RecordKind::PlanRow)
        return {}; // follow-up dates and ratings go on after the decision
    Statement st =
        m_db.prepare(QStringLiteral("SELECT measure_plan_id FROM measure_plan_rows WHERE id = ?1"));
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

void FrozenRules::checkPlan(RecordKind kind, const QString &planId) const
{
    if (kind == RecordKind::PlanRow && isDecided(planId))
        throw decidedError();
}

bool FrozenRules::isSigned(const QString &agreementId) const
{
    if (agreementId.isEmpty())
        return false;
    Statement st = m_db.prepare(QStringLiteral("SELECT status FROM agreements WHERE id = ?1"));
    st.bind(1, agreementId);
    return st.step() && st.text(0) == u"signed";
}

bool FrozenRules::isFrozenField(RecordKind kind, const QString &field)
{
    if (!FieldRegistry::kind(kind).frozenKind)
        return false;
    // A measure's execution status is work under the agreement, not its plan.
    return !(kind == RecordKind::Measure && field == u"status");
}

void FrozenRules::checkField(RecordKind kind, const QString &id, const QString &field) const
{
    if (isFrozenField(kind, field) && isSigned(m_access.agreementOf(kind, id)))
        throw frozenError();
    if (kind == RecordKind::SituationPicture && !isDecisionField(field) && isAdopted(id))
        throw adoptedError();
    if (kind == RecordKind::MeasurePlan && !isDecisionField(field) && isDecided(id))
        throw decidedError();
    checkEdition(kind, editionOf(kind, id));
    // An own measure's execution status is work under the plan, as a measure's is.
    if (!(kind == RecordKind::PlanRow && field == u"status"))
        checkPlan(kind, planOf(kind, id));
}

void FrozenRules::checkRecord(RecordKind kind, const QString &id) const
{
    if (FieldRegistry::kind(kind).frozenKind && isSigned(m_access.agreementOf(kind, id)))
        throw frozenError();
    checkEdition(kind, editionOf(kind, id));
    checkPlan(kind, planOf(kind, id));
}

void FrozenRules::checkInsert(RecordKind kind, RecordKind parentKind, const QString &parentId) const
{
    if (FieldRegistry::kind(kind).frozenKind &&
        isSigned(m_access.agreementOf(parentKind, parentId)))
        throw frozenError();
    checkEdition(kind, editionOf(parentKind, parentId));
    checkPlan(kind, planOf(parentKind, parentId));
}

void FrozenRules::checkRestore(RecordKind kind, const QString &agreementId) const
{
    if (FieldRegistry::kind(kind).frozenKind && isSigned(agreementId))
        throw frozenError();
}

} // namespace samverka::storage
