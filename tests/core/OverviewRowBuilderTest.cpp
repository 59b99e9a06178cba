// One municipality's overview row (issue #16), computed from domain data for a given day:
// the agreement in force, late measures, reports due, open comments, the law's status, the
// last change; confidential records left out of every count. And the row as text and JSON.

#include "OverviewRowBuilder.h"
#include "OverviewTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

Measure measure(const char *id, const QDate &end, MeasureStatus status, bool confidential = false)
{
    Measure m;
    m.id = q(id);
    m.title = q(id);
    m.end = end;
    m.status = status;
    m.confidential = confidential;
    return m;
}

FollowUp reportOn(const char *measureId, const QDate &date)
{
    FollowUp f;
    f.id = q("f-") + q(measureId) + date.toString(Qt::ISODate);
    f.date = date;
    f.measure = q(measureId);
    f.reportedTo = ReportingTarget::SteeringGroup;
    return f;
}

ReviewComment comment(const char *section, bool resolved)
{
    ReviewComment c;
    c.section = q(section);
    c.resolved = resolved;
    return c;
}

Agreement signedAgreement(const char *id, const QDate &from, const QDate &to)
{
    Agreement a;
    a.id = q(id);
    a.title =
        q("Överenskommelse ") + QString::number(from.year()) + q("–") + QString::number(to.year());
    a.status = AgreementStatus::Signed;
    a.validFrom = from;
    a.validTo = to;
    Signature s;
    s.date = from.addDays(-20);
    s.signed_ = true;
    a.signatures = {s};
    return a;
}

OverviewInput storuman()
{
    OverviewInput in;
    in.source = q("/share/Storuman.samverka");
    in.law.municipality.name = q("Storuman");
    in.law.municipality.code = q("2421");
    in.law.municipality.localPoliceArea = q("Södra Lappland");

    Agreement old = signedAgreement("old", QDate(2020, 1, 1), QDate(2023, 12, 31));
    old.measures = {measure("old-m", QDate(2021, 6, 30), MeasureStatus::Planned)};

    Agreement a = signedAgreement("a", QDate(2024, 1, 1), QDate(2027, 12, 31));
    a.replaces = q("old");
    a.part1.reporting = {{ReportingTarget::SteeringGroup, 6, {}}};
    a.measures = {measure("m1", QDate(2024, 6, 30), MeasureStatus::Planned),
                  measure("m2", QDate(2024, 6, 30), MeasureStatus::Ongoing, true),
                  measure("m3", QDate(2024, 3, 31), MeasureStatus::Done),
                  measure("m4", QDate(2025, 12, 31), MeasureStatus::Planned)};
    // The report due 2024-07-01 is made; the one due 2025-01-01 only about a confidential
    // measure, which the overview does not see.
    a.followUps = {reportOn("m1", QDate(2024, 7, 10)), reportOn("m2", QDate(2025, 1, 5))};
    a.comments = {comment("part1", false), comment("part2", true), comment("m2", false),
                  comment("ca-secret", false)};

    Agreement draft;
    draft.id = q("d");
    draft.title = q("Revision");
    draft.replaces = q("a");
    draft.comments = {comment("measures", false)};
    in.agreements = {old, a, draft};
    in.confidentialIds = {q("ca-secret")};

    CitizenPromiseSet s1;
    s1.fromYear = 2024;
    s1.toYear = 2025;
    s1.status = PromiseSetStatus::Signed;
    CitizenPromiseSet s2;
    s2.fromYear = 2026;
    s2.toYear = 2027;
    in.promiseSets = {s1, s2};

    SituationPicture edition;
    edition.id = q("lb");
    edition.status = SituationStatus::Adopted;
    edition.decidedOn = QDate(2024, 5, 1);
    MeasurePlan plan;
    plan.id = q("ap");
    plan.status = PlanStatus::Decided;
    plan.decidedOn = QDate(2024, 6, 1);
    plan.validTo = QDate(2027, 12, 31);
    plan.situationPicture = q("lb");
    in.law.editions = {edition};
    in.law.plans = {plan};

    in.lastChangeAt = QDateTime(QDate(2025, 2, 3), QTime(11, 0), QTimeZone(3600));
    in.lastChangeBy = q("Anna");
    return in;
}

} // namespace

TEST(OverviewRowBuilderTest, TheAgreementInForceAndWhatIsLateAndDueOnTheDay)
{
    const OverviewRow row = OverviewRowBuilder::build(storuman(), QDate(2025, 3, 1));
    EXPECT_TRUE(row.isOk());
    EXPECT_EQ(row.municipality, q("Storuman"));
    EXPECT_EQ(row.agreementId, q("a")) << "the one in force, not the draft revising it";
    EXPECT_EQ(row.agreementStatus, AgreementStatus::Signed);
    EXPECT_TRUE(row.inForce);
    EXPECT_EQ(row.validFrom, QDate(2024, 1, 1));
    EXPECT_EQ(row.validTo, QDate(2027, 12, 31));
    EXPECT_EQ(row.promisesFromYear, 2024);
    // old-m (an ended agreement's) and m1; m2 is confidential, m3 done, m4 not yet due.
    EXPECT_EQ(row.measuresLate, 2);
    // 2024-07-01 reported; 2025-01-01 reported only on a confidential measure.
    EXPECT_EQ(row.followUpsDue, 1);
    // part1 and the draft's; not the resolved one, nor those on confidential records.
    EXPECT_EQ(row.openComments, 2);
    EXPECT_EQ(row.situationPicture, SituationPictureState::Current);
    EXPECT_EQ(row.measurePlan, MeasurePlanState::Decided);
    EXPECT_EQ(row.lastChangeAt, QDateTime(QDate(2025, 2, 3), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(row.lastChangeBy, q("Anna"));

    const OverviewRow later = OverviewRowBuilder::build(storuman(), QDate(2026, 6, 2));
    EXPECT_EQ(later.measuresLate, 3) << "m4 ended 2025-12-31";
    EXPECT_EQ(later.followUpsDue, 3) << "2025-01-01, 2025-07-01 and 2026-01-01";
    EXPECT_EQ(later.promisesFromYear, 2026);
    EXPECT_EQ(later.situationPicture, SituationPictureState::Outdated) << "two years on";
    EXPECT_EQ(later.measurePlan, MeasurePlanState::Decided)
        << "still based on the lägesbild in force, outdated or not";
}

// The police area's report lists what the row counts: as many entries, the same rules,
// confidential records in neither.
TEST(OverviewRowBuilderTest, TheDetailListsWhatTheRowCounts)
{
    OverviewInput in = storuman();
    in.agreements[1].focusAreas = {{q("fa1"), q("Trygg stadskärna"), {}, {}, {}},
                                   {q("fa2"), q("Barn och unga"), {}, {}, {}}};
    in.agreements[1].measures[0].focusArea = q("fa1");
    in.agreements[1].measures[1].focusArea = q("fa1"); // confidential: not counted
    in.agreements[1].measures[3].focusArea = q("fa2");
    for (const QDate &day : {QDate(2025, 3, 1), QDate(2026, 6, 2)}) {
        const OverviewRow row = OverviewRowBuilder::build(in, day);
        const OverviewDetail detail = OverviewRowBuilder::detail(in, day);
        EXPECT_EQ(detail.lateMeasures.size(), row.measuresLate) << day.toString().toStdString();
        EXPECT_EQ(detail.reportsDue.size(), row.followUpsDue) << day.toString().toStdString();
    }
    const OverviewDetail detail = OverviewRowBuilder::detail(in, QDate(2025, 3, 1));
    ASSERT_EQ(detail.focusAreas.size(), 2);
    EXPECT_EQ(detail.focusAreas.at(0), (OverviewDetail::FocusArea{q("Trygg stadskärna"), 1}));
    EXPECT_EQ(detail.focusAreas.at(1), (OverviewDetail::FocusArea{q("Barn och unga"), 1}));
    // By end date: the ended agreement's measure first.
    ASSERT_EQ(detail.lateMeasures.size(), 2);
    EXPECT_EQ(detail.lateMeasures.at(0).title, q("old-m"));
    EXPECT_EQ(detail.lateMeasures.at(0).end, QDate(2021, 6, 30));
    EXPECT_EQ(detail.lateMeasures.at(1).title, q("m1"));
    for (const OverviewDetail::LateMeasure &m : detail.lateMeasures)
        EXPECT_NE(m.title, q("m2")) << "confidential";
    ASSERT_EQ(detail.reportsDue.size(), 1);
    EXPECT_EQ(detail.reportsDue.at(0).due, QDate(2025, 1, 1));
    EXPECT_EQ(detail.reportsDue.at(0).target, ReportingTarget::SteeringGroup);
}

TEST(OverviewRowBuilderTest, WithoutAnAgreementInForceTheDraftUnderWayIsShown)
{
    OverviewInput in = storuman();
    in.agreements.removeAt(1); // the signed 2024–2027 one
    const OverviewRow row = OverviewRowBuilder::build(in, QDate(2025, 3, 1));
    EXPECT_EQ(row.agreementId, q("d"));
    EXPECT_EQ(row.agreementStatus, AgreementStatus::Draft);
    EXPECT_FALSE(row.inForce);
    EXPECT_EQ(row.followUpsDue, 0) << "a draft's reporting plan binds no one";

    in.agreements = {in.agreements.first()};
    EXPECT_EQ(OverviewRowBuilder::build(in, QDate(2025, 3, 1)).agreementId, q("old"))
        << "else the last one, ended";
    in.agreements.clear();
    in.law = {};
    in.promiseSets.clear();
    const OverviewRow empty = OverviewRowBuilder::build(in, QDate(2025, 3, 1));
    EXPECT_TRUE(empty.agreementId.isEmpty());
    EXPECT_FALSE(empty.hasPromises);
    EXPECT_EQ(empty.situationPicture, SituationPictureState::Missing);
    EXPECT_EQ(empty.measurePlan, MeasurePlanState::Missing);
}

TEST(OverviewRowBuilderTest, TextHasTheDocumentedColumnsInOrder)
{
    const OverviewRow row = OverviewRowBuilder::build(storuman(), QDate(2025, 3, 1));
    const OverviewRow locked = OverviewRowBuilder::failure(
        q("/share/Sorsele.samverka"), OverviewState::Locked, q("The file\tis locked.\n"));
    EXPECT_EQ(OverviewTable::columns().size(), 18);
    EXPECT_EQ(OverviewTable::text({row, locked}),
              q("/share/Storuman.samverka\tok\tStoruman\t2421\tÖverenskommelse 2024–2027\tsigned\t"
                "2024-01-01\t2027-12-31\tyes\t2024-2025\t2\t1\t2\tcurrent\tdecided\t"
                "2025-02-03T10:00:00Z\tAnna\t-\n"
                "/share/Sorsele.samverka\tlocked\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t"
                "The file is locked. \n"));
}

TEST(OverviewRowBuilderTest, JsonIsOneStableDocument)
{
    const OverviewRow row = OverviewRowBuilder::build(storuman(), QDate(2025, 3, 1));
    const OverviewRow missing = OverviewRowBuilder::failure(
        q("/share/Malå.samverka"), OverviewState::Missing, q("The file does not exist."));
    const QJsonObject root =
        QJsonDocument::fromJson(OverviewTable::json({row, missing}, QDate(2025, 3, 1), q("LPO")))
            .object();
    EXPECT_EQ(root.value(q("today")).toString(), q("2025-03-01"));
    EXPECT_EQ(root.value(q("workspace")).toString(), q("LPO"));
    const QJsonArray rows = root.value(q("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject ok = rows.at(0).toObject();
    EXPECT_EQ(ok.keys(), (QStringList{q("agreement"), q("file"), q("followUpsDue"), q("lastChange"),
                                      q("law"), q("measuresLate"), q("municipality"),
                                      q("openComments"), q("promises"), q("state")}));
    EXPECT_EQ(ok.value(q("state")).toString(), q("ok"));
    EXPECT_EQ(ok.value(q("agreement")).toObject().value(q("status")).toString(), q("signed"));
    EXPECT_EQ(ok.value(q("agreement")).toObject().value(q("inForce")).toBool(), true);
    EXPECT_EQ(ok.value(q("agreement")).toObject().value(q("validTo")).toString(), q("2027-12-31"));
    EXPECT_EQ(ok.value(q("promises")).toObject().value(q("toYear")).toInt(), 2025);
    EXPECT_EQ(ok.value(q("measuresLate")).toInt(), 2);
    EXPECT_EQ(ok.value(q("followUpsDue")).toInt(), 1);
    EXPECT_EQ(ok.value(q("law")).toObject().value(q("measurePlan")).toString(), q("decided"));
    EXPECT_EQ(ok.value(q("lastChange")).toObject().value(q("at")).toString(),
              q("2025-02-03T10:00:00Z"));
    const QJsonObject failed = rows.at(1).toObject();
    EXPECT_EQ(failed.keys(), (QStringList{q("file"), q("message"), q("state")}));
    EXPECT_EQ(failed.value(q("state")).toString(), q("missing"));
}
