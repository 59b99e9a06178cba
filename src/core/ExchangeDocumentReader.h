#pragma once

// The reading pass of ExchangeReader over a parsed document: every entity with its
// JSON path for errors, references checked at the end.

#include "ExchangeReferences.h"
#include "JsonCursor.h"
#include "MunicipalityData.h"

namespace samverka::core {

// References are checked once everything is read, because a reference may point
// forward (a measure's goal, a set's agreement).
class ExchangeDocumentReader
{
public:
    MunicipalityData read(JsonCursor &root);
    /// A measure's fields past its id, title, focus area, causes and goals: what an
    /// agreement's measure and an åtgärdsplan's own measure share.
    static void readMeasureFields(JsonCursor &c, Measure &m, ExchangeReferences &refs);

private:
    using Ref = ExchangeReferences::Kind;

    void readHeader(JsonCursor &root);
    Municipality readMunicipality(JsonCursor &c);
    Agreement readAgreement(JsonCursor &c);
    Part1 readPart1(JsonCursor &c, const QString &agreementId);
    QList<Commitment> readCommitments(JsonCursor &c, const QString &agreementId);
    Problem readProblem(JsonCursor &c, const QString &agreementId);
    Cause readCause(JsonCursor &c, const QString &agreementId);
    Goal readGoal(JsonCursor &c, const QString &agreementId);
    GoalValue readGoalValue(JsonCursor &c, const char *key);
    Measure readMeasure(JsonCursor &c, const QString &agreementId);
    FollowUp readFollowUp(JsonCursor &c, const QString &agreementId);
    Signature readSignature(JsonCursor &c, const QString &agreementId);
    ReviewComment readComment(JsonCursor &c, const QString &agreementId);
    CitizenPromiseSet readPromiseSet(JsonCursor &c);
    Attachment readAttachment(JsonCursor &c);

    /// Reads the "id" property and declares it.
    QString id(JsonCursor &c, Ref kind, const QString &agreementId, bool required = true);
    void refer(JsonCursor &c, const char *key, const QString &id, Ref kind,
               const QString &scope = {});
    void referAll(JsonCursor &c, const char *key, const QStringList &ids, Ref kind,
                  const QString &scope = {});

    ExchangeReferences m_refs;
};

} // namespace samverka::core
