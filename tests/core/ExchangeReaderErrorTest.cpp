#include "ExchangeReader.h"

#include <QCryptographicHash>

#include <string>

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {

// Two agreements, each with a problem, a cause, a goal and a measure, so that
// references across agreements can be tested.
const char *const baseDocument = R"({
  "format": "samverka-exchange",
  "version": 1,
  "municipality": {"name": "Härnösand", "code": "2280"},
  "population": [{"year": 2023, "value": 24539}],
  "parties": [{"id": "k", "kind": "municipality", "name": "Kommunen"},
              {"id": "p", "kind": "police", "name": "Polisen"}],
  "people": [{"id": "pe", "name": "Anna", "party": "k"}],
  "agreements": [
    {"id": "a1", "title": "A1", "parties": ["k", "p"],
     "part1": {"reporting": [{"to": "steering_group", "everyMonths": 6}]},
     "problems": [{"id": "pr1", "title": "P1", "causes": [{"id": "c1", "text": "C1"}]}],
     "goals": [{"id": "g1", "kind": "effect", "text": "G1", "problem": "pr1"}],
     "measures": [{"id": "m1", "title": "M1", "causes": ["c1"], "goals": ["g1"]}]},
    {"id": "a2", "title": "A2", "parties": ["k", "p"], "validFrom": "2024-01-01",
     "problems": [{"id": "pr2", "title": "P2", "causes": [{"id": "c2", "text": "C2"}]}],
     "goals": [{"id": "g2", "kind": "process", "text": "G2"}],
     "measures": [{"id": "m2", "title": "M2", "causes": ["c2"], "goals": ["g2"]}]}
  ],
  "citizenPromiseSets": [{"id": "s1", "title": "S1", "agreement": "a2",
                          "promises": [{"id": "cp1", "text": "T", "measures": ["m2"]}]}],
  "attachments": [{"id": "at", "name": "x.txt", "data": "aGVq"}]
})";

QByteArray variant(const char *from, const char *to)
{
    QByteArray doc(baseDocument);
    const qsizetype at = doc.indexOf(from);
    EXPECT_GE(at, 0) << "test setup: " << from << " not in the base document";
    return doc.replace(at, qsizetype(qstrlen(from)), to);
}

void expectError(const QByteArray &json, ExchangeError::Kind kind, const char *path,
                 const char *messagePart = nullptr)
{
    try {
        ExchangeReader::read(json);
        ADD_FAILURE() << "no error for " << path;
    } catch (const ExchangeError &e) {
        EXPECT_EQ(e.kind(), kind) << e.message().toStdString();
        EXPECT_EQ(e.path(), QString::fromUtf8(path)) << e.message().toStdString();
        EXPECT_TRUE(e.message().startsWith(QString::fromUtf8(path) + QStringLiteral(": ")));
        if (messagePart) {
            EXPECT_TRUE(e.message().contains(QString::fromUtf8(messagePart)))
                << e.message().toStdString();
        }
    }
}

} // namespace

TEST(ExchangeReaderErrors, BaseDocumentIsValid)
{
    const ExchangeReadResult result = ExchangeReader::read(baseDocument);
    EXPECT_TRUE(result.warnings.isEmpty());
    EXPECT_EQ(result.data.agreements.size(), 2);
    EXPECT_EQ(result.data.attachments.at(0).data, QByteArray("hej"));
    // sha256 absent: computed from the data
    EXPECT_EQ(
        result.data.attachments.at(0).sha256,
        QString::fromLatin1(QCryptographicHash::hash("hej", QCryptographicHash::Sha256).toHex()));
}

TEST(ExchangeReaderErrors, MissingRequiredProperty)
{
    expectError(variant(R"("title": "A2", )", ""), ExchangeError::Kind::MissingProperty,
                "$.agreements[1].title");
    expectError(variant(R"("format": "samverka-exchange",)", ""),
                ExchangeError::Kind::MissingProperty, "$.format");
    expectError(variant(R"({"id": "c2", "text": "C2"})", R"({"id": "c2"})"),
                ExchangeError::Kind::MissingProperty, "$.agreements[1].problems[0].causes[0].text");
}

TEST(ExchangeReaderErrors, WrongType)
{
    expectError(variant(R"("title": "A2")", R"("title": 2)"), ExchangeError::Kind::WrongType,
                "$.agreements[1].title", "expected string, found integer");
    expectError(variant(R"("causes": ["c2"])", R"("causes": "c2")"), ExchangeError::Kind::WrongType,
                "$.agreements[1].measures[0].causes");
    expectError(variant(R"("everyMonths": 6)", R"("everyMonths": 6.5)"),
                ExchangeError::Kind::WrongType, "$.agreements[0].part1.reporting[0].everyMonths");
    expectError(variant(R"("parties": [{"id": "k")", R"("parties": [7, {"id": "k")"),
                ExchangeError::Kind::WrongType, "$.parties[0]");
}

TEST(ExchangeReaderErrors, UnknownEnumValueListsTheAllowedWords)
{
    expectError(variant(R"("kind": "process")", R"("kind": "procedure")"),
                ExchangeError::Kind::UnknownValue, "$.agreements[1].goals[0].kind",
                "effect, process, production");
}

TEST(ExchangeReaderErrors, DanglingReference)
{
    expectError(variant(R"("causes": ["c2"])", R"("causes": ["c9"])"),
                ExchangeError::Kind::DanglingReference, "$.agreements[1].measures[0].causes[0]",
                "c9");
    expectError(variant(R"("party": "k")", R"("party": "nobody")"),
                ExchangeError::Kind::DanglingReference, "$.people[0].party");
    expectError(variant(R"("agreement": "a2")", R"("agreement": "a3")"),
                ExchangeError::Kind::DanglingReference, "$.citizenPromiseSets[0].agreement");
    // A problem taken over from the lägesbild names a problem of the lägesbild.
    expectError(variant(R"("title": "P1",)", R"("title": "P1", "situationProblem": "sp9",)"),
                ExchangeError::Kind::DanglingReference,
                "$.agreements[0].problems[0].situationProblem", "sp9");
    expectError(variant(R"("title": "P1",)", R"("title": "P1", "situationProblem": "pr2",)"),
                ExchangeError::Kind::DanglingReference,
                "$.agreements[0].problems[0].situationProblem");
}

TEST(ExchangeReaderErrors, ReferenceToAnotherAgreementIsRefused)
{
    expectError(variant(R"("causes": ["c2"])", R"("causes": ["c2", "c1"])"),
                ExchangeError::Kind::DanglingReference, "$.agreements[1].measures[0].causes[1]",
                "another agreement");
    expectError(variant(R"("text": "G2")", R"("text": "G2", "problem": "pr1")"),
                ExchangeError::Kind::DanglingReference, "$.agreements[1].goals[0].problem");
    // A set under agreement a2 is delivered by a2's measures only ...
    expectError(variant(R"("measures": ["m2"])", R"("measures": ["m1"])"),
                ExchangeError::Kind::DanglingReference,
                "$.citizenPromiseSets[0].promises[0].measures[0]");
    // ... a set without an agreement may name any measure.
    EXPECT_NO_THROW(
        ExchangeReader::read(variant(R"("agreement": "a2",)", R"("agreement": null,)")));
}

TEST(ExchangeReaderErrors, ReferenceToTheWrongKindIsRefused)
{
    expectError(variant(R"("goals": ["g2"])", R"("goals": ["c2"])"),
                ExchangeError::Kind::DanglingReference, "$.agreements[1].measures[0].goals[0]",
                "not a goal");
}

TEST(ExchangeReaderErrors, DuplicateIdAnywhereInTheDocument)
{
    expectError(variant(R"({"id": "pr2")", R"({"id": "pr1")"), ExchangeError::Kind::Invalid,
                "$.agreements[1].problems[0].id", "$.agreements[0].problems[0].id");
    expectError(variant(R"({"id": "cp1")", R"({"id": "k")"), ExchangeError::Kind::Invalid,
                "$.citizenPromiseSets[0].promises[0].id");
}

TEST(ExchangeReaderErrors, BadDates)
{
    expectError(variant(R"("validFrom": "2024-01-01")", R"("validFrom": "2023-02-30")"),
                ExchangeError::Kind::Invalid, "$.agreements[1].validFrom", "2023-02-30");
    expectError(variant(R"("validFrom": "2024-01-01")", R"("validFrom": "2024-1-1")"),
                ExchangeError::Kind::Invalid, "$.agreements[1].validFrom", "YYYY-MM-DD");
}

TEST(ExchangeReaderErrors, SchemaLimits)
{
    expectError(
        variant(R"("parties": ["k", "p"], "validFrom")", R"("parties": ["k"], "validFrom")"),
        ExchangeError::Kind::Invalid, "$.agreements[1].parties");
    expectError(variant(R"("value": 24539)", R"("value": -1)"), ExchangeError::Kind::Invalid,
                "$.population[0].value");
    expectError(variant(R"("everyMonths": 6)", R"("everyMonths": 0)"), ExchangeError::Kind::Invalid,
                "$.agreements[0].part1.reporting[0].everyMonths");
    expectError(variant(R"("name": "Kommunen")", R"("name": "")"), ExchangeError::Kind::Invalid,
                "$.parties[0].name");
    expectError(variant(R"("code": "2280")", R"("code": "228")"), ExchangeError::Kind::Invalid,
                "$.municipality.code");
    expectError(variant(R"("version": 1)", R"("version": 2)"), ExchangeError::Kind::Invalid,
                "$.version");
    expectError(variant(R"("samverka-exchange")", R"("something-else")"),
                ExchangeError::Kind::Invalid, "$.format");
}

TEST(ExchangeReaderErrors, AmountsAndCountsOutOfRangeAreRefusedNotWrappedOrClamped)
{
    const char *measure = R"({"id": "m2", "title": "M2", )";
    const auto with = [&](const char *property) {
        return variant(measure, (std::string(measure) + property + ", ").c_str());
    };
    // 3e9 does not fit an int: before, it was read as "too large" without its value.
    expectError(with(R"("plannedCount": 3000000000)"), ExchangeError::Kind::Invalid,
                "$.agreements[1].measures[0].plannedCount", "3000000000");
    expectError(with(R"("plannedCount": 1000000001)"), ExchangeError::Kind::Invalid,
                "$.agreements[1].measures[0].plannedCount", "1000000000");
    expectError(with(R"("plannedCount": -1)"), ExchangeError::Kind::Invalid,
                "$.agreements[1].measures[0].plannedCount", "-1");
    // A negative budget and one above 10^12 kronor were read silently.
    expectError(with(R"("budgetSek": -500)"), ExchangeError::Kind::Invalid,
                "$.agreements[1].measures[0].budgetSek", "-500");
    expectError(with(R"("budgetSek": 1e13)"), ExchangeError::Kind::Invalid,
                "$.agreements[1].measures[0].budgetSek", "10000000000000");
    expectError(with(R"("hours": -2)"), ExchangeError::Kind::Invalid,
                "$.agreements[1].measures[0].hours", "-2");

    // The largest values are held exactly.
    const ExchangeReadResult big =
        ExchangeReader::read(with(R"("budgetSek": 1000000000000, "plannedCount": 1000000000)"));
    const Measure &m = big.data.agreements.at(1).measures.at(0);
    EXPECT_EQ(m.budgetSek, 1'000'000'000'000.0);
    EXPECT_EQ(m.plannedCount, 1'000'000'000);
    EXPECT_EQ(ExchangeReader::read(with(R"("budgetSek": 5000000000)"))
                  .data.agreements.at(1)
                  .measures.at(0)
                  .budgetSek,
              5'000'000'000.0);
}

TEST(ExchangeReaderErrors, AttachmentData)
{
    expectError(variant(R"("data": "aGVq")", R"("data": "a$Vq")"), ExchangeError::Kind::Invalid,
                "$.attachments[0].data");
    expectError(variant(R"("data": "aGVq")", R"("data": "aGVq", "sha256": "00")"),
                ExchangeError::Kind::Invalid, "$.attachments[0].sha256");
}

TEST(ExchangeReaderErrors, MalformedJsonNamesLineAndColumn)
{
    QByteArray broken(baseDocument);
    broken.replace("\"version\": 1,", "\"version\": 1,,");
    expectError(broken, ExchangeError::Kind::Syntax, "$", "line 3");
    expectError("[1, 2]", ExchangeError::Kind::WrongType, "$");
}

TEST(ExchangeReaderErrors, UnknownPropertyIsAWarning)
{
    const ExchangeReadResult result =
        ExchangeReader::read(variant(R"("title": "A2")", R"("title": "A2", "colour": "blue")"));
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_TRUE(result.warnings.at(0).startsWith(QStringLiteral("$.agreements[1].colour: ")));
    EXPECT_EQ(result.data.agreements.at(1).title, QStringLiteral("A2"));
}
