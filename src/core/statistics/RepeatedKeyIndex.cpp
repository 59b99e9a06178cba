#include "RepeatedKeyIndex.h"

namespace samverka::core {

qsizetype RepeatedKeyIndex::find(const QString &code, int year, const QString &period, int typeId)
{
    if (m_group < 0 || m_year != year || m_code != code || m_period != period)
        startGroup(code, year, period);
    const qsizetype next = m_typeOfRow.size();
    if (m_groups.at(m_group).hashed) {
        qsizetype &slot = m_hashed[key(m_group, typeId)];
        if (slot > 0)
            return slot - 1;
        slot = next + 1;
    } else {
        if (typeId >= m_rowOfType.size())
            m_rowOfType.resize(typeId + 1, 0);
        qsizetype &slot = m_rowOfType[typeId];
        if (slot > 0)
            return slot - 1;
        slot = next + 1;
        m_typesInRun.append(typeId);
    }
    m_typeOfRow.append(typeId);
    return -1;
}

void RepeatedKeyIndex::startGroup(const QString &code, int year, const QString &period)
{
    closeRun();
    m_code = code;
    m_year = year;
    m_period = period;
    const QString joined = code + QChar(0x1F) + QString::number(year) + QChar(0x1F) + period;
    auto found = m_groupIds.constFind(joined);
    if (found == m_groupIds.cend()) {
        found = m_groupIds.insert(joined, int(m_groups.size()));
        m_groups.append(Group{});
    } else if (!m_groups.at(found.value()).hashed) {
        // The group comes back after another: its earlier rows go into the hash table,
        // which serves it from now on.
        Group &group = m_groups[found.value()];
        for (int r = group.lastRange; r >= 0; r = m_ranges.at(r).previous) {
            for (qsizetype row = m_ranges.at(r).begin; row < m_ranges.at(r).end; ++row)
                m_hashed.insert(key(found.value(), m_typeOfRow.at(row)), row + 1);
        }
        group.hashed = true;
    }
    m_group = found.value();
    m_runBegin = m_typeOfRow.size();
}

void RepeatedKeyIndex::closeRun()
{
    if (m_group < 0)
        return;
    if (!m_groups.at(m_group).hashed) {
        // New rows of a run are consecutive: the run is the range of rows added since it began.
        m_ranges.append(Range{m_runBegin, m_typeOfRow.size(), m_groups.at(m_group).lastRange});
        m_groups[m_group].lastRange = int(m_ranges.size() - 1);
    }
    for (const int type : std::as_const(m_typesInRun))
        m_rowOfType[type] = 0;
    m_typesInRun.clear();
}

} // namespace samverka::core
