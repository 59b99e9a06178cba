#include "Fingerprint.h"

#include "CanonicalJson.h"
#include "ExchangeWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace samverka::core {

namespace {

/// Removes key from each object of json's array property arrayKey.
void removeFromEach(QJsonObject &json, const char *arrayKey, const char *key)
{
    if (!json.contains(QLatin1String(arrayKey)))
        return;
    QJsonArray items = json.value(QLatin1String(arrayKey)).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.remove(QLatin1String(key));
        items.replace(i, item);
    }
    json.insert(QLatin1String(arrayKey), items);
}

} // namespace

QByteArray Fingerprint::frozenContent(const Agreement &agreement)
{
    QJsonObject json = ExchangeWriter::agreementToJson(agreement);
    // Work under a signed agreement is not frozen (domain.md, spec/cli.md).
    for (const auto *key : {"status", "fingerprint", "comments", "followUps", "checkItems"})
        json.remove(QLatin1String(key));
    // A measure's execution status is work under the agreement; a problem's link back to
    // the lägesbild it was taken from is not the agreement's content (removing that
    // edition must not break the signature).
    removeFromEach(json, "measures", "status");
    removeFromEach(json, "problems", "situationProblem");
    // The record a revision copied from is where the record came from, not what it says.
    for (const auto *array : {"problems", "focusAreas", "goals", "measures"})
        removeFromEach(json, array, "originId");
    if (json.contains(QLatin1String("problems"))) {
        QJsonArray problems = json.value(QLatin1String("problems")).toArray();
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QJsonObject problem = problems.at(i).toObject();
            removeFromEach(problem, "causes", "originId");
            problems.replace(i, problem);
        }
        json.insert(QLatin1String("problems"), problems);
    }
    return CanonicalJson::serialize(json);
}

QString Fingerprint::compute(const Agreement &agreement)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(frozenContent(agreement), QCryptographicHash::Sha256).toHex());
}

QString Fingerprint::display(const QString &hex)
{
    const QString digits = hex.left(16).toLower();
    QStringList groups;
    for (qsizetype i = 0; i < digits.size(); i += 4)
        groups << digits.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace samverka::core
