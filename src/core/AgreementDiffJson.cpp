#include "AgreementDiffJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samverka::core {

namespace {

QJsonObject sideToJson(const DiffSide &side)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), side.id);
    o.insert(QStringLiteral("title"), side.title);
    o.insert(QStringLiteral("status"), side.status);
    o.insert(QStringLiteral("fingerprintBroken"), side.fingerprintBroken);
    return o;
}

QJsonObject fieldToJson(const FieldDifference &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("field"), d.field);
    if (!d.before.isUndefined())
        o.insert(QStringLiteral("before"), d.before);
    if (!d.after.isUndefined())
        o.insert(QStringLiteral("after"), d.after);
    if (!d.words.isEmpty()) {
        QJsonArray runs;
        for (const WordRun &run : d.words) {
            QJsonObject r;
            r.insert(QStringLiteral("op"), WordDiff::word(run.kind));
            r.insert(QStringLiteral("text"), run.text);
            runs.append(r);
        }
        o.insert(QStringLiteral("words"), runs);
    }
    return o;
}

QJsonObject itemToJson(const DiffItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("section"), AgreementDiff::word(item.section));
    o.insert(QStringLiteral("change"), AgreementDiff::word(item.kind));
    o.insert(QStringLiteral("label"), item.label);
    if (!item.fromId.isEmpty())
        o.insert(QStringLiteral("fromId"), item.fromId);
    if (!item.toId.isEmpty())
        o.insert(QStringLiteral("toId"), item.toId);
    o.insert(QStringLiteral("match"), AgreementDiff::word(item.match));
    o.insert(QStringLiteral("guess"), item.isGuess());
    o.insert(QStringLiteral("confidential"), item.confidential);
    if (!item.fields.isEmpty()) {
        QJsonArray fields;
        for (const FieldDifference &d : item.fields)
            fields.append(fieldToJson(d));
        o.insert(QStringLiteral("fields"), fields);
    }
    return o;
}

} // namespace

QJsonObject AgreementDiffJson::toJson(const AgreementDiff &diff, bool includeConfidential)
{
    const QList<DiffItem> items = diff.visible(includeConfidential);
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("samverka-diff"));
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("from"), sideToJson(diff.from));
    o.insert(QStringLiteral("to"), sideToJson(diff.to));
    o.insert(QStringLiteral("confidentialLeftOut"), int(diff.items.size() - items.size()));
    QJsonObject summary;
    for (DiffSection section : AgreementDiff::sections()) {
        QJsonObject counts;
        for (DiffKind kind :
             {DiffKind::Added, DiffKind::Removed, DiffKind::Changed, DiffKind::Moved})
            counts.insert(AgreementDiff::word(kind), AgreementDiff::count(items, section, kind));
        summary.insert(AgreementDiff::word(section), counts);
    }
    o.insert(QStringLiteral("summary"), summary);
    QJsonArray changes;
    for (const DiffItem &item : items)
        changes.append(itemToJson(item));
    o.insert(QStringLiteral("changes"), changes);
    return o;
}

QByteArray AgreementDiffJson::write(const AgreementDiff &diff, bool includeConfidential)
{
    // QJsonObject keeps its keys sorted, so the same diff gives the same bytes.
    return QJsonDocument(toJson(diff, includeConfidential)).toJson(QJsonDocument::Indented);
}

} // namespace samverka::core
