#include "MunicipalityData.h"

#include <algorithm>

namespace samverka::core {

namespace {
template <typename T> const T *findById(const QList<T> &list, const QString &id)
{
    auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const Agreement *MunicipalityData::findAgreement(const QString &id) const
{
    return findById(agreements, id);
}

const Party *MunicipalityData::findParty(const QString &id) const
{
    return findById(parties, id);
}

const Person *MunicipalityData::findPerson(const QString &id) const
{
    return findById(people, id);
}

} // namespace samverka::core
