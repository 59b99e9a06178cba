// Comparing two agreements (issue #16) on a hand-made pair, tests/data/diff/pair.json:
// ag-2025 is a revision of ag-2024 with origin ids, and with one change of every kind
// (a cause renumbered, a measure moved to another focus area, a goal's text changed by
// one word, records added and removed, a confidential measure changed). Without origin
// ids the same pair is matched by content, and every such match is marked a guess.

#include "CoreTestSupport.h"

#include "AgreementComparer.h"
#include "AgreementDiffJson.h"
#include "Fingerprint.h"
#include "WordDiff.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace samverka::core {
namespace {

using Kind = WordRun::Kind;

MunicipalityData pair()
{
    return ExchangeReader::read(
               test::readTestFile(QStringLiteral(SAMVERKA_TEST_DATA_DIR "/diff/pair.json")))
        .data;
}

AgreementDiff compareIn(const MunicipalityData &data)
{
    return AgreementComparer(data).compare(*data.findAgreement(QStringLiteral("ag-2024")),
                                           *data.findAgreement(QStringLiteral("ag-2025")));
}

/// The one item of section whose later (or, when removed, earlier) record is id.
const DiffItem *itemOf(const AgreementDiff &diff, DiffSection section, const QString &id)
{
    const DiffItem *found = nullptr;
    for (const DiffItem &item : diff.items) {
        if (item.section != section || (item.toId != id && item.fromId != id))
            continue;
        EXPECT_EQ(found, nullptr) << "two items for " << id.toStdString();
        found = &item;
    }
    return found;
}

QStringList fieldNames(const DiffItem &item)
{
    QStringList names;
    for (const FieldDifference &d : item.fields)
        names << d.field;
    return names;
}

TEST(WordDiffTest, OneWordChangedIsStruckAndInserted)
{
    const QList<WordRun> runs = WordDiff::compare(QStringLiteral("Misshandeln ska minska i år"),
                                                  QStringLiteral("Misshandeln ska  halveras i år"));
    const QList<WordRun> expected{{Kind::Same, QStringLiteral("Misshandeln ska")},
                                  {Kind::Removed, QStringLiteral("minska")},
                                  {Kind::Inserted, QStringLiteral("halveras")},
                                  {Kind::Same, QStringLiteral("i år")}};
    EXPECT_EQ(runs, expected);
    EXPECT_EQ(WordDiff::compare(QStringLiteral("a b"), QStringLiteral("a b")),
              (QList<WordRun>{{Kind::Same, QStringLiteral("a b")}}));
    EXPECT_TRUE(WordDiff::compare(QString(), QString()).isEmpty());
    // Words inserted in the middle and a word removed elsewhere.
    EXPECT_EQ(WordDiff::compare(QStringLiteral("ett två tre fyra"),
                                QStringLiteral("ett tre och en halv fyra")),
              (QList<WordRun>{{Kind::Same, QStringLiteral("ett")},
                              {Kind::Removed, QStringLiteral("två")},
                              {Kind::Same, QStringLiteral("tre")},
                              {Kind::Inserted, QStringLiteral("och en halv")},
                              {Kind::Same, QStringLiteral("fyra")}}));
}

TEST(AgreementComparerTest, ARevisionIsMatchedByOriginWithEveryKindOfChange)
{
    const AgreementDiff diff = compareIn(pair());
    EXPECT_EQ(diff.from.id, QStringLiteral("ag-2024"));
    EXPECT_EQ(diff.to.id, QStringLiteral("ag-2025"));
    EXPECT_FALSE(diff.from.fingerprintBroken);

    // A cause renumbered: moved, by its number.
    const DiffItem *renumbered = itemOf(diff, DiffSection::Causes, QStringLiteral("ca-1-2b"));
    ASSERT_NE(renumbered, nullptr);
    EXPECT_EQ(renumbered->kind, DiffKind::Moved);
    EXPECT_EQ(renumbered->match, DiffMatch::Origin);
    EXPECT_FALSE(renumbered->isGuess());
    EXPECT_EQ(fieldNames(*renumbered), QStringList{QStringLiteral("number")});
    EXPECT_EQ(renumbered->fields.first().before.toString(), QStringLiteral("1.2"));
    EXPECT_EQ(renumbered->fields.first().after.toString(), QStringLiteral("1.3"));
    EXPECT_EQ(itemOf(diff, DiffSection::Causes, QStringLiteral("ca-1-3"))->kind, DiffKind::Added);
    EXPECT_EQ(itemOf(diff, DiffSection::Causes, QStringLiteral("ca-2-1"))->kind, DiffKind::Removed);
    EXPECT_EQ(itemOf(diff, DiffSection::Causes, QStringLiteral("ca-1-1b")), nullptr)
        << "an unchanged cause is no difference";

    // A measure moved to another focus area, named by the areas' titles.
    const DiffItem *moved = itemOf(diff, DiffSection::Measures, QStringLiteral("m-krog-b"));
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->kind, DiffKind::Moved);
    EXPECT_EQ(moved->fromId, QStringLiteral("m-krog"));
    EXPECT_EQ(fieldNames(*moved), QStringList{QStringLiteral("focusArea")});
    EXPECT_EQ(moved->fields.first().before.toString(), QStringLiteral("Tryggt centrum"));
    EXPECT_EQ(moved->fields.first().after.toString(), QStringLiteral("Krogen"));
    // Links to copied causes and goals, and a changed execution status, are no change.
    EXPECT_EQ(itemOf(diff, DiffSection::Measures, QStringLiteral("m-ljus-b")), nullptr);
    EXPECT_EQ(itemOf(diff, DiffSection::Measures, QStringLiteral("m-vandring"))->kind,
              DiffKind::Added);
    EXPECT_EQ(itemOf(diff, DiffSection::Measures, QStringLiteral("m-sanera"))->kind,
              DiffKind::Removed);

    // A goal's text changed by one word, and its target.
    const DiffItem *goal = itemOf(diff, DiffSection::Goals, QStringLiteral("go-1b"));
    ASSERT_NE(goal, nullptr);
    EXPECT_EQ(goal->kind, DiffKind::Changed);
    EXPECT_EQ(fieldNames(*goal),
              (QStringList{QStringLiteral("target.value"), QStringLiteral("text")}));
    EXPECT_EQ(goal->fields.at(0).before.toDouble(), 90.0);
    EXPECT_EQ(goal->fields.at(0).after.toDouble(), 60.0);
    EXPECT_EQ(goal->fields.at(1).words,
              (QList<WordRun>{{Kind::Same, QStringLiteral("Misshandeln utomhus ska")},
                              {Kind::Removed, QStringLiteral("minska")},
                              {Kind::Inserted, QStringLiteral("halveras")}}));

    // The confidential measure is compared, and left out unless asked for.
    const DiffItem *secret = itemOf(diff, DiffSection::Measures, QStringLiteral("m-kamera-b"));
    ASSERT_NE(secret, nullptr);
    EXPECT_TRUE(secret->confidential);
    EXPECT_EQ(fieldNames(*secret), QStringList{QStringLiteral("description")});
    EXPECT_EQ(diff.visible(true).size(), diff.items.size());
    EXPECT_EQ(diff.visible(false).size(), diff.items.size() - 1);

    // Part 1, the parties, the diary numbers, the citizen promises.
    const DiffItem *part1 = itemOf(diff, DiffSection::Agreement, QStringLiteral("ag-2025"));
    ASSERT_NE(part1, nullptr);
    EXPECT_EQ(fieldNames(*part1),
              (QStringList{QStringLiteral("part1.purpose"), QStringLiteral("validFrom")}));
    EXPECT_EQ(part1->fromId, QStringLiteral("ag-2024"));
    EXPECT_TRUE(part1->fields.at(1).words.isEmpty()) << "a date is shown whole";
    EXPECT_EQ(part1->fields.at(0).words.size(), 3);
    EXPECT_EQ(itemOf(diff, DiffSection::Parties, QStringLiteral("p-rtj"))->label,
              QStringLiteral("Räddningstjänsten"));
    const DiffItem *diary = itemOf(diff, DiffSection::DiaryNumbers, QStringLiteral("p-polis#0"));
    ASSERT_NE(diary, nullptr);
    EXPECT_EQ(diary->fields.first().after.toString(), QStringLiteral("A250/2025"));
    const DiffItem *promise = itemOf(diff, DiffSection::CitizenPromises, QStringLiteral("cp-1b"));
    ASSERT_NE(promise, nullptr);
    EXPECT_EQ(promise->kind, DiffKind::Changed);
    EXPECT_TRUE(promise->isGuess()) << "promises have no origin: matched by position and words";
    EXPECT_EQ(itemOf(diff, DiffSection::CitizenPromises, QStringLiteral("cp-2"))->kind,
              DiffKind::Removed);

    // Nothing else: unchanged problems and focus areas are no difference.
    EXPECT_EQ(AgreementDiff::count(diff.items, DiffSection::Problems, DiffKind::Changed), 0);
    EXPECT_EQ(AgreementDiff::count(diff.items, DiffSection::FocusAreas, DiffKind::Changed), 0);
    EXPECT_EQ(diff.items.size(), 13);
}

TEST(AgreementComparerTest, WithoutOriginIdsRecordsAreMatchedByContentAsAGuess)
{
    MunicipalityData data = pair();
    Agreement &to = data.agreements[1];
    for (Problem &p : to.problems) {
        p.originId.clear();
        for (Cause &c : p.causes)
            c.originId.clear();
    }
    for (FocusArea &f : to.focusAreas)
        f.originId.clear();
    for (Goal &g : to.goals)
        g.originId.clear();
    for (Measure &m : to.measures)
        m.originId.clear();
    const AgreementDiff diff = compareIn(data);

    // The measure: by its title, moved all the same.
    const DiffItem *moved = itemOf(diff, DiffSection::Measures, QStringLiteral("m-krog-b"));
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->kind, DiffKind::Moved);
    EXPECT_TRUE(moved->isGuess());
    // The goal: by position, its words mostly the same.
    const DiffItem *goal = itemOf(diff, DiffSection::Goals, QStringLiteral("go-1b"));
    ASSERT_NE(goal, nullptr);
    EXPECT_EQ(goal->fromId, QStringLiteral("go-1"));
    EXPECT_TRUE(goal->isGuess());
    // A cause by its number: cause 1.2 is now another text, 1.3 is new.
    const DiffItem *second = itemOf(diff, DiffSection::Causes, QStringLiteral("ca-1-3"));
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->kind, DiffKind::Changed);
    EXPECT_EQ(second->fromId, QStringLiteral("ca-1-2"));
    EXPECT_TRUE(second->isGuess());
    EXPECT_EQ(itemOf(diff, DiffSection::Causes, QStringLiteral("ca-1-2b"))->kind, DiffKind::Added);
    for (const DiffItem &item : diff.items) {
        if (item.section != DiffSection::Agreement && item.section != DiffSection::Parties &&
            item.section != DiffSection::DiaryNumbers && item.fromId.size() && item.toId.size()) {
            EXPECT_TRUE(item.isGuess()) << item.label.toStdString();
        }
    }
}

TEST(AgreementComparerTest, ASignedAgreementWhoseFingerprintNoLongerMatchesIsSaidSoFirst)
{
    MunicipalityData data = pair();
    Agreement &from = data.agreements[0];
    from.fingerprint = Fingerprint::compute(from);
    EXPECT_FALSE(compareIn(data).from.fingerprintBroken);
    from.problems[0].title = QStringLiteral("Våld i centrum och hamnen");
    const AgreementDiff diff = compareIn(data);
    EXPECT_TRUE(diff.from.fingerprintBroken);
    EXPECT_FALSE(diff.to.fingerprintBroken);
    const QJsonObject json = AgreementDiffJson::toJson(diff, false);
    EXPECT_TRUE(json.value(QStringLiteral("from"))
                    .toObject()
                    .value(QStringLiteral("fingerprintBroken"))
                    .toBool());
    // Compared as it stands: the title changed since signing shows as a change.
    EXPECT_EQ(itemOf(diff, DiffSection::Problems, QStringLiteral("pr-1b"))->kind,
              DiffKind::Changed);
}

TEST(AgreementComparerTest, AChangeThatNamesAConfidentialRecordIsConfidential)
{
    MunicipalityData data = pair();
    Agreement &to = data.agreements[1];
    to.problems[1].confidential = true;             // Klotter, now confidential
    to.focusAreas[1].problems << to.problems[1].id; // and named by Krogen
    const AgreementDiff diff = compareIn(data);
    const DiffItem *area = itemOf(diff, DiffSection::FocusAreas, QStringLiteral("fa-krog-b"));
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(area->fields.first().after.toArray().first().toString(), QStringLiteral("Klotter"));
    EXPECT_TRUE(area->confidential);
    EXPECT_TRUE(itemOf(diff, DiffSection::Problems, QStringLiteral("pr-2b"))->confidential);
    const QByteArray shown = AgreementDiffJson::write(diff, false);
    EXPECT_FALSE(shown.contains("Klotter")) << shown.constData();
    EXPECT_TRUE(AgreementDiffJson::write(diff, true).contains("Klotter"));
}

TEST(AgreementComparerTest, AnAgreementComparedWithItselfHasNoDifferences)
{
    const MunicipalityData data = pair();
    const Agreement &a = *data.findAgreement(QStringLiteral("ag-2025"));
    const AgreementDiff diff = AgreementComparer(data).compare(a, a);
    EXPECT_TRUE(diff.items.isEmpty());
    const QJsonObject json = AgreementDiffJson::toJson(diff, true);
    EXPECT_TRUE(json.value(QStringLiteral("changes")).toArray().isEmpty());
}

} // namespace
} // namespace samverka::core
