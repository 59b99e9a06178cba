// The demo's police area (issue #16): two neighbours generated from the demo, with ids of
// their own and references kept, in the same local police area.

#include "DemoWorkspace.h"

#include "AgreementFacts.h"
#include "Fingerprint.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {

QSet<QString> recordIds(const MunicipalityData &data)
{
    QSet<QString> ids;
    for (const Party &p : data.parties)
        ids.insert(p.id);
    for (const Agreement &a : data.agreements) {
        ids.insert(a.id);
        for (const Measure &m : a.measures)
            ids.insert(m.id);
        for (const Goal &g : a.goals)
            ids.insert(g.id);
    }
    return ids;
}

} // namespace

TEST(DemoWorkspaceTest, NeighboursHaveTheirOwnIdsAndDifferFromTheDemo)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<DemoWorkspace::Member> members = DemoWorkspace::members(file.readAll());
    ASSERT_EQ(members.size(), 3);
    const MunicipalityData &demo = members.at(0).data;
    const MunicipalityData &kramfors = members.at(1).data;
    const MunicipalityData &timra = members.at(2).data;
    EXPECT_EQ(members.at(1).fileName, QStringLiteral("Kramfors.samverka"));
    EXPECT_EQ(kramfors.municipality.code, QStringLiteral("2282"));
    EXPECT_EQ(timra.municipality.name, QStringLiteral("Timrå"));
    EXPECT_EQ(kramfors.municipality.localPoliceArea, demo.municipality.localPoliceArea);
    EXPECT_EQ(DemoWorkspace::name(demo), demo.municipality.localPoliceArea);

    EXPECT_FALSE(recordIds(demo).intersects(recordIds(kramfors)));
    EXPECT_FALSE(recordIds(kramfors).intersects(recordIds(timra)));
    // References follow their records: every measure still names its agreement's goals.
    for (const Agreement &a : kramfors.agreements)
        for (const Measure &m : a.measures)
            for (const QString &goal : m.goals)
                EXPECT_TRUE(std::any_of(a.goals.cbegin(), a.goals.cend(), [&](const Goal &g) {
                    return g.id == goal;
                })) << goal.toStdString();

    const Agreement &signed2024 = kramfors.agreements.constLast();
    EXPECT_TRUE(signed2024.isSigned());
    EXPECT_EQ(signed2024.fingerprint, Fingerprint::compute(signed2024));
    EXPECT_TRUE(AgreementFacts::isInForce(signed2024, FixedClock(QDate(2026, 12, 6))));
    EXPECT_FALSE(demo.agreements.constLast().isSigned());
    for (const SituationPicture &p : timra.situationPictures)
        EXPECT_EQ(p.status, SituationStatus::Draft);
    for (const MeasurePlan &p : timra.measurePlans)
        EXPECT_EQ(p.status, PlanStatus::Draft);
}
