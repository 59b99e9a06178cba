#include "ExchangeWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samverka::core {

// Every property that holds a value is written; empty strings, absent optionals and
// empty arrays are left out unless the schema requires them, and booleans with a
// schema default only when they differ from it. The reader maps each omission back
// to the same value, so read(write(x)) == x.
namespace {

using Key = QLatin1String;

void putString(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(Key(key), value);
}

void putStrings(QJsonObject &o, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(Key(key), QJsonArray::fromStringList(values));
}

void putDate(QJsonObject &o, const char *key, const QDate &date)
{
    if (date.isValid())
        o.insert(Key(key), date.toString(Qt::ISODate));
}

void putBool(QJsonObject &o, const char *key, bool value, bool schemaDefault)
{
    if (value != schemaDefault)
        o.insert(Key(key), value);
}

template <typename E> void putEnum(QJsonObject &o, const char *key, const std::optional<E> &value)
{
    if (value)
        o.insert(Key(key), toWord(*value));
}

template <typename E> void putEnums(QJsonObject &o, const char *key, const QList<E> &values)
{
    if (values.isEmpty())
        return;
    QJsonArray a;
    for (const E v : values)
        a.append(toWord(v));
    o.insert(Key(key), a);
}

template <typename T> void putNumber(QJsonObject &o, const char *key, const std::optional<T> &v)
{
    if (v)
        o.insert(Key(key), QJsonValue(static_cast<double>(*v)));
}

template <typename T, typename F>
void putArray(QJsonObject &o, const char *key, const QList<T> &items, F toJson)
{
    if (items.isEmpty())
        return;
    QJsonArray a;
    for (const T &item : items)
        a.append(toJson(item));
    o.insert(Key(key), a);
}

QJsonObject commitmentToJson(const Commitment &c)
{
    QJsonObject o;
    putString(o, "id", c.id);
    o.insert(Key("party"), c.party);
    o.insert(Key("text"), c.text);
    return o;
}

QJsonObject signatureToJson(const Signature &s)
{
    QJsonObject o;
    putString(o, "id", s.id);
    putString(o, "person", s.person);
    o.insert(Key("name"), s.name);
    putString(o, "title", s.title);
    putString(o, "party", s.party);
    putString(o, "place", s.place);
    putDate(o, "date", s.date);
    putBool(o, "signed", s.signed_, false);
    return o;
}

QJsonObject groupToJson(const Group &g)
{
    QJsonObject o;
    putString(o, "id", g.id);
    o.insert(Key("kind"), toWord(g.kind));
    o.insert(Key("name"), g.name);
    putString(o, "meetingFrequency", g.meetingFrequency);
    putArray(o, "members", g.members, [](const GroupMember &m) {
        QJsonObject mo;
        mo.insert(Key("person"), m.person);
        putString(mo, "role", m.role);
        return mo;
    });
    return o;
}

QJsonObject part1ToJson(const Part1 &p)
{
    QJsonObject o;
    putString(o, "introduction", p.introduction);
    putString(o, "purpose", p.purpose);
    putStrings(o, "startingPoints", p.startingPoints);
    putString(o, "collaborationModel", p.collaborationModel);
    putArray(o, "commitments", p.commitments, commitmentToJson);
    putArray(o, "groups", p.groups, groupToJson);
    putArray(o, "coordinators", p.coordinators, [](const Coordinator &c) {
        QJsonObject co;
        co.insert(Key("party"), c.party);
        co.insert(Key("person"), c.person);
        return co;
    });
    putString(o, "communicationPlan", p.communicationPlan);
    putString(o, "followUpPlan", p.followUpPlan);
    putArray(o, "reporting", p.reporting, [](const ReportingRule &r) {
        QJsonObject ro;
        ro.insert(Key("to"), toWord(r.to));
        ro.insert(Key("everyMonths"), r.everyMonths);
        return ro;
    });
    return o;
}

QJsonObject causeToJson(const Cause &c)
{
    QJsonObject o;
    o.insert(Key("id"), c.id);
    if (c.number != 0)
        o.insert(Key("number"), c.number);
    o.insert(Key("text"), c.text);
    putEnum(o, "perspective", c.perspective);
    putEnum(o, "proximity", c.proximity);
    putEnum(o, "nature", c.nature);
    putEnum(o, "riskDomain", c.riskDomain);
    putBool(o, "withinMandate", c.withinMandate, true);
    putBool(o, "confidential", c.confidential, false);
    putString(o, "informationHolder", c.informationHolder);
    return o;
}

QJsonObject problemToJson(const Problem &p)
{
    QJsonObject o;
    o.insert(Key("id"), p.id);
    o.insert(Key("title"), p.title);
    putString(o, "description", p.description);
    putEnum(o, "category", p.category);
    putStrings(o, "crimeCategories", p.crimeCategories);
    putString(o, "place", p.place);
    putString(o, "timePattern", p.timePattern);
    putEnums(o, "sources", p.sources);
    putEnum(o, "contributedBy", p.contributedBy);
    putString(o, "contributedByParty", p.contributedByParty);
    putString(o, "situationProblem", p.situationProblem); // revision 3
    o.insert(Key("prioritized"), p.prioritized);          // no schema default: always explicit
    putNumber(o, "priority", p.priority);
    putEnums(o, "priorityReasons", p.priorityReasons);
    putBool(o, "confidential", p.confidential, false);
    putArray(o, "causes", p.causes, causeToJson);
    return o;
}

QJsonObject focusAreaToJson(const FocusArea &f)
{
    QJsonObject o;
    o.insert(Key("id"), f.id);
    o.insert(Key("title"), f.title);
    putString(o, "background", f.background);
    putStrings(o, "problems", f.problems);
    return o;
}

void putGoalValue(QJsonObject &o, const char *key, const GoalValue &v)
{
    if (!v.isSet())
        return;
    QJsonObject vo;
    putNumber(vo, "value", v.value);
    putDate(vo, "date", v.date);
    o.insert(Key(key), vo);
}

QJsonObject goalToJson(const Goal &g)
{
    QJsonObject o;
    o.insert(Key("id"), g.id);
    o.insert(Key("kind"), toWord(g.kind));
    o.insert(Key("text"), g.text);
    putString(o, "parent", g.parent);
    putString(o, "focusArea", g.focusArea);
    putString(o, "problem", g.problem);
    putString(o, "indicator", g.indicator);
    putString(o, "unit", g.unit);
    putString(o, "source", g.source);
    putGoalValue(o, "baseline", g.baseline);
    putGoalValue(o, "target", g.target);
    return o;
}

QJsonObject measureToJson(const Measure &m)
{
    QJsonObject o;
    o.insert(Key("id"), m.id);
    o.insert(Key("title"), m.title);
    putString(o, "description", m.description);
    putString(o, "focusArea", m.focusArea);
    putStrings(o, "causes", m.causes);
    putStrings(o, "goals", m.goals);
    putEnum(o, "type", m.type);
    putEnum(o, "aimedAt", m.aimedAt);
    putEnum(o, "horizon", m.horizon);
    putStrings(o, "responsible", m.responsible);
    putString(o, "responsiblePerson", m.responsiblePerson);
    putString(o, "responsibleText", m.responsibleText);
    putString(o, "when", m.when);
    putDate(o, "start", m.start);
    putDate(o, "end", m.end);
    putString(o, "method", m.method);
    putNumber(o, "budgetSek", m.budgetSek);
    putNumber(o, "hours", m.hours);
    putNumber(o, "plannedCount", m.plannedCount);
    o.insert(Key("status"), toWord(m.status)); // explicit: it is what readers look for
    putBool(o, "confidential", m.confidential, false);
    return o;
}

QJsonObject followUpToJson(const FollowUp &f)
{
    QJsonObject o;
    o.insert(Key("id"), f.id);
    o.insert(Key("date"), f.date.toString(Qt::ISODate));
    o.insert(Key("kind"), toWord(f.kind));
    putString(o, "measure", f.measure);
    putString(o, "goal", f.goal);
    o.insert(Key("text"), f.text);
    putString(o, "author", f.author);
    putNumber(o, "value", f.value);
    putNumber(o, "count", f.count);
    putEnum(o, "assessment", f.assessment);
    putEnum(o, "reportedTo", f.reportedTo);
    return o;
}

QJsonObject commentToJson(const ReviewComment &c)
{
    QJsonObject o;
    putString(o, "id", c.id);
    putString(o, "section", c.section);
    putString(o, "author", c.author);
    putString(o, "createdAt", c.createdAt);
    o.insert(Key("text"), c.text);
    o.insert(Key("resolved"), c.resolved); // no schema default: always explicit
    putArray(o, "replies", c.replies, [](const CommentReply &r) {
        QJsonObject ro;
        putString(ro, "author", r.author);
        putString(ro, "createdAt", r.createdAt);
        ro.insert(Key("text"), r.text);
        return ro;
    });
    return o;
}

QJsonObject checkItemToJson(const CheckItem &c)
{
    QJsonObject o;
    o.insert(Key("id"), c.id);
    o.insert(Key("step"), c.step);
    o.insert(Key("text"), c.text);
    o.insert(Key("done"), c.done);
    return o;
}

QJsonObject promiseSetToJson(const CitizenPromiseSet &s)
{
    QJsonObject o;
    o.insert(Key("id"), s.id);
    o.insert(Key("title"), s.title);
    putString(o, "agreement", s.agreement);
    putNumber(o, "fromYear", s.fromYear);
    putNumber(o, "toYear", s.toYear);
    putString(o, "preamble", s.preamble);
    putEnums(o, "basis", s.basis);
    o.insert(Key("status"), toWord(s.status));
    putArray(o, "promises", s.promises, [](const CitizenPromise &p) {
        QJsonObject po;
        po.insert(Key("id"), p.id);
        po.insert(Key("text"), p.text);
        putStrings(po, "responsible", p.responsible);
        putStrings(po, "measures", p.measures);
        po.insert(Key("status"), toWord(p.status));
        return po;
    });
    putArray(o, "signatures", s.signatures, signatureToJson);
    return o;
}

QJsonObject municipalityToJson(const Municipality &m)
{
    QJsonObject o;
    o.insert(Key("name"), m.name);
    putString(o, "code", m.code);
    putString(o, "county", m.county);
    putString(o, "policeRegion", m.policeRegion);
    putString(o, "localPoliceArea", m.localPoliceArea);
    const CoordinatingFunction &f = m.coordinatingFunction;
    if (!f.isEmpty()) {
        QJsonObject fo;
        putString(fo, "holder", f.holder);
        putString(fo, "person", f.person);
        putString(fo, "party", f.party);
        putString(fo, "mandate", f.mandate);
        putDate(fo, "since", f.since);
        o.insert(Key("coordinatingFunction"), fo);
    }
    return o;
}

QJsonObject situationPictureToJson(const SituationPicture &p)
{
    QJsonObject o;
    o.insert(Key("id"), p.id);
    o.insert(Key("title"), p.title);
    putDate(o, "date", p.date);
    putNumber(o, "fromYear", p.fromYear);
    putNumber(o, "toYear", p.toYear);
    putString(o, "madeBy", p.madeBy);
    putString(o, "participants", p.participants);
    o.insert(Key("status"), toWord(p.status));
    putString(o, "decidedBy", p.decidedBy);
    putDate(o, "decidedOn", p.decidedOn);
    putString(o, "decisionParagraph", p.decisionParagraph);
    putString(o, "diaryNumber", p.diaryNumber);
    putStrings(o, "comparisons", p.comparisons);
    putDate(o, "nextUpdate", p.nextUpdate);
    putString(o, "crimeCommentary", p.crimeCommentary);
    putString(o, "comparisonCommentary", p.comparisonCommentary);
    putString(o, "surveyCommentary", p.surveyCommentary);
    putString(o, "placeCommentary", p.placeCommentary);
    putString(o, "analysis", p.analysis);
    // The numbers it was adopted with, as the program stored them (revision 3).
    if (const QJsonDocument snapshot = QJsonDocument::fromJson(p.mappingSnapshot.toUtf8());
        snapshot.isObject())
        o.insert(Key("mappingSnapshot"), snapshot.object());
    putArray(o, "sections", p.sections, [](const SituationSection &s) {
        QJsonObject so;
        so.insert(Key("id"), s.id);
        so.insert(Key("title"), s.title);
        putString(so, "source", s.source);
        putDate(so, "date", s.date);
        putBool(so, "confidential", s.confidential, false);
        putString(so, "text", s.text);
        return so;
    });
    putArray(o, "problems", p.problems, [](const SituationProblem &q) {
        QJsonObject qo;
        qo.insert(Key("id"), q.id);
        qo.insert(Key("title"), q.title);
        putString(qo, "description", q.description);
        putString(qo, "place", q.place);
        putString(qo, "timePattern", q.timePattern);
        putEnums(qo, "sources", q.sources);
        putEnums(qo, "criteria", q.criteria);
        putBool(qo, "confidential", q.confidential, false);
        return qo;
    });
    return o;
}

} // namespace

QJsonObject ExchangeWriter::agreementToJson(const Agreement &a)
{
    QJsonObject o;
    o.insert(Key("id"), a.id);
    o.insert(Key("title"), a.title);
    o.insert(Key("parties"), QJsonArray::fromStringList(a.parties));
    putArray(o, "diaryNumbers", a.diaryNumbers, [](const DiaryNumber &d) {
        QJsonObject dobj;
        dobj.insert(Key("party"), d.party);
        dobj.insert(Key("number"), d.number);
        return dobj;
    });
    o.insert(Key("status"), toWord(a.status));
    putString(o, "replaces", a.replaces);
    putDate(o, "validFrom", a.validFrom);
    putBool(o, "validFromSigning", a.validFromSigning, false);
    putDate(o, "validTo", a.validTo);
    putBool(o, "continuesUntilFurtherNotice", a.continuesUntilFurtherNotice, false);
    const QJsonObject part1 = part1ToJson(a.part1);
    if (!part1.isEmpty())
        o.insert(Key("part1"), part1);
    QJsonObject part2;
    putString(part2, "text", a.part2.text);
    putArray(part2, "commitments", a.part2.commitments, commitmentToJson);
    if (!part2.isEmpty())
        o.insert(Key("part2"), part2);
    putArray(o, "problems", a.problems, problemToJson);
    putArray(o, "focusAreas", a.focusAreas, focusAreaToJson);
    putArray(o, "goals", a.goals, goalToJson);
    putArray(o, "measures", a.measures, measureToJson);
    putArray(o, "followUps", a.followUps, followUpToJson);
    putArray(o, "signatures", a.signatures, signatureToJson);
    putArray(o, "comments", a.comments, commentToJson);
    putString(o, "fingerprint", a.fingerprint);
    putString(o, "decidedBy", a.decidedBy);
    putDate(o, "decidedOn", a.decidedOn);
    putArray(o, "checkItems", a.checkItems, checkItemToJson); // extension
    return o;
}

QJsonObject ExchangeWriter::toJson(const MunicipalityData &data, const Options &options)
{
    QJsonObject o;
    o.insert(Key("format"), QStringLiteral("samverka-exchange"));
    o.insert(Key("version"), 1);
    // Additions an older reader may ignore raise the revision, not the version.
    o.insert(Key("revision"), ExchangeWriter::revision);
    if (options.exportedAt.isValid())
        o.insert(Key("exportedAt"), options.exportedAt.toString(Qt::ISODate));
    o.insert(Key("municipality"), municipalityToJson(data.municipality));
    putArray(o, "population", data.population, [](const Population &p) {
        QJsonObject po;
        putString(po, "municipalityCode", p.municipalityCode);
        po.insert(Key("year"), p.year);
        po.insert(Key("value"), p.value);
        return po;
    });
    putArray(o, "parties", data.parties, [](const Party &p) {
        QJsonObject po;
        po.insert(Key("id"), p.id);
        po.insert(Key("kind"), toWord(p.kind));
        po.insert(Key("name"), p.name);
        return po;
    });
    putArray(o, "people", data.people, [](const Person &p) {
        QJsonObject po;
        po.insert(Key("id"), p.id);
        po.insert(Key("name"), p.name);
        putString(po, "title", p.title);
        putString(po, "party", p.party);
        putString(po, "email", p.email);
        putString(po, "phone", p.phone);
        return po;
    });
    putArray(o, "agreements", data.agreements, agreementToJson);
    putArray(o, "crimeStatistics", data.crimeStatistics, [](const CrimeStatistic &c) {
        QJsonObject co;
        co.insert(Key("municipalityCode"), c.municipalityCode);
        putString(co, "municipalityName", c.municipalityName);
        co.insert(Key("year"), c.year);
        putString(co, "period", c.period);
        co.insert(Key("crimeType"), c.crimeType);
        putString(co, "category", c.category);
        co.insert(Key("count"), c.count ? QJsonValue(*c.count) : QJsonValue(QJsonValue::Null));
        putBool(co, "preliminary", c.preliminary, false);
        return co;
    });
    putArray(o, "surveyIndicators", data.surveyIndicators, [](const SurveyIndicator &s) {
        QJsonObject so;
        putString(so, "areaCode", s.areaCode);
        so.insert(Key("indicator"), s.indicator);
        so.insert(Key("year"), s.year);
        so.insert(Key("value"), s.value);
        putNumber(so, "ciLow", s.ciLow);
        putNumber(so, "ciHigh", s.ciHigh);
        putString(so, "source", s.source);
        return so;
    });
    putArray(o, "citizenPromiseSets", data.citizenPromiseSets, promiseSetToJson);
    putArray(o, "meetings", data.meetings, [](const Meeting &m) {
        QJsonObject mo;
        mo.insert(Key("id"), m.id);
        putString(mo, "agreement", m.agreement);
        putString(mo, "group", m.group);
        mo.insert(Key("date"), m.date.toString(Qt::ISODate));
        putString(mo, "attendees", m.attendees);
        putString(mo, "notes", m.notes);
        putString(mo, "decisions", m.decisions);
        return mo;
    });
    const bool withData = options.withAttachmentData;
    putArray(o, "attachments", data.attachments, [withData](const Attachment &a) {
        QJsonObject ao;
        ao.insert(Key("id"), a.id);
        putString(ao, "agreement", a.agreement);
        ao.insert(Key("name"), a.name);
        putString(ao, "mediaType", a.mediaType);
        putString(ao, "sha256", a.sha256);
        putString(ao, "note", a.note);
        if (withData && a.hasData)
            ao.insert(Key("data"), QString::fromLatin1(a.data.toBase64()));
        return ao;
    });
    putArray(o, "situationPictures", data.situationPictures, situationPictureToJson);
    putArray(o, "crimeCategoryMapping", data.categoryMapping, [](const CategoryMapping &m) {
        QJsonObject mo;
        mo.insert(Key("crimeType"), m.crimeType);
        mo.insert(Key("category"), m.category);
        return mo;
    });
    return o;
}

QByteArray ExchangeWriter::write(const MunicipalityData &data, const Options &options)
{
    return QJsonDocument(toJson(data, options))
        .toJson(options.indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace samverka::core
