#include "Fingerprint.h"

#include "CanonicalJson.h"
#include "ExchangeWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace samverka::core {

QByteArray Fingerprint::frozenContent(const Agreement &agreement)
{
    QJsonObject json = ExchangeWriter::agreementToJson(agreement);
    // Work under a signed agreement is not frozen (domain.md, spec/cli.md).
    for (const auto *key : {"status", "fingerprint", "comments", "followUps", "checkItems"})
        json.remove(QLatin1String(key));
    // A problem's link back to the lägesbild it was taken from is not the agreement's
    // content: removing that edition must not break the signature.
    if (json.contains(QLatin1String("problems"))) {
        QJsonArray problems = json.value(QLatin1String("problems")).toArray();
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QJsonObject problem = problems.at(i).toObject();
            problem.remove(QLatin1String("situationProblem"));
            problems.replace(i, problem);
        }
        json.insert(QLatin1String("problems"), problems);
    }
    if (json.contains(QLatin1String("measures"))) {
        QJsonArray measures = json.value(QLatin1String("measures")).toArray();
        for (qsizetype i = 0; i < measures.size(); ++i) {
            QJsonObject measure = measures.at(i).toObject();
            measure.remove(QLatin1String("status"));
            measures.replace(i, measure);
        }
        json.insert(QLatin1String("measures"), measures);
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
