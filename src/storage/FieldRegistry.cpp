#include "FieldRegistry.h"

#include "entities/Entities.h"

namespace samverka::storage {

namespace {

/// The KindSpec of every entity declaration (entities/), in RecordKind order.
QList<KindSpec> buildRegistry()
{
    namespace e = entities;
    return {e::municipality().spec(),
            e::party().spec(),
            e::person().spec(),
            e::agreement().spec(),
            e::diaryNumber().spec(),
            e::startingPoint().spec(),
            e::commitment().spec(),
            e::group().spec(),
            e::groupMember().spec(),
            e::coordinator().spec(),
            e::reportingRule().spec(),
            e::problem().spec(),
            e::cause().spec(),
            e::focusArea().spec(),
            e::goal().spec(),
            e::measure().spec(),
            e::followUp().spec(),
            e::signature().spec(),
            e::comment().spec(),
            e::commentReply().spec(),
            e::checkItem().spec(),
            e::promiseSet().spec(),
            e::promise().spec(),
            e::meeting().spec(),
            e::attachment().spec(),
            e::population().spec(),
            e::situationPicture().spec(),
            e::situationSection().spec(),
            e::situationProblem().spec(),
            e::measurePlan().spec(),
            e::planFollowUpDate().spec(),
            e::planRow().spec(),
            e::planRating().spec()};
}

} // namespace

const QList<KindSpec> &FieldRegistry::all()
{
    static const QList<KindSpec> registry = buildRegistry();
    return registry;
}

const KindSpec &FieldRegistry::kind(RecordKind kind)
{
    for (const KindSpec &spec : all())
        if (spec.kind == kind)
            return spec;
    return all().first(); // every RecordKind is registered (tested)
}

const KindSpec *FieldRegistry::kindForTable(const QString &table)
{
    for (const KindSpec &spec : all())
        if (spec.table == table)
            return &spec;
    return nullptr;
}

const FieldSpec *KindSpec::field(const QString &name) const
{
    for (const FieldSpec &spec : fields)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

QStringList KindSpec::fieldNames() const
{
    QStringList names;
    for (const FieldSpec &spec : fields)
        names << spec.name;
    return names;
}

bool KindSpec::hasUniqueKey() const
{
    for (const FieldSpec &spec : fields)
        if (spec.key)
            return true;
    return false;
}

} // namespace samverka::storage
