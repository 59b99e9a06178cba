#pragma once

// The records of one agreement, section by section, as AgreementComparer compares
// them: their values as the exchange format writes them (less ids, origin ids and work
// under the agreement), their references, and the labels that name them.

#include "MunicipalityData.h"
#include "RecordMatcher.h"

#include <QHash>
#include <QSet>

namespace samverka::core {

class DiffRecordBuilder
{
public:
    DiffRecordBuilder(const MunicipalityData &data, const Agreement &agreement);

    QList<DiffRecord> records(DiffSection section) const;
    /// What a reference shows: a title, a cause's number ("2.3"), a party's name.
    QString label(DiffRefKind kind, const QString &id) const;
    /// Whether id is a confidential record of the agreement (a problem, a cause, also one
    /// of a confidential problem, a measure).
    bool isConfidential(const QString &id) const { return m_confidential.contains(id); }

private:
    QList<DiffRecord> agreementRecord() const;
    QList<DiffRecord> parties() const;
    QList<DiffRecord> diaryNumbers() const;
    QList<DiffRecord> problems() const;
    QList<DiffRecord> causes() const;
    QList<DiffRecord> focusAreas() const;
    QList<DiffRecord> goals() const;
    QList<DiffRecord> measures() const;
    QList<DiffRecord> promises() const;
    QString partyName(const QString &id) const;
    QString personName(const QString &id) const;

    const MunicipalityData &m_data;
    const Agreement &m_agreement;
    QJsonObject m_json;               ///< the agreement as the exchange format writes it
    QHash<QString, QString> m_labels; ///< agreement record id → label
    QSet<QString> m_confidential;     ///< the confidential records' ids
};

} // namespace samverka::core
