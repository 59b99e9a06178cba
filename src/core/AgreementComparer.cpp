#include "AgreementComparer.h"

#include "DiffRecordBuilder.h"
#include "Fingerprint.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace samverka::core {

namespace {

/// The order in which sections are matched: a cause's problem, and every record a
/// reference names, is matched before the records that refer to it are compared.
const QList<DiffSection> matchOrder = {
    DiffSection::Agreement, DiffSection::Parties,  DiffSection::DiaryNumbers,
    DiffSection::Problems,  DiffSection::Causes,   DiffSection::FocusAreas,
    DiffSection::Goals,     DiffSection::Measures, DiffSection::CitizenPromises};

bool fileLevel(DiffRefKind kind)
{
    return kind == DiffRefKind::Party || kind == DiffRefKind::Person;
}

DiffSide sideOf(const Agreement &agreement)
{
    return {agreement.id, agreement.title, toWord(agreement.status),
            AgreementComparer::fingerprintBroken(agreement)};
}

class Comparison
{
public:
    Comparison(const DiffRecordBuilder &from, const DiffRecordBuilder &to)
        : m_from(from)
        , m_to(to)
    {}

    void matchAll()
    {
        for (DiffSection section : matchOrder) {
            Matched &m = m_sections[section];
            m.from = m_from.records(section);
            m.to = m_to.records(section);
            m.pairs = RecordMatcher::match(m.from, m.to, [this](const QString &scope) {
                return scope.isEmpty() ? scope : canonical(scope, false);
            });
            for (const RecordPair &pair : std::as_const(m.pairs))
                if (pair.from >= 0 && pair.to >= 0)
                    m_earlier.insert(m.to.at(pair.to).id, m.from.at(pair.from).id);
        }
    }

    QList<DiffItem> items(DiffSection section) const
    {
        const Matched &m = m_sections.value(section);
        QList<DiffItem> out;
        for (const RecordPair &pair : m.pairs) {
            DiffItem item;
            item.section = section;
            item.match = pair.match;
            const DiffRecord *before = pair.from >= 0 ? &m.from.at(pair.from) : nullptr;
            const DiffRecord *after = pair.to >= 0 ? &m.to.at(pair.to) : nullptr;
            item.fromId = before ? before->id : QString();
            item.toId = after ? after->id : QString();
            item.label = after ? after->label : before->label;
            item.confidential = (before && before->confidential) || (after && after->confidential);
            if (!before || !after) {
                item.kind = before ? DiffKind::Removed : DiffKind::Added;
                out << item;
                continue;
            }
            bool namesConfidential = false;
            item.fields = fields(*before, *after, namesConfidential);
            // A change that names a confidential record (a focus area's problems) is
            // shown only when the confidential records are.
            item.confidential = item.confidential || namesConfidential;
            if (item.fields.isEmpty())
                continue;
            const bool moved = after->moveFields.contains(item.fields.first().field);
            item.kind = moved ? DiffKind::Moved : DiffKind::Changed;
            out << item;
        }
        return out;
    }

private:
    struct Matched {
        QList<DiffRecord> from;
        QList<DiffRecord> to;
        QList<RecordPair> pairs;
    };

    /// An id as the comparison knows it: a later record's id becomes the earlier one it
    /// was matched with; an unmatched later record stays apart from every earlier one.
    QString canonical(const QString &id, bool fromSide) const
    {
        if (fromSide || id.isEmpty())
            return id;
        const auto it = m_earlier.constFind(id);
        return it == m_earlier.cend() ? QStringLiteral("+") + id : it.value();
    }

    QJsonValue compared(const DiffRef &ref, bool fromSide) const
    {
        QStringList ids;
        for (const QString &id : ref.ids)
            ids << (fileLevel(ref.kind) ? id : canonical(id, fromSide));
        if (ref.unordered)
            std::sort(ids.begin(), ids.end());
        if (ref.list)
            return ids.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(ids));
        return ids.isEmpty() ? QJsonValue() : QJsonValue(ids.first());
    }

    QJsonValue shown(const DiffRef &ref, const DiffRecordBuilder &side) const
    {
        QStringList labels;
        for (const QString &id : ref.ids)
            labels << side.label(ref.kind, id);
        if (ref.unordered)
            std::sort(labels.begin(), labels.end());
        if (ref.list)
            return labels.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(labels));
        return labels.isEmpty() ? QJsonValue() : QJsonValue(labels.first());
    }

    static const DiffRef *refOf(const DiffRecord &record, const QString &field)
    {
        for (const DiffRef &ref : record.refs)
            if (ref.field == field)
                return &ref;
        return nullptr;
    }

    bool namesConfidential(const DiffRef &ref, const DiffRecordBuilder &side) const
    {
        for (const QString &id : ref.ids)
            if (side.isConfidential(id))
                return true;
        return false;
    }

    QList<FieldDifference> fields(const DiffRecord &before, const DiffRecord &after,
                                  bool &confidential) const
    {
        QStringList names = before.values.keys() + after.values.keys();
        for (const DiffRef &ref : before.refs)
            names << ref.field;
        names.sort();
        names.removeDuplicates();
        // The fields that move a record come first: a move is named by its first field.
        QStringList ordered;
        for (const QString &field : after.moveFields)
            if (names.contains(field))
                ordered << field;
        for (const QString &field : std::as_const(names))
            if (!ordered.contains(field))
                ordered << field;

        QList<FieldDifference> out;
        for (const QString &field : std::as_const(ordered)) {
            FieldDifference d;
            d.field = field;
            const DiffRef *refBefore = refOf(before, field);
            const DiffRef *refAfter = refOf(after, field);
            if (refBefore && refAfter) {
                if (compared(*refBefore, true) == compared(*refAfter, false))
                    continue;
                d.before = shown(*refBefore, m_from);
                d.after = shown(*refAfter, m_to);
                confidential = confidential || namesConfidential(*refBefore, m_from) ||
                               namesConfidential(*refAfter, m_to);
            } else {
                d.before = before.values.value(field);
                d.after = after.values.value(field);
                if (d.before == d.after)
                    continue;
                // Word by word where there are words: a date or a number is shown whole.
                if (d.before.isString() && d.after.isString() &&
                    !after.moveFields.contains(field) &&
                    (d.before.toString().trimmed().contains(QLatin1Char(' ')) ||
                     d.after.toString().trimmed().contains(QLatin1Char(' '))))
                    d.words = WordDiff::compare(d.before.toString(), d.after.toString());
            }
            out << d;
        }
        return out;
    }

    const DiffRecordBuilder &m_from;
    const DiffRecordBuilder &m_to;
    QMap<DiffSection, Matched> m_sections;
    QHash<QString, QString> m_earlier; ///< later record id → earlier record id
};

} // namespace

AgreementComparer::AgreementComparer(const MunicipalityData &data)
    : m_data(data)
{}

bool AgreementComparer::fingerprintBroken(const Agreement &agreement)
{
    return agreement.isSigned() && !agreement.fingerprint.isEmpty() &&
           Fingerprint::compute(agreement) != agreement.fingerprint;
}

AgreementDiff AgreementComparer::compare(const Agreement &from, const Agreement &to) const
{
    const DiffRecordBuilder before(m_data, from);
    const DiffRecordBuilder after(m_data, to);
    Comparison comparison(before, after);
    comparison.matchAll();

    AgreementDiff diff;
    diff.from = sideOf(from);
    diff.to = sideOf(to);
    for (DiffSection section : AgreementDiff::sections())
        diff.items << comparison.items(section);
    // The agreement's own fields are matched as one record; it is named by its ids.
    for (DiffItem &item : diff.items) {
        if (item.section == DiffSection::Agreement) {
            item.fromId = from.id;
            item.toId = to.id;
        }
    }
    return diff;
}

} // namespace samverka::core
