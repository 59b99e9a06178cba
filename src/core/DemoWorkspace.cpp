#include "DemoWorkspace.h"

#include "ExchangeReader.h"
#include "Fingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace samverka::core {

namespace {

/// Every "id" in the document, wherever it is.
void collectIds(const QJsonValue &value, QSet<QString> &ids)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("id") && it.value().isString())
                ids.insert(it.value().toString());
            collectIds(it.value(), ids);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectIds(item, ids);
    }
}

/// value with every id (and every reference to one) prefixed, and the demo municipality's
/// name replaced in texts when renameIn is set.
QJsonValue rewrite(const QJsonValue &value, const QSet<QString> &ids, const QString &prefix,
                   const QString &from, const QString &to, bool renameIn)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = rewrite(it.value(), ids, prefix, from, to, renameIn);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = rewrite(array.at(i), ids, prefix, from, to, renameIn);
        return array;
    }
    if (value.isString()) {
        QString text = value.toString();
        if (ids.contains(text))
            return prefix + text;
        if (renameIn)
            text.replace(from, to);
        return text;
    }
    return value;
}

MunicipalityData neighbour(const QJsonObject &demo, const QString &name, const QString &code)
{
    QSet<QString> ids;
    collectIds(demo, ids);
    const QString demoName = demo.value(QLatin1String("municipality"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
    const QString from = demoName + QStringLiteral("s kommun");
    const QString to = name + QStringLiteral(" kommun");
    QJsonObject out;
    for (auto it = demo.begin(); it != demo.end(); ++it) {
        // The municipality's own records name it; statistics and people stay as they are.
        const bool own = it.key() == QLatin1String("parties") ||
                         it.key() == QLatin1String("agreements") ||
                         it.key() == QLatin1String("citizenPromiseSets") ||
                         it.key() == QLatin1String("meetings") ||
                         it.key() == QLatin1String("situationPictures") ||
                         it.key() == QLatin1String("measurePlans");
        out.insert(it.key(), rewrite(it.value(), ids, code + QLatin1Char('-'), from, to, own));
    }
    QJsonObject municipality = out.value(QLatin1String("municipality")).toObject();
    municipality.insert(QLatin1String("name"), name);
    municipality.insert(QLatin1String("code"), code);
    out.insert(QLatin1String("municipality"), municipality);
    return ExchangeReader::read(QJsonDocument(out).toJson(QJsonDocument::Compact)).data;
}

/// The last draft agreement signed by all its signatories before its period began.
void signDraft(MunicipalityData &data)
{
    for (auto it = data.agreements.rbegin(); it != data.agreements.rend(); ++it) {
        if (it->isSigned())
            continue;
        const QDate day =
            it->validFrom.isValid() ? it->validFrom.addDays(-14) : QDate(2023, 12, 15);
        for (Signature &s : it->signatures) {
            s.signed_ = true;
            s.date = day;
            s.place = data.municipality.name;
        }
        it->status = AgreementStatus::Signed;
        it->fingerprint = Fingerprint::compute(*it);
        return;
    }
}

/// Neither the lägesbild adopted nor the åtgärdsplan decided.
void undecideLaw(MunicipalityData &data)
{
    for (SituationPicture &p : data.situationPictures) {
        p.status = SituationStatus::Draft;
        p.mappingSnapshot.clear();
    }
    for (MeasurePlan &plan : data.measurePlans)
        plan.status = PlanStatus::Draft;
}

} // namespace

QList<DemoWorkspace::Member> DemoWorkspace::members(const QByteArray &demoJson)
{
    const MunicipalityData demo = ExchangeReader::read(demoJson).data;
    const QJsonObject document = QJsonDocument::fromJson(demoJson).object();

    MunicipalityData kramfors =
        neighbour(document, QStringLiteral("Kramfors"), QStringLiteral("2282"));
    signDraft(kramfors);
    MunicipalityData timra = neighbour(document, QStringLiteral("Timrå"), QStringLiteral("2262"));
    undecideLaw(timra);

    return {{demo.municipality.name + QStringLiteral(".samverka"), demo},
            {QStringLiteral("Kramfors.samverka"), kramfors},
            {QStringLiteral("Timrå.samverka"), timra}};
}

QString DemoWorkspace::name(const MunicipalityData &demo)
{
    return demo.municipality.localPoliceArea.isEmpty() ? demo.municipality.name
                                                       : demo.municipality.localPoliceArea;
}

} // namespace samverka::core
