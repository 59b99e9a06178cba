#include "ExchangeWriter.h"

#include "JsonPut.h"
#include "MeasurePlanWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samverka::core {

// Written with JsonPut: what holds no value is left out, as the reader expects.
namespace {

using Key = QLatin1String;

QJsonObject commitmentToJson(const Commitment &c)
{
    QJsonObject o;
    JsonPut::text(o, "id", c.id);
    o.insert(Key("party"), c.party);
    o.insert(Key("text"), c.text);
    return o;
}

QJsonObject signatureToJson(const Signature &s)
{
    QJsonObject o;
    JsonPut::text(o, "id", s.id);
    JsonPut::text(o, "person", s.person);
    o.insert(Key("name"), s.name);
    JsonPut::text(o, "title", s.title);
    JsonPut::text(o, "party", s.party);
    JsonPut::text(o, "place", s.place);
    JsonPut::date(o, "date", s.date);
    JsonPut::flag(o, "signed", s.signed_, false);
    return o;
}

QJsonObject groupToJson(const Group &g)
{
    QJsonObject o;
    JsonPut::text(o, "id", g.id);
    o.insert(Key("kind"), toWord(g.kind));
    o.insert(Key("name"), g.name);
    JsonPut::text(o, "meetingFrequency", g.meetingFrequency);
    JsonPut::array(o, "members", g.members, [](const GroupMember &m) {
        QJsonObject mo;
        mo.insert(Key("person"), m.person);
        JsonPut::text(mo, "role", m.role);
        return mo;
    });
    return o;
}

QJsonObject part1ToJson(const Part1 &p)
{
    QJsonObject o;
    JsonPut::text(o, "introduction", p.introduction);
    JsonPut::text(o, "purpose", p.purpose);
    JsonPut::texts(o, "startingPoints", p.startingPoints);
    JsonPut::text(o, "collaborationModel", p.collaborationModel);
    JsonPut::array(o, "commitments", p.commitments, commitmentToJson);
    JsonPut::array(o, "groups", p.groups, groupToJson);
    JsonPut::array(o, "coordinators", p.coordinators, [](const Coordinator &c) {
        QJsonObject co;
        co.insert(Key("party"), c.party);
        co.insert(Key("person"), c.person);
        return co;
    });
    JsonPut::text(o, "communicationPlan", p.communicationPlan);
    JsonPut::text(o, "followUpPlan", p.followUpPlan);
    JsonPut::array(o, "reporting", p.reporting, [](const ReportingRule &r) {
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
    JsonPut::enumWord(o, "perspective", c.perspective);
    JsonPut::enumWord(o, "proximity", c.proximity);
    JsonPut::enumWord(o, "nature", c.nature);
    JsonPut::enumWord(o, "riskDomain", c.riskDomain);
    JsonPut::flag(o, "withinMandate", c.withinMandate, true);
    JsonPut::flag(o, "confidential", c.confidential, false);
    JsonPut::text(o, "informationHolder", c.informationHolder);
    JsonPut::text(o, "originId", c.originId); // revision 5
    return o;
}

QJsonObject problemToJson(const Problem &p)
{
    QJsonObject o;
    o.insert(Key("id"), p.id);
    o.insert(Key("title"), p.title);
    JsonPut::text(o, "description", p.description);
    JsonPut::enumWord(o, "category", p.category);
    JsonPut::texts(o, "crimeCategories", p.crimeCategories);
    JsonPut::text(o, "place", p.place);
    JsonPut::text(o, "timePattern", p.timePattern);
    JsonPut::enumWords(o, "sources", p.sources);
    JsonPut::enumWord(o, "contributedBy", p.contributedBy);
    JsonPut::text(o, "contributedByParty", p.contributedByParty);
    JsonPut::text(o, "situationProblem", p.situationProblem); // revision 3
    o.insert(Key("prioritized"), p.prioritized);              // no schema default: always explicit
    JsonPut::number(o, "priority", p.priority);
    JsonPut::enumWords(o, "priorityReasons", p.priorityReasons);
    JsonPut::flag(o, "confidential", p.confidential, false);
    JsonPut::text(o, "originId", p.originId); // revision 5
    JsonPut::array(o, "causes", p.causes, causeToJson);
    return o;
}

QJsonObject focusAreaToJson(const FocusArea &f)
{
    QJsonObject o;
    o.insert(Key("id"), f.id);
    o.insert(Key("title"), f.title);
    JsonPut::text(o, "background", f.background);
    JsonPut::texts(o, "problems", f.problems);
    JsonPut::text(o, "originId", f.originId); // revision 5
    return o;
}

void putGoalValue(QJsonObject &o, const char *key, const GoalValue &v)
{
    if (!v.isSet())
        return;
    QJsonObject vo;
    JsonPut::number(vo, "value", v.value);
    JsonPut::date(vo, "date", v.date);
    o.insert(Key(key), vo);
}

QJsonObject goalToJson(const Goal &g)
{
    QJsonObject o;
    o.insert(Key("id"), g.id);
    o.insert(Key("kind"), toWord(g.kind));
    o.insert(Key("text"), g.text);
    JsonPut::text(o, "parent", g.parent);
    JsonPut::text(o, "focusArea", g.focusArea);
    JsonPut::text(o, "problem", g.problem);
    JsonPut::text(o, "indicator", g.indicator);
    JsonPut::text(o, "unit", g.unit);
    JsonPut::text(o, "source", g.source);
    putGoalValue(o, "baseline", g.baseline);
    putGoalValue(o, "target", g.target);
    JsonPut::text(o, "originId", g.originId); // revision 5
    return o;
}

} // namespace

QJsonObject ExchangeWriter::measureToJson(const Measure &m)
{
    QJsonObject o;
    o.insert(Key("id"), m.id);
    o.insert(Key("title"), m.title);
    JsonPut::text(o, "description", m.description);
    JsonPut::text(o, "focusArea", m.focusArea);
    JsonPut::texts(o, "causes", m.causes);
    JsonPut::texts(o, "goals", m.goals);
    JsonPut::enumWord(o, "type", m.type);
    JsonPut::enumWord(o, "aimedAt", m.aimedAt);
    JsonPut::enumWord(o, "horizon", m.horizon);
    JsonPut::texts(o, "responsible", m.responsible);
    JsonPut::text(o, "responsiblePerson", m.responsiblePerson);
    JsonPut::text(o, "responsibleText", m.responsibleText);
    JsonPut::text(o, "when", m.when);
    JsonPut::date(o, "start", m.start);
    JsonPut::date(o, "end", m.end);
    JsonPut::text(o, "method", m.method);
    JsonPut::number(o, "budgetSek", m.budgetSek);
    JsonPut::number(o, "hours", m.hours);
    JsonPut::number(o, "plannedCount", m.plannedCount);
    o.insert(Key("status"), toWord(m.status)); // explicit: it is what readers look for
    JsonPut::flag(o, "confidential", m.confidential, false);
    JsonPut::text(o, "originId", m.originId); // revision 5
    return o;
}

namespace {

QJsonObject followUpToJson(const FollowUp &f)
{
    QJsonObject o;
    o.insert(Key("id"), f.id);
    o.insert(Key("date"), f.date.toString(Qt::ISODate));
    o.insert(Key("kind"), toWord(f.kind));
    JsonPut::text(o, "measure", f.measure);
    JsonPut::text(o, "goal", f.goal);
    o.insert(Key("text"), f.text);
    JsonPut::text(o, "author", f.author);
    JsonPut::number(o, "value", f.value);
    JsonPut::number(o, "count", f.count);
    JsonPut::enumWord(o, "assessment", f.assessment);
    JsonPut::enumWord(o, "reportedTo", f.reportedTo);
    return o;
}

QJsonObject commentToJson(const ReviewComment &c)
{
    QJsonObject o;
    JsonPut::text(o, "id", c.id);
    JsonPut::text(o, "section", c.section);
    JsonPut::text(o, "author", c.author);
    JsonPut::text(o, "createdAt", c.createdAt);
    o.insert(Key("text"), c.text);
    o.insert(Key("resolved"), c.resolved); // no schema default: always explicit
    JsonPut::array(o, "replies", c.replies, [](const CommentReply &r) {
        QJsonObject ro;
        JsonPut::text(ro, "author", r.author);
        JsonPut::text(ro, "createdAt", r.createdAt);
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
    JsonPut::text(o, "agreement", s.agreement);
    JsonPut::number(o, "fromYear", s.fromYear);
    JsonPut::number(o, "toYear", s.toYear);
    JsonPut::text(o, "preamble", s.preamble);
    JsonPut::enumWords(o, "basis", s.basis);
    o.insert(Key("status"), toWord(s.status));
    JsonPut::array(o, "promises", s.promises, [](const CitizenPromise &p) {
        QJsonObject po;
        po.insert(Key("id"), p.id);
        po.insert(Key("text"), p.text);
        JsonPut::texts(po, "responsible", p.responsible);
        JsonPut::texts(po, "measures", p.measures);
        po.insert(Key("status"), toWord(p.status));
        return po;
    });
    JsonPut::array(o, "signatures", s.signatures, signatureToJson);
    return o;
}

QJsonObject municipalityToJson(const Municipality &m)
{
    QJsonObject o;
    o.insert(Key("name"), m.name);
    JsonPut::text(o, "code", m.code);
    JsonPut::text(o, "county", m.county);
    JsonPut::text(o, "policeRegion", m.policeRegion);
    JsonPut::text(o, "localPoliceArea", m.localPoliceArea);
    const CoordinatingFunction &f = m.coordinatingFunction;
    if (!f.isEmpty()) {
        QJsonObject fo;
        JsonPut::text(fo, "holder", f.holder);
        JsonPut::text(fo, "person", f.person);
        JsonPut::text(fo, "party", f.party);
        JsonPut::text(fo, "mandate", f.mandate);
        JsonPut::date(fo, "since", f.since);
        o.insert(Key("coordinatingFunction"), fo);
    }
    JsonPut::text(o, "logo", m.logo);
    return o;
}

QJsonObject situationPictureToJson(const SituationPicture &p)
{
    QJsonObject o;
    o.insert(Key("id"), p.id);
    o.insert(Key("title"), p.title);
    JsonPut::date(o, "date", p.date);
    JsonPut::number(o, "fromYear", p.fromYear);
    JsonPut::number(o, "toYear", p.toYear);
    JsonPut::text(o, "madeBy", p.madeBy);
    JsonPut::text(o, "participants", p.participants);
    o.insert(Key("status"), toWord(p.status));
    JsonPut::text(o, "decidedBy", p.decidedBy);
    JsonPut::date(o, "decidedOn", p.decidedOn);
    JsonPut::text(o, "decisionParagraph", p.decisionParagraph);
    JsonPut::text(o, "diaryNumber", p.diaryNumber);
    JsonPut::texts(o, "comparisons", p.comparisons);
    JsonPut::date(o, "nextUpdate", p.nextUpdate);
    JsonPut::text(o, "crimeCommentary", p.crimeCommentary);
    JsonPut::text(o, "comparisonCommentary", p.comparisonCommentary);
    JsonPut::text(o, "surveyCommentary", p.surveyCommentary);
    JsonPut::text(o, "placeCommentary", p.placeCommentary);
    JsonPut::text(o, "analysis", p.analysis);
    // The numbers it was adopted with, as the program stored them (revision 3).
    if (const QJsonDocument snapshot = QJsonDocument::fromJson(p.mappingSnapshot.toUtf8());
        snapshot.isObject())
        o.insert(Key("mappingSnapshot"), snapshot.object());
    JsonPut::array(o, "sections", p.sections, [](const SituationSection &s) {
        QJsonObject so;
        so.insert(Key("id"), s.id);
        so.insert(Key("title"), s.title);
        JsonPut::text(so, "source", s.source);
        JsonPut::date(so, "date", s.date);
        JsonPut::flag(so, "confidential", s.confidential, false);
        JsonPut::text(so, "text", s.text);
        return so;
    });
    JsonPut::array(o, "problems", p.problems, [](const SituationProblem &q) {
        QJsonObject qo;
        qo.insert(Key("id"), q.id);
        qo.insert(Key("title"), q.title);
        JsonPut::text(qo, "description", q.description);
        JsonPut::text(qo, "place", q.place);
        JsonPut::text(qo, "timePattern", q.timePattern);
        JsonPut::enumWords(qo, "sources", q.sources);
        JsonPut::enumWords(qo, "criteria", q.criteria);
        JsonPut::flag(qo, "confidential", q.confidential, false);
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
    JsonPut::array(o, "diaryNumbers", a.diaryNumbers, [](const DiaryNumber &d) {
        QJsonObject dobj;
        dobj.insert(Key("party"), d.party);
        dobj.insert(Key("number"), d.number);
        return dobj;
    });
    o.insert(Key("status"), toWord(a.status));
    JsonPut::text(o, "replaces", a.replaces);
    JsonPut::date(o, "validFrom", a.validFrom);
    JsonPut::flag(o, "validFromSigning", a.validFromSigning, false);
    JsonPut::date(o, "validTo", a.validTo);
    JsonPut::flag(o, "continuesUntilFurtherNotice", a.continuesUntilFurtherNotice, false);
    const QJsonObject part1 = part1ToJson(a.part1);
    if (!part1.isEmpty())
        o.insert(Key("part1"), part1);
    QJsonObject part2;
    JsonPut::text(part2, "text", a.part2.text);
    JsonPut::array(part2, "commitments", a.part2.commitments, commitmentToJson);
    if (!part2.isEmpty())
        o.insert(Key("part2"), part2);
    JsonPut::array(o, "problems", a.problems, problemToJson);
    JsonPut::array(o, "focusAreas", a.focusAreas, focusAreaToJson);
    JsonPut::array(o, "goals", a.goals, goalToJson);
    JsonPut::array(o, "measures", a.measures, ExchangeWriter::measureToJson);
    JsonPut::array(o, "followUps", a.followUps, followUpToJson);
    JsonPut::array(o, "signatures", a.signatures, signatureToJson);
    JsonPut::array(o, "comments", a.comments, commentToJson);
    JsonPut::text(o, "fingerprint", a.fingerprint);
    JsonPut::text(o, "decidedBy", a.decidedBy);
    JsonPut::date(o, "decidedOn", a.decidedOn);
    JsonPut::array(o, "checkItems", a.checkItems, checkItemToJson); // extension
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
    JsonPut::array(o, "population", data.population, [](const Population &p) {
        QJsonObject po;
        JsonPut::text(po, "municipalityCode", p.municipalityCode);
        po.insert(Key("year"), p.year);
        po.insert(Key("value"), p.value);
        return po;
    });
    JsonPut::array(o, "parties", data.parties, [](const Party &p) {
        QJsonObject po;
        po.insert(Key("id"), p.id);
        po.insert(Key("kind"), toWord(p.kind));
        po.insert(Key("name"), p.name);
        return po;
    });
    JsonPut::array(o, "people", data.people, [](const Person &p) {
        QJsonObject po;
        po.insert(Key("id"), p.id);
        po.insert(Key("name"), p.name);
        JsonPut::text(po, "title", p.title);
        JsonPut::text(po, "party", p.party);
        JsonPut::text(po, "email", p.email);
        JsonPut::text(po, "phone", p.phone);
        return po;
    });
    JsonPut::array(o, "agreements", data.agreements, agreementToJson);
    JsonPut::array(o, "crimeStatistics", data.crimeStatistics, [](const CrimeStatistic &c) {
        QJsonObject co;
        co.insert(Key("municipalityCode"), c.municipalityCode);
        JsonPut::text(co, "municipalityName", c.municipalityName);
        co.insert(Key("year"), c.year);
        JsonPut::text(co, "period", c.period);
        co.insert(Key("crimeType"), c.crimeType);
        JsonPut::text(co, "category", c.category);
        co.insert(Key("count"), c.count ? QJsonValue(*c.count) : QJsonValue(QJsonValue::Null));
        JsonPut::flag(co, "preliminary", c.preliminary, false);
        return co;
    });
    JsonPut::array(o, "surveyIndicators", data.surveyIndicators, [](const SurveyIndicator &s) {
        QJsonObject so;
        JsonPut::text(so, "areaCode", s.areaCode);
        so.insert(Key("indicator"), s.indicator);
        so.insert(Key("year"), s.year);
        so.insert(Key("value"), s.value);
        JsonPut::number(so, "ciLow", s.ciLow);
        JsonPut::number(so, "ciHigh", s.ciHigh);
        JsonPut::text(so, "source", s.source);
        return so;
    });
    JsonPut::array(o, "citizenPromiseSets", data.citizenPromiseSets, promiseSetToJson);
    JsonPut::array(o, "meetings", data.meetings, [](const Meeting &m) {
        QJsonObject mo;
        mo.insert(Key("id"), m.id);
        JsonPut::text(mo, "agreement", m.agreement);
        JsonPut::text(mo, "group", m.group);
        mo.insert(Key("date"), m.date.toString(Qt::ISODate));
        JsonPut::text(mo, "attendees", m.attendees);
        JsonPut::text(mo, "notes", m.notes);
        JsonPut::text(mo, "decisions", m.decisions);
        return mo;
    });
    const bool withData = options.withAttachmentData;
    JsonPut::array(o, "attachments", data.attachments, [withData](const Attachment &a) {
        QJsonObject ao;
        ao.insert(Key("id"), a.id);
        JsonPut::text(ao, "agreement", a.agreement);
        ao.insert(Key("name"), a.name);
        JsonPut::text(ao, "mediaType", a.mediaType);
        JsonPut::text(ao, "sha256", a.sha256);
        JsonPut::text(ao, "note", a.note);
        if (withData && a.hasData)
            ao.insert(Key("data"), QString::fromLatin1(a.data.toBase64()));
        return ao;
    });
    JsonPut::array(o, "situationPictures", data.situationPictures, situationPictureToJson);
    JsonPut::array(o, "measurePlans", data.measurePlans, MeasurePlanWriter::toJson); // rev. 4
    JsonPut::array(o, "crimeCategoryMapping", data.categoryMapping, [](const CategoryMapping &m) {
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
