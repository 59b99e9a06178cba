#include "Fingerprint.h"
#include "CoreTestSupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

namespace {
Agreement sample()
{
    return fullDocument().agreements.at(1);
}
} // namespace

TEST(Fingerprint, IsLowerCaseHexSha256AndStable)
{
    const QString digest = Fingerprint::compute(sample());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(digest).hasMatch());
    EXPECT_EQ(Fingerprint::compute(sample()), digest);
}

TEST(Fingerprint, FrozenContentIsCanonicalAndLeavesOutTheWork)
{
    const QByteArray content = Fingerprint::frozenContent(sample());
    EXPECT_TRUE(content.startsWith("{\"continuesUntilFurtherNotice\":true,"));
    for (const char *key :
         {"\"followUps\"", "\"comments\"", "\"checkItems\"", "\"fingerprint\"", "\"status\"", "\n"})
        EXPECT_FALSE(content.contains(key)) << key;
    EXPECT_TRUE(content.contains("\"measures\""));
}

TEST(Fingerprint, WorkUnderTheAgreementDoesNotChangeIt)
{
    const QString before = Fingerprint::compute(sample());
    Agreement a = sample();
    a.status = AgreementStatus::Signed;
    a.fingerprint = before;
    a.comments.clear();
    a.followUps.removeFirst();
    a.checkItems[1].done = true;
    a.measures[0].status = MeasureStatus::Done;
    a.measures[1].status = MeasureStatus::Cancelled;
    // The link back to the lägesbild a problem was taken from is not the agreement's
    // content: removing that edition clears it and must not break the signature.
    a.problems[0].situationProblem = QStringLiteral("lb-2024-p1");
    EXPECT_EQ(Fingerprint::compute(a), before);
    EXPECT_FALSE(Fingerprint::frozenContent(a).contains("situationProblem"));
}

TEST(Fingerprint, NfcEquivalentTextGivesTheSameDigest)
{
    Agreement composed = sample();
    composed.title = QString::fromUtf8("Caf\xC3\xA9");
    Agreement decomposed = sample();
    decomposed.title = QString::fromUtf8("Caf\x65\xCC\x81");
    EXPECT_EQ(Fingerprint::compute(composed), Fingerprint::compute(decomposed));
}

TEST(Fingerprint, AnyFrozenChangeChangesIt)
{
    const QString before = Fingerprint::compute(sample());
    const std::vector<std::function<void(Agreement &)>> changes = {
        [](Agreement &a) { a.title += QLatin1Char('!'); },
        [](Agreement &a) { a.validTo = a.validTo.addDays(1); },
        [](Agreement &a) { a.part1.purpose.clear(); },
        [](Agreement &a) { a.part1.reporting[0].everyMonths = 3; },
        [](Agreement &a) { a.problems[0].causes[0].text += QLatin1Char('.'); },
        [](Agreement &a) { a.problems[0].prioritized = false; },
        [](Agreement &a) { a.goals[0].target.value = 30; },
        [](Agreement &a) { a.measures[0].title = QStringLiteral("Tillsyn"); },
        [](Agreement &a) { a.measures[0].causes.clear(); },
        [](Agreement &a) { a.signatures[0].date = QDate(2024, 1, 11); },
        [](Agreement &a) { a.parties.removeLast(); },
        [](Agreement &a) { a.measures.swapItemsAt(0, 1); },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
        Agreement a = sample();
        changes[i](a);
        EXPECT_NE(Fingerprint::compute(a), before) << "change " << i;
    }
}

TEST(Fingerprint, DisplayIsSixteenDigitsInGroupsOfFour)
{
    EXPECT_EQ(Fingerprint::display(QStringLiteral(
                  "3F2A9C0177BE0D4E0000000000000000000000000000000000000000000000ff")),
              QStringLiteral("3f2a 9c01 77be 0d4e"));
}
