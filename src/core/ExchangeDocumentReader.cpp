#include "ExchangeDocumentReader.h"

#include "Limits.h"
#include "MeasurePlanReader.h"
#include "SituationPictureReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace samverka::core {

QString ExchangeDocumentReader::id(JsonCursor &c, Ref kind, const QString &agreementId,
                                   bool required)
{
    return m_refs.declareId(c, kind, agreementId, required);
}

void ExchangeDocumentReader::refer(JsonCursor &c, const char *key, const QString &id, Ref kind,
                                   const QString &scope)
{
    m_refs.referAt(c, key, id, kind, scope);
}

void ExchangeDocumentReader::referAll(JsonCursor &c, const char *key, const QStringList &ids,
                                      Ref kind, const QString &scope)
{
    m_refs.referAllAt(c, key, ids, kind, scope);
}

void ExchangeDocumentReader::readHeader(JsonCursor &root)
{
    const QString format = root.requiredString("format");
    if (format != QLatin1String("samverka-exchange"))
        JsonCursor::invalid(
            root.childPath(QStringLiteral("format")),
            QCoreApplication::translate("samverka::core",
                                        "“%1” is not a Samverka exchange document (expected "
                                        "“samverka-exchange”)")
                .arg(format));
    const int version = root.requiredInt("version");
    if (version != 1)
        JsonCursor::invalid(
            root.childPath(QStringLiteral("version")),
            QCoreApplication::translate(
                "samverka::core", "version %1 is not supported (this program reads version 1)")
                .arg(version));
    // A later revision of version 1 only adds what this reader ignores with a warning.
    root.optionalInt("revision", false, 1);
    root.string("exportedAt"); // informative only
}

Municipality ExchangeDocumentReader::readMunicipality(JsonCursor &c)
{
    Municipality m;
    m.name = c.nonEmptyString("name");
    m.code = c.string("code");
    if (c.has("code")) {
        static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
        if (!fourDigits.match(m.code).hasMatch())
            JsonCursor::invalid(
                c.childPath(QStringLiteral("code")),
                QCoreApplication::translate("samverka::core",
                                            "“%1” is not a municipality code of four digits")
                    .arg(m.code));
    }
    m.county = c.string("county");
    m.policeRegion = c.string("policeRegion");
    m.localPoliceArea = c.string("localPoliceArea");
    if (auto f = c.object("coordinatingFunction")) { // revision 2
        CoordinatingFunction &cf = m.coordinatingFunction;
        cf.holder = f->string("holder");
        cf.person = f->string("person");
        refer(*f, "person", cf.person, Ref::Person);
        cf.party = f->string("party");
        refer(*f, "party", cf.party, Ref::Party);
        cf.mandate = f->string("mandate");
        cf.since = f->date("since");
        f->finish();
    }
    m.logo = c.string("logo"); // revision 6
    refer(c, "logo", m.logo, Ref::Attachment);
    return m;
}

QList<Commitment> ExchangeDocumentReader::readCommitments(JsonCursor &c, const QString &agreementId)
{
    QList<Commitment> out;
    c.forEachObject("commitments", false, [&](JsonCursor &item, qsizetype) {
        Commitment commitment;
        commitment.id = id(item, Ref::Other, agreementId, false);
        commitment.party = item.requiredString("party");
        refer(item, "party", commitment.party, Ref::Party);
        commitment.text = item.requiredString("text");
        out << commitment;
    });
    return out;
}

Part1 ExchangeDocumentReader::readPart1(JsonCursor &c, const QString &agreementId)
{
    Part1 p;
    p.introduction = c.string("introduction");
    p.purpose = c.string("purpose");
    p.startingPoints = c.stringArray("startingPoints");
    p.collaborationModel = c.string("collaborationModel");
    p.commitments = readCommitments(c, agreementId);
    c.forEachObject("groups", false, [&](JsonCursor &item, qsizetype) {
        Group g;
        g.id = id(item, Ref::Other, agreementId, false);
        g.kind = item.requiredEnum<GroupKind>("kind");
        g.name = item.requiredString("name");
        g.meetingFrequency = item.string("meetingFrequency");
        item.forEachObject("members", false, [&](JsonCursor &member, qsizetype) {
            GroupMember m;
            m.person = member.requiredString("person");
            refer(member, "person", m.person, Ref::Person);
            m.role = member.string("role");
            g.members << m;
        });
        p.groups << g;
    });
    c.forEachObject("coordinators", false, [&](JsonCursor &item, qsizetype) {
        Coordinator co;
        co.party = item.requiredString("party");
        refer(item, "party", co.party, Ref::Party);
        co.person = item.requiredString("person");
        refer(item, "person", co.person, Ref::Person);
        p.coordinators << co;
    });
    p.communicationPlan = c.string("communicationPlan");
    p.followUpPlan = c.string("followUpPlan");
    c.forEachObject("reporting", false, [&](JsonCursor &item, qsizetype) {
        ReportingRule r;
        r.to = item.requiredEnum<ReportingTarget>("to");
        r.everyMonths = item.requiredInt("everyMonths", 1);
        p.reporting << r;
    });
    return p;
}

Cause ExchangeDocumentReader::readCause(JsonCursor &c, const QString &agreementId)
{
    Cause cause;
    cause.id = id(c, Ref::Cause, agreementId);
    cause.number = c.optionalInt("number", false).value_or(0);
    cause.text = c.requiredString("text");
    cause.perspective = c.optionalEnum<Perspective>("perspective", false);
    cause.proximity = c.optionalEnum<Proximity>("proximity", false);
    cause.nature = c.optionalEnum<CauseNature>("nature", false);
    cause.riskDomain = c.optionalEnum<RiskDomain>("riskDomain", true);
    cause.withinMandate = c.boolean("withinMandate", true);
    cause.confidential = c.boolean("confidential", false);
    cause.informationHolder = c.string("informationHolder");
    refer(c, "informationHolder", cause.informationHolder, Ref::Party);
    cause.originId = c.string("originId"); // revision 5
    return cause;
}

Problem ExchangeDocumentReader::readProblem(JsonCursor &c, const QString &agreementId)
{
    Problem p;
    p.id = id(c, Ref::Problem, agreementId);
    p.title = c.requiredString("title");
    p.description = c.string("description");
    p.category = c.optionalEnum<ProblemCategory>("category", false);
    p.crimeCategories = c.stringArray("crimeCategories");
    p.place = c.string("place");
    p.timePattern = c.string("timePattern");
    p.sources = c.enumArray<ProblemSource>("sources");
    p.contributedBy = c.optionalEnum<Contributor>("contributedBy", false);
    p.contributedByParty = c.string("contributedByParty");
    refer(c, "contributedByParty", p.contributedByParty, Ref::Party);
    p.situationProblem = c.string("situationProblem");
    refer(c, "situationProblem", p.situationProblem, Ref::SituationProblem);
    p.prioritized = c.boolean("prioritized", false);
    p.priority = c.optionalInt("priority", true);
    p.priorityReasons = c.enumArray<PriorityReason>("priorityReasons");
    p.confidential = c.boolean("confidential", false);
    p.originId = c.string("originId"); // revision 5
    c.forEachObject("causes", false,
                    [&](JsonCursor &item, qsizetype) { p.causes << readCause(item, agreementId); });
    return p;
}

GoalValue ExchangeDocumentReader::readGoalValue(JsonCursor &c, const char *key)
{
    GoalValue v;
    if (auto o = c.object(key)) {
        v.value = o->optionalNumber("value", false);
        v.date = o->date("date");
        o->finish();
    }
    return v;
}

Goal ExchangeDocumentReader::readGoal(JsonCursor &c, const QString &agreementId)
{
    Goal g;
    g.id = id(c, Ref::Goal, agreementId);
    g.kind = c.requiredEnum<GoalKind>("kind");
    g.text = c.requiredString("text");
    g.parent = c.stringOrNull("parent");
    if (!g.parent.isEmpty() && g.parent == g.id)
        JsonCursor::invalid(
            c.childPath(QStringLiteral("parent")),
            QCoreApplication::translate("samverka::core", "a goal cannot be its own overall goal"));
    refer(c, "parent", g.parent, Ref::Goal, agreementId);
    g.focusArea = c.string("focusArea");
    refer(c, "focusArea", g.focusArea, Ref::FocusArea, agreementId);
    g.problem = c.string("problem");
    refer(c, "problem", g.problem, Ref::Problem, agreementId);
    g.indicator = c.string("indicator");
    g.unit = c.string("unit");
    g.source = c.string("source");
    g.baseline = readGoalValue(c, "baseline");
    g.target = readGoalValue(c, "target");
    g.originId = c.string("originId"); // revision 5
    return g;
}

Measure ExchangeDocumentReader::readMeasure(JsonCursor &c, const QString &agreementId)
{
    Measure m;
    m.id = id(c, Ref::Measure, agreementId);
    m.title = c.requiredString("title");
    m.description = c.string("description");
    m.focusArea = c.string("focusArea");
    refer(c, "focusArea", m.focusArea, Ref::FocusArea, agreementId);
    m.causes = c.stringArray("causes");
    referAll(c, "causes", m.causes, Ref::Cause, agreementId);
    m.goals = c.stringArray("goals");
    referAll(c, "goals", m.goals, Ref::Goal, agreementId);
    readMeasureFields(c, m, m_refs);
    m.originId = c.string("originId"); // revision 5
    return m;
}

void ExchangeDocumentReader::readMeasureFields(JsonCursor &c, Measure &m, ExchangeReferences &refs)
{
    m.type = c.optionalEnum<MeasureType>("type", false);
    m.aimedAt = c.optionalEnum<AimedAt>("aimedAt", false);
    m.horizon = c.optionalEnum<Horizon>("horizon", false);
    m.responsible = c.stringArray("responsible");
    refs.referAllAt(c, "responsible", m.responsible, Ref::Party);
    m.responsiblePerson = c.string("responsiblePerson");
    refs.referAt(c, "responsiblePerson", m.responsiblePerson, Ref::Person);
    m.responsibleText = c.string("responsibleText");
    m.when = c.string("when");
    m.start = c.date("start");
    m.end = c.date("end");
    m.method = c.string("method");
    m.budgetSek = c.optionalNumber("budgetSek", true, 0, double(Limits::maxAmountSek));
    m.hours = c.optionalNumber("hours", true, 0, double(Limits::maxHours));
    m.plannedCount = c.optionalInt("plannedCount", true, 0, int(Limits::maxCount));
    m.status = c.optionalEnum<MeasureStatus>("status", false).value_or(MeasureStatus::Planned);
    m.confidential = c.boolean("confidential", false);
}

FollowUp ExchangeDocumentReader::readFollowUp(JsonCursor &c, const QString &agreementId)
{
    FollowUp f;
    f.id = id(c, Ref::Other, agreementId);
    f.date = c.requiredDate("date");
    f.kind = c.requiredEnum<FollowUpKind>("kind");
    f.measure = c.string("measure");
    refer(c, "measure", f.measure, Ref::Measure, agreementId);
    f.goal = c.string("goal");
    refer(c, "goal", f.goal, Ref::Goal, agreementId);
    f.text = c.requiredString("text");
    f.author = c.string("author");
    f.value = c.optionalNumber("value", true);
    f.count = c.optionalInt("count", true, 0, int(Limits::maxCount));
    f.assessment = c.optionalEnum<Assessment>("assessment", false);
    f.reportedTo = c.optionalEnum<ReportingTarget>("reportedTo", true);
    return f;
}

Signature ExchangeDocumentReader::readSignature(JsonCursor &c, const QString &agreementId)
{
    Signature s;
    s.id = id(c, Ref::Other, agreementId, false);
    s.person = c.string("person");
    refer(c, "person", s.person, Ref::Person);
    s.name = c.requiredString("name");
    s.title = c.string("title");
    s.party = c.string("party");
    refer(c, "party", s.party, Ref::Party);
    s.place = c.string("place");
    s.date = c.date("date");
    s.signed_ = c.boolean("signed", false);
    return s;
}

ReviewComment ExchangeDocumentReader::readComment(JsonCursor &c, const QString &agreementId)
{
    ReviewComment r;
    r.id = id(c, Ref::Other, agreementId, false);
    r.section = c.string("section");
    r.author = c.string("author");
    r.createdAt = c.string("createdAt");
    r.text = c.requiredString("text");
    r.resolved = c.boolean("resolved", false);
    c.forEachObject("replies", false, [&](JsonCursor &item, qsizetype) {
        CommentReply reply;
        reply.author = item.string("author");
        reply.createdAt = item.string("createdAt");
        reply.text = item.requiredString("text");
        r.replies << reply;
    });
    return r;
}

Agreement ExchangeDocumentReader::readAgreement(JsonCursor &c)
{
    Agreement a;
    a.id = id(c, Ref::Agreement, {});
    const QString &aid = a.id;
    a.title = c.nonEmptyString("title");
    a.parties = c.stringArray("parties", true);
    if (a.parties.size() < 2)
        JsonCursor::invalid(c.childPath(QStringLiteral("parties")),
                            QCoreApplication::translate("samverka::core",
                                                        "an agreement needs at least two parties"));
    referAll(c, "parties", a.parties, Ref::Party);
    c.forEachObject("diaryNumbers", false, [&](JsonCursor &item, qsizetype) {
        DiaryNumber d;
        d.party = item.requiredString("party");
        refer(item, "party", d.party, Ref::Party);
        d.number = item.requiredString("number");
        a.diaryNumbers << d;
    });
    a.status = c.optionalEnum<AgreementStatus>("status", false).value_or(AgreementStatus::Draft);
    a.replaces = c.stringOrNull("replaces");
    if (!a.replaces.isEmpty() && a.replaces == aid)
        JsonCursor::invalid(
            c.childPath(QStringLiteral("replaces")),
            QCoreApplication::translate("samverka::core", "an agreement cannot replace itself"));
    refer(c, "replaces", a.replaces, Ref::Agreement);
    a.validFrom = c.date("validFrom");
    a.validFromSigning = c.boolean("validFromSigning", false);
    a.validTo = c.date("validTo");
    a.continuesUntilFurtherNotice = c.boolean("continuesUntilFurtherNotice", false);
    if (auto p1 = c.object("part1")) {
        a.part1 = readPart1(*p1, aid);
        p1->finish();
    }
    if (auto p2 = c.object("part2")) {
        a.part2.text = p2->string("text");
        a.part2.commitments = readCommitments(*p2, aid);
        p2->finish();
    }
    c.forEachObject("problems", false,
                    [&](JsonCursor &item, qsizetype) { a.problems << readProblem(item, aid); });
    c.forEachObject("focusAreas", false, [&](JsonCursor &item, qsizetype) {
        FocusArea f;
        f.id = id(item, Ref::FocusArea, aid);
        f.title = item.requiredString("title");
        f.background = item.string("background");
        f.problems = item.stringArray("problems");
        referAll(item, "problems", f.problems, Ref::Problem, aid);
        f.originId = item.string("originId"); // revision 5
        a.focusAreas << f;
    });
    c.forEachObject("goals", false,
                    [&](JsonCursor &item, qsizetype) { a.goals << readGoal(item, aid); });
    c.forEachObject("measures", false,
                    [&](JsonCursor &item, qsizetype) { a.measures << readMeasure(item, aid); });
    c.forEachObject("followUps", false,
                    [&](JsonCursor &item, qsizetype) { a.followUps << readFollowUp(item, aid); });
    c.forEachObject("signatures", false,
                    [&](JsonCursor &item, qsizetype) { a.signatures << readSignature(item, aid); });
    c.forEachObject("comments", false,
                    [&](JsonCursor &item, qsizetype) { a.comments << readComment(item, aid); });
    a.fingerprint = c.string("fingerprint");
    a.decidedBy = c.string("decidedBy");
    a.decidedOn = c.date("decidedOn");
    c.forEachObject("checkItems", false, [&](JsonCursor &item, qsizetype) {
        CheckItem ci;
        ci.id = id(item, Ref::Other, aid);
        ci.step = item.requiredInt("step", 1);
        if (ci.step > 5)
            JsonCursor::invalid(
                item.childPath(QStringLiteral("step")),
                QCoreApplication::translate("samverka::core",
                                            "the method has five steps; %1 is not one of them")
                    .arg(ci.step));
        ci.text = item.requiredString("text");
        ci.done = item.boolean("done", false);
        a.checkItems << ci;
    });
    return a;
}

CitizenPromiseSet ExchangeDocumentReader::readPromiseSet(JsonCursor &c)
{
    CitizenPromiseSet s;
    s.id = id(c, Ref::Other, {});
    s.title = c.requiredString("title");
    s.agreement = c.stringOrNull("agreement");
    refer(c, "agreement", s.agreement, Ref::Agreement);
    s.fromYear = c.optionalInt("fromYear", false);
    s.toYear = c.optionalInt("toYear", false);
    s.preamble = c.string("preamble");
    s.basis = c.enumArray<PromiseBasis>("basis");
    s.status = c.optionalEnum<PromiseSetStatus>("status", false).value_or(PromiseSetStatus::Draft);
    c.forEachObject("promises", false, [&](JsonCursor &item, qsizetype) {
        CitizenPromise p;
        p.id = id(item, Ref::Other, {});
        p.text = item.requiredString("text");
        p.responsible = item.stringArray("responsible");
        referAll(item, "responsible", p.responsible, Ref::Party);
        p.measures = item.stringArray("measures");
        // Under an agreement, its promises are delivered by that agreement's measures.
        referAll(item, "measures", p.measures, Ref::Measure, s.agreement);
        p.status =
            item.optionalEnum<MeasureStatus>("status", false).value_or(MeasureStatus::Planned);
        s.promises << p;
    });
    c.forEachObject("signatures", false,
                    [&](JsonCursor &item, qsizetype) { s.signatures << readSignature(item, {}); });
    return s;
}

Attachment ExchangeDocumentReader::readAttachment(JsonCursor &c)
{
    Attachment a;
    a.id = id(c, Ref::Attachment, {});
    a.agreement = c.stringOrNull("agreement");
    refer(c, "agreement", a.agreement, Ref::Agreement);
    a.name = c.requiredString("name");
    a.mediaType = c.string("mediaType");
    a.sha256 = c.string("sha256");
    a.note = c.string("note");
    if (c.has("data")) {
        const QString path = c.childPath(QStringLiteral("data"));
        auto decoded = QByteArray::fromBase64Encoding(c.string("data").toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            JsonCursor::invalid(
                path, QCoreApplication::translate("samverka::core",
                                                  "the attachment's data is not valid base64"));
        a.data = *decoded;
        a.hasData = true;
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
        if (a.sha256.isEmpty())
            a.sha256 = digest;
        else if (a.sha256.compare(digest, Qt::CaseInsensitive) != 0)
            JsonCursor::invalid(
                c.childPath(QStringLiteral("sha256")),
                QCoreApplication::translate(
                    "samverka::core", "does not match the attachment's data (its SHA-256 is %1)")
                    .arg(digest));
    }
    return a;
}

MunicipalityData ExchangeDocumentReader::read(JsonCursor &root)
{
    MunicipalityData d;
    readHeader(root);
    auto municipality = root.object("municipality");
    if (!municipality)
        throw ExchangeError(
            ExchangeError::Kind::MissingProperty, root.childPath(QStringLiteral("municipality")),
            QCoreApplication::translate("samverka::core", "required property is missing"));
    d.municipality = readMunicipality(*municipality);
    municipality->finish();
    root.forEachObject("population", false, [&](JsonCursor &item, qsizetype) {
        Population p;
        p.municipalityCode = item.string("municipalityCode");
        p.year = item.requiredInt("year");
        p.value = item.requiredInt64("value", 0);
        d.population << p;
    });
    root.forEachObject("parties", false, [&](JsonCursor &item, qsizetype) {
        Party p;
        p.id = id(item, Ref::Party, {});
        p.kind = item.requiredEnum<PartyKind>("kind");
        p.name = item.nonEmptyString("name");
        d.parties << p;
    });
    root.forEachObject("people", false, [&](JsonCursor &item, qsizetype) {
        Person p;
        p.id = id(item, Ref::Person, {});
        p.name = item.nonEmptyString("name");
        p.title = item.string("title");
        p.party = item.string("party");
        refer(item, "party", p.party, Ref::Party);
        p.email = item.string("email");
        p.phone = item.string("phone");
        d.people << p;
    });
    root.forEachObject("agreements", false,
                       [&](JsonCursor &item, qsizetype) { d.agreements << readAgreement(item); });
    root.forEachObject("crimeStatistics", false, [&](JsonCursor &item, qsizetype) {
        CrimeStatistic s;
        s.municipalityCode = item.requiredString("municipalityCode");
        s.municipalityName = item.string("municipalityName");
        s.year = item.requiredInt("year");
        s.period = item.string("period");
        s.crimeType = item.requiredString("crimeType");
        s.category = item.string("category");
        if (!item.has("count"))
            item.requiredInt("count"); // throws: missing
        s.count = item.optionalInt("count", true, 0);
        s.preliminary = item.boolean("preliminary", false);
        d.crimeStatistics << s;
    });
    root.forEachObject("surveyIndicators", false, [&](JsonCursor &item, qsizetype) {
        SurveyIndicator s;
        s.areaCode = item.string("areaCode");
        s.indicator = item.requiredString("indicator");
        s.year = item.requiredInt("year");
        s.value = item.requiredNumber("value");
        s.ciLow = item.optionalNumber("ciLow", true);
        s.ciHigh = item.optionalNumber("ciHigh", true);
        s.source = item.string("source");
        d.surveyIndicators << s;
    });
    root.forEachObject("citizenPromiseSets", false, [&](JsonCursor &item, qsizetype) {
        d.citizenPromiseSets << readPromiseSet(item);
    });
    root.forEachObject("meetings", false, [&](JsonCursor &item, qsizetype) {
        Meeting m;
        m.id = id(item, Ref::Other, {});
        m.agreement = item.stringOrNull("agreement");
        refer(item, "agreement", m.agreement, Ref::Agreement);
        m.group = item.string("group");
        m.date = item.requiredDate("date");
        m.attendees = item.string("attendees");
        m.notes = item.string("notes");
        m.decisions = item.string("decisions");
        d.meetings << m;
    });
    root.forEachObject("attachments", false,
                       [&](JsonCursor &item, qsizetype) { d.attachments << readAttachment(item); });
    root.forEachObject("situationPictures", false, [&](JsonCursor &item, qsizetype) {
        d.situationPictures << SituationPictureReader(m_refs).read(item);
    });
    root.forEachObject("measurePlans", false, [&](JsonCursor &item, qsizetype) {
        d.measurePlans << MeasurePlanReader(m_refs).read(item);
    });
    root.forEachObject("crimeCategoryMapping", false, [&](JsonCursor &item, qsizetype) {
        CategoryMapping m;
        m.crimeType = item.requiredString("crimeType");
        m.category = item.requiredString("category");
        d.categoryMapping << m;
    });
    root.finish();
    m_refs.resolve();
    return d;
}

} // namespace samverka::core
