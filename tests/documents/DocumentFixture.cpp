#include "DocumentFixture.h"

#include "Fingerprint.h"

namespace samverka::documents::test {

using namespace samverka::core;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Person person(const char *id, const char *name, const char *title, const char *party)
{
    Person p;
    p.id = s(id);
    p.name = s(name);
    p.title = s(title);
    p.party = s(party);
    p.email = p.id + QStringLiteral("@example.se");
    p.phone = QStringLiteral("0611-34 80 00");
    return p;
}

Signature signatory(const char *id, const char *person, const char *name, const char *title,
                    const char *party)
{
    Signature sig;
    sig.id = s(id);
    sig.person = s(person);
    sig.name = s(name);
    sig.title = s(title);
    sig.party = s(party);
    return sig;
}

Cause cause(const char *id, int number, const char *text, Perspective perspective,
            CauseNature nature)
{
    Cause c;
    c.id = s(id);
    c.number = number;
    c.text = s(text);
    c.perspective = perspective;
    c.nature = nature;
    c.proximity = Proximity::Proximate;
    return c;
}

Measure measure(const char *id, const char *title, const char *focusArea, const char *goal,
                const char *when, const char *responsibleText)
{
    Measure m;
    m.id = s(id);
    m.title = s(title);
    m.focusArea = s(focusArea);
    m.goals = {s(goal)};
    m.when = s(when);
    m.responsibleText = s(responsibleText);
    m.responsible = {QStringLiteral("polis")};
    return m;
}

FollowUp followUp(const char *id, FollowUpKind kind, const QDate &date)
{
    FollowUp f;
    f.id = s(id);
    f.kind = kind;
    f.date = date;
    f.author = QStringLiteral("Anna Lindqvist");
    return f;
}

} // namespace

MunicipalityData DocumentFixture::municipality()
{
    MunicipalityData d;
    d.municipality = {s("Härnösand"),
                      QStringLiteral("2280"),
                      s("Västernorrlands län"),
                      s("Region Nord"),
                      s("Lokalpolisområde Härnösand"),
                      {},
                      {}};
    d.population = {{QStringLiteral("2280"), 2022, 24600}, {QStringLiteral("2280"), 2023, 24500}};
    d.parties = {
        {QStringLiteral("kommun"), PartyKind::Municipality, s("Härnösands kommun")},
        {QStringLiteral("polis"), PartyKind::Police, s("Polismyndigheten")},
        {QStringLiteral("rtj"), PartyKind::RescueService, s("Räddningstjänsten Höga Kusten")}};
    d.people = {person("anna", "Anna Lindqvist", "Trygghetssamordnare", "kommun"),
                person("erik", "Erik Söderström", "Kommunpolis", "polis"),
                person("maria", "Maria Åkesson", "Kommundirektör", "kommun"),
                person("johan", "Johan Öberg", "Lokalpolisområdeschef", "polis")};

    Agreement a;
    a.id = s(agreementId);
    a.title = s("Samverkansöverenskommelse för ökad trygghet i Härnösand 2024–2027");
    a.parties = {QStringLiteral("kommun"), QStringLiteral("polis")};
    a.diaryNumbers = {{QStringLiteral("kommun"), s("KS 2023/456")},
                      {QStringLiteral("polis"), s("A123.456/2023")}};
    a.validFrom = QDate(2024, 1, 1);
    a.validTo = QDate(2027, 12, 31);
    a.continuesUntilFurtherNotice = true;
    a.decidedBy = s("Kommunstyrelsen");
    a.decidedOn = QDate(2023, 12, 5);
    a.part1.introduction = s("Ett effektivt brottsförebyggande arbete kräver samverkan.");
    a.part1.purpose = s("Att minska brottsligheten och öka tryggheten i hela kommunen.");
    a.part1.startingPoints = {s("Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete"),
                              s("Den nationella ANDT-strategin")};
    a.part1.collaborationModel = s("Arbetet följer Brå:s femstegsmodell.");
    a.part1.commitments = {
        {QStringLiteral("c-k1"), QStringLiteral("kommun"), s("Utse en trygghetssamordnare.")},
        {QStringLiteral("c-p1"), QStringLiteral("polis"),
         s("Utse en kommunpolis som samordnare.")}};
    Group steering;
    steering.id = QStringLiteral("g-styr");
    steering.kind = GroupKind::SteeringGroup;
    steering.name = s("Styrgrupp för trygghet");
    steering.meetingFrequency = s("Fyra gånger per år");
    steering.members = {{QStringLiteral("maria"), s("Ordförande")},
                        {QStringLiteral("johan"), s("Ledamot")}};
    a.part1.groups = {steering};
    a.part1.coordinators = {{QStringLiteral("kommun"), QStringLiteral("anna")},
                            {QStringLiteral("polis"), QStringLiteral("erik")}};
    a.part1.communicationPlan = s("Överenskommelsen publiceras på kommunens webbplats.");
    a.part1.followUpPlan = s("Samordnarna följer upp arbetet och rapporterar.");
    a.part1.reporting = {{ReportingTarget::SteeringGroup, 6}, {ReportingTarget::Leadership, 12}};
    a.part2.text = s("Parterna har enats om två fokusområden för perioden.");
    a.part2.commitments = {{QStringLiteral("c-k2"), QStringLiteral("kommun"),
                            s("Genomföra trygghetsvandringar varje höst.")}};

    Problem p1;
    p1.id = QStringLiteral("p1");
    p1.title = s("Misshandel utomhus på Storgatan");
    p1.description = s("Misshandel utomhus har ökat med 22 % på ett år.");
    p1.category = ProblemCategory::Crime;
    p1.crimeCategories = {s("Brott mot liv och hälsa")};
    p1.place = s("Storgatan och torget");
    p1.timePattern = s("Fredag och lördag 22–03");
    p1.sources = {ProblemSource::CrimeStatistics, ProblemSource::SafetyWalk};
    p1.contributedBy = Contributor::Police;
    p1.prioritized = true;
    p1.priority = 1;
    p1.priorityReasons = {PriorityReason::Increasing};
    p1.causes = {cause("c1", 1, "Hög berusning vid krogstängning", Perspective::Offender,
                       CauseNature::Situational),
                 cause("c2", 2, confidentialCause, Perspective::Offender, CauseNature::Social)};
    p1.causes[1].confidential = true;
    p1.causes[1].informationHolder = QStringLiteral("polis");
    Problem p2;
    p2.id = QStringLiteral("p2");
    p2.title = s("Skadegörelse på skolor");
    p2.category = ProblemCategory::Crime;
    p2.causes = {cause("c3", 1, "Skolgårdarna är mörka och oövervakade kvällstid",
                       Perspective::Situational, CauseNature::Situational)};
    Problem p3;
    p3.id = QStringLiteral("p3");
    p3.title = s(confidentialProblem);
    p3.confidential = true;
    a.problems = {p1, p2, p3};

    a.focusAreas = {{QStringLiteral("f1"),
                     s("Trygga medborgare i ett tryggt centrum"),
                     s("Oron för brott i centrum är hög."),
                     {QStringLiteral("p1")},
                     {}},
                    {QStringLiteral("f2"),
                     s("Förebyggande arbete ungdomar"),
                     s("Skolk är en allvarlig larmsignal."),
                     {QStringLiteral("p2")},
                     {}}};

    Goal g1;
    g1.id = QStringLiteral("g1");
    g1.kind = GoalKind::Effect;
    g1.text = s("Misshandel utomhus i centrum ska minska");
    g1.focusArea = QStringLiteral("f1");
    g1.problem = QStringLiteral("p1");
    g1.indicator = s("Anmälda misshandelsbrott utomhus i centrum");
    g1.unit = s("anmälningar");
    g1.baseline = {40.0, QDate(2023, 12, 31)};
    g1.target = {30.0, QDate(2027, 12, 31)};
    Goal g2;
    g2.id = QStringLiteral("g2");
    g2.kind = GoalKind::Production;
    g2.text = s("Färre skadegörelsebrott på skolorna");
    g2.focusArea = QStringLiteral("f2");
    a.goals = {g1, g2};

    Measure m1 = measure("m1", "Krogtillsyn", "f1", "g1", "Varje fredag och lördag 21–03",
                         "Polis i samverkan med kommunens alkoholhandläggare");
    m1.plannedCount = 12;
    m1.causes = {QStringLiteral("c1")};
    m1.method = s("Ansvarsfull alkoholservering (AAS)");
    m1.status = MeasureStatus::Ongoing;
    Measure m2 = measure("m2", markupTitle, "f2", "g2", "", "");
    m2.start = QDate(2024, 8, 1);
    m2.end = QDate(2024, 12, 31);
    m2.responsible = {QStringLiteral("kommun"), QStringLiteral("polis")};
    m2.status = MeasureStatus::Ongoing; // late by the fixed clock of the tests
    Measure m3 = measure("m3", confidentialMeasure, "f1", "g1", "Under 2024", "Polis");
    m3.confidential = true;
    a.measures = {m1, m2, m3};

    FollowUp f1 = followUp("fu1", FollowUpKind::Process, QDate(2024, 6, 30));
    f1.measure = QStringLiteral("m1");
    f1.count = 5;
    f1.reportedTo = ReportingTarget::SteeringGroup;
    FollowUp f2 = followUp("fu2", FollowUpKind::Process, QDate(2024, 12, 31));
    f2.measure = QStringLiteral("m1");
    f2.count = 4;
    FollowUp f3 = followUp("fu3", FollowUpKind::Effect, QDate(2024, 12, 31));
    f3.goal = QStringLiteral("g1");
    f3.value = 36;
    FollowUp f4 = followUp("fu4", FollowUpKind::Effect, QDate(2025, 6, 30));
    f4.goal = QStringLiteral("g1");
    f4.value = 33;
    a.followUps = {f1, f2, f3, f4};

    a.signatures = {signatory("s1", "maria", "Maria Åkesson", "Kommundirektör", "kommun"),
                    signatory("s2", "johan", "Johan Öberg", "Lokalpolisområdeschef", "polis")};
    d.agreements = {a};

    CitizenPromiseSet set;
    set.id = QStringLiteral("cps-1");
    set.title = s("Medborgarlöfte 2024–2025");
    set.agreement = s(agreementId);
    set.fromYear = 2024;
    set.toYear = 2025;
    set.preamble = s("Medborgarlöftet är ett löfte om konkreta aktiviteter från polis och kommun.");
    set.basis = {PromiseBasis::CitizenDialogue, PromiseBasis::PoliceIntelligence};
    set.promises = {{QStringLiteral("cp1"),
                     s("Polisen ska öka sin närvaro i kommunens byar."),
                     {QStringLiteral("polis")},
                     {},
                     MeasureStatus::Planned},
                    {QStringLiteral("cp2"),
                     s("Kommunen och polisen genomför trygghetsvandringar."),
                     {QStringLiteral("kommun"), QStringLiteral("polis")},
                     {},
                     MeasureStatus::Planned}};
    set.signatures = a.signatures;
    d.citizenPromiseSets = {set};

    const struct {
        int year;
        const char *type;
        const char *category;
        int count;
    } stats[] = {{2022, "Misshandel", "Brott mot liv och hälsa", 180},
                 {2023, "Misshandel", "Brott mot liv och hälsa", 214},
                 {2022, "Skadegörelse", "Skadegörelse", 420},
                 {2023, "Skadegörelse", "Skadegörelse", 390},
                 {2022, "Stöld", "Stöld, rån och andra tillgreppsbrott", 910},
                 {2023, "Stöld", "Stöld, rån och andra tillgreppsbrott", 1034}};
    for (const auto &row : stats) {
        CrimeStatistic c;
        c.municipalityCode = QStringLiteral("2280");
        c.municipalityName = s("Härnösand");
        c.year = row.year;
        c.crimeType = s(row.type);
        c.category = s(row.category);
        c.count = row.count;
        d.crimeStatistics.append(c);
    }
    return d;
}

MunicipalityData DocumentFixture::signedMunicipality()
{
    MunicipalityData d = municipality();
    Agreement &a = d.agreements[0];
    for (Signature &sig : a.signatures) {
        sig.signed_ = true;
        sig.place = s("Härnösand");
        sig.date = QDate(2024, 1, 15);
    }
    a.status = AgreementStatus::Signed;
    a.fingerprint = Fingerprint::compute(a);
    d.citizenPromiseSets[0].status = PromiseSetStatus::Signed;
    return d;
}

void DocumentFixture::addMeasures(MunicipalityData &data, int n)
{
    Agreement &a = data.agreements[0];
    for (int i = 1; i <= n; ++i) {
        Measure m;
        m.id = QStringLiteral("extra-%1").arg(i);
        m.title = QStringLiteral("Extra aktivitet %1").arg(i, 2, 10, QLatin1Char('0'));
        m.description = s("En aktivitet som beskrivs så att den som läser förstår vad som görs.");
        m.focusArea = QStringLiteral("f1");
        m.goals = {QStringLiteral("g%1").arg(i % 2 + 1)};
        m.when = s("Under 2025");
        m.responsible = {QStringLiteral("kommun")};
        a.measures.append(m);
    }
}

void DocumentFixture::setSignatories(MunicipalityData &data, int n)
{
    Agreement &a = data.agreements[0];
    a.signatures.clear();
    for (int i = 1; i <= n; ++i) {
        Signature sig;
        sig.id = QStringLiteral("sig-%1").arg(i);
        sig.name = QStringLiteral("Signatär %1").arg(i, 2, 10, QLatin1Char('0'));
        sig.title = s("Kommunchef");
        sig.party = i % 2 ? QStringLiteral("kommun") : QStringLiteral("polis");
        a.signatures.append(sig);
    }
}

} // namespace samverka::documents::test
