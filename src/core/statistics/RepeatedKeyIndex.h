#pragma once

// Finds the earlier row with the same natural key (municipality, year, period, crime
// type) while a statistics table is read, cheaply for the usual order of an export: rows
// grouped by municipality, year and period. Inside an unbroken run of one group a repeat
// is looked up by crime-type number in a plain array; only a group that comes back after
// another needs a hash table, filled once from its earlier rows.

#include <QHash>
#include <QList>
#include <QString>

namespace samverka::core {

class RepeatedKeyIndex
{
public:
    /// The row number of the earlier row with this key, or -1 when the key is new. Only
    /// new keys get a row number, 0, 1, 2, ... in the order they came, so a new key's number
    /// is the count of new keys before it (its index among the rows kept). typeId numbers
    /// the crime type: equal types, equal numbers, small and dense (0, 1, 2, ...).
    qsizetype find(const QString &code, int year, const QString &period, int typeId);

private:
    struct Group {
        int lastRange = -1;  ///< its latest closed run in m_ranges
        bool hashed = false; ///< its rows are in m_hashed
    };
    struct Range {
        qsizetype begin;
        qsizetype end;
        int previous; ///< the group's run before, or -1
    };

    void startGroup(const QString &code, int year, const QString &period);
    void closeRun();
    static quint64 key(int group, int typeId)
    {
        return (quint64(quint32(group)) << 32) | quint32(typeId);
    }

    QHash<QString, int> m_groupIds; ///< code, year and period joined
    QList<Group> m_groups;
    QList<Range> m_ranges;
    QList<int> m_typeOfRow;             ///< by row number
    QHash<quint64, qsizetype> m_hashed; ///< (group, type) → row, for groups that came back

    // The current run.
    QString m_code;
    int m_year = 0;
    QString m_period;
    int m_group = -1;
    qsizetype m_runBegin = 0;
    QList<qsizetype> m_rowOfType; ///< by type id: row + 1 in the current run, 0 for none
    QList<int> m_typesInRun;
};

} // namespace samverka::core
