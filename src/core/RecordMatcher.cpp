#include "RecordMatcher.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace samverka::core {

namespace {
/// Texts at the same position that share at least this share of their words are taken
/// for one record changed; below it, for one removed and another added.
constexpr double sameAtPosition = 0.5;
} // namespace

double RecordMatcher::similarity(const QString &a, const QString &b)
{
    static const QRegularExpression space(QStringLiteral("\\W+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const QStringList wa = a.toLower().split(space, Qt::SkipEmptyParts);
    const QStringList wb = b.toLower().split(space, Qt::SkipEmptyParts);
    if (wa.isEmpty() && wb.isEmpty())
        return 1.0;
    const QSet<QString> sa(wa.begin(), wa.end());
    const QSet<QString> sb(wb.begin(), wb.end());
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    const qsizetype all = QSet<QString>(sa).unite(sb).size();
    return all == 0 ? 0.0 : double(common) / double(all);
}

QList<RecordPair> RecordMatcher::matchScoped(const QList<DiffRecord> &from,
                                             const QList<DiffRecord> &to, const QStringList &scopes)
{
    QList<int> pairOf(to.size(), -1);
    QList<DiffMatch> how(to.size(), DiffMatch::None);
    QList<bool> taken(from.size(), false);
    const auto take = [&](qsizetype t, qsizetype f, DiffMatch match) {
        pairOf[t] = int(f);
        how[t] = match;
        taken[f] = true;
    };
    QHash<QString, qsizetype> byId;
    for (qsizetype f = 0; f < from.size(); ++f)
        byId.insert(from.at(f).id, f);

    // Where it came from, then the same record.
    for (qsizetype t = 0; t < to.size(); ++t) {
        const qsizetype f = byId.value(to.at(t).originId, -1);
        if (!to.at(t).originId.isEmpty() && f >= 0 && !taken.at(f))
            take(t, f, DiffMatch::Origin);
    }
    for (qsizetype t = 0; t < to.size(); ++t) {
        const qsizetype f = byId.value(to.at(t).id, -1);
        if (pairOf.at(t) < 0 && f >= 0 && !taken.at(f))
            take(t, f, DiffMatch::Id);
    }
    // The content keys, in the order each record gives them.
    const qsizetype rounds = to.isEmpty() ? 0 : to.first().keys.size();
    for (qsizetype k = 0; k < rounds; ++k) {
        // Each key's earlier records in order: two records of the same title pair up in turn.
        QHash<QString, QList<qsizetype>> byKey;
        for (qsizetype f = 0; f < from.size(); ++f)
            if (!taken.at(f) && k < from.at(f).keys.size() && !from.at(f).keys.at(k).isEmpty())
                byKey[from.at(f).keys.at(k)].append(f);
        for (qsizetype t = 0; t < to.size(); ++t) {
            if (pairOf.at(t) >= 0 || k >= to.at(t).keys.size())
                continue;
            QString key = to.at(t).keys.at(k);
            // A scoped key ("scope|…") is read in the earlier agreement's ids.
            const qsizetype bar = key.indexOf(QLatin1Char('|'));
            if (bar >= 0)
                key = scopes.at(t) + key.mid(bar);
            auto it = byKey.find(key);
            if (key.isEmpty() || it == byKey.end() || it->isEmpty())
                continue;
            take(t, it->takeFirst(), DiffMatch::Content);
        }
    }
    // The same position in the same scope, with mostly the same words.
    for (qsizetype t = 0; t < to.size(); ++t) {
        if (pairOf.at(t) >= 0)
            continue;
        for (qsizetype f = 0; f < from.size(); ++f) {
            if (taken.at(f) || from.at(f).scope != scopes.at(t) ||
                from.at(f).position != to.at(t).position)
                continue;
            if (similarity(from.at(f).text, to.at(t).text) >= sameAtPosition)
                take(t, f, DiffMatch::Content);
            break;
        }
    }

    QList<RecordPair> pairs;
    for (qsizetype t = 0; t < to.size(); ++t)
        pairs.append({pairOf.at(t), int(t), how.at(t)});
    for (qsizetype f = 0; f < from.size(); ++f)
        if (!taken.at(f))
            pairs.append({int(f), -1, DiffMatch::None});
    return pairs;
}

} // namespace samverka::core
