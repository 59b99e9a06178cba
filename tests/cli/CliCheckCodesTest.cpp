// The checklist's codes in `samverka-cli check` (docs/cli.md): the ones added for what a
// signing must not miss (an open review comment, no focus areas or action plan, a cause
// without a perspective, a goal or measure outside every focus area, no purpose, a
// coordinator of one party only), and that --strict now exits 3 on a file it passed.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

namespace {

// One agreement that every rule of the checklist finds complete.
QJsonObject completeDocument()
{
    return QJsonDocument::fromJson(R"({"format":"samverka-exchange","version":1,
      "municipality":{"name":"Härnösand","code":"2280"},
      "parties":[{"id":"k","kind":"municipality","name":"Kommunen"},
                 {"id":"p","kind":"police","name":"Polisen"}],
      "people":[{"id":"pk","name":"Elin Nordström","party":"k"},
                {"id":"pp","name":"Maria Sundin","party":"p"}],
      "agreements":[{"id":"a","title":"Överenskommelse 2024–2027","parties":["k","p"],
        "status":"draft","validFrom":"2024-01-01","validTo":"2027-12-31",
        "part1":{"purpose":"Minska våldet och öka tryggheten.",
                 "groups":[{"id":"g","kind":"steering_group","name":"Styrgrupp"}],
                 "coordinators":[{"party":"k","person":"pk"},{"party":"p","person":"pp"}],
                 "followUpPlan":"Halvårsvis till styrgruppen."},
        "problems":[{"id":"pr","title":"Misshandel på torget","prioritized":true,
                     "contributedBy":"joint",
                     "causes":[{"id":"c","number":1,"text":"Trängsel vid stängning",
                                "perspective":"situational"}]}],
        "focusAreas":[{"id":"fa","title":"Tryggt centrum","problems":["pr"]}],
        "goals":[{"id":"gl","kind":"effect","text":"Misshandeln ska minska","focusArea":"fa",
                  "problem":"pr","indicator":"Anmälda misshandelsbrott utomhus",
                  "baseline":{"value":46},"target":{"value":35}}],
        "measures":[{"id":"m","title":"Krogtillsyn","focusArea":"fa","causes":["c"],
                     "goals":["gl"],"responsible":["k"],"when":"Varje fredag"}],
        "signatures":[{"id":"s","name":"Anders Holmqvist","party":"k","signed":false}]}]})")
        .object();
}

// What the law asks of the municipality, met: a named samordningsfunktion, a lägesbild
// adopted a month ago (due again in two years) and an åtgärdsplan decided from it, valid
// for two years, whose one row adopts the agreement's measure (aimed at a cause) and is
// followed up next year.
QJsonObject lawfulDocument()
{
    QJsonObject document = completeDocument();
    QJsonObject municipality = document.value(QStringLiteral("municipality")).toObject();
    municipality[QStringLiteral("coordinatingFunction")] =
        QJsonObject{{QStringLiteral("holder"), QStringLiteral("Brottsförebyggande samordnare")},
                    {QStringLiteral("party"), QStringLiteral("k")}};
    document[QStringLiteral("municipality")] = municipality;
    document[QStringLiteral("situationPictures")] = QJsonArray{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("lb")},
        {QStringLiteral("title"), QStringLiteral("Lägesbild")},
        {QStringLiteral("status"), QStringLiteral("adopted")},
        {QStringLiteral("decidedOn"), QDate::currentDate().addMonths(-1).toString(Qt::ISODate)}}};
    document[QStringLiteral("measurePlans")] = QJsonArray{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("ap")},
        {QStringLiteral("title"), QStringLiteral("Åtgärdsplan")},
        {QStringLiteral("status"), QStringLiteral("decided")},
        {QStringLiteral("decidedOn"), QDate::currentDate().addDays(-7).toString(Qt::ISODate)},
        {QStringLiteral("validTo"), QDate::currentDate().addYears(2).toString(Qt::ISODate)},
        {QStringLiteral("situationPicture"), QStringLiteral("lb")},
        {QStringLiteral("followUpDates"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("ap-f")},
             {QStringLiteral("date"), QDate::currentDate().addYears(1).toString(Qt::ISODate)}}}},
        {QStringLiteral("rows"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ap-r")},
                                {QStringLiteral("measure"), QStringLiteral("m")}}}}}};
    return document;
}

class CliCheckCodesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
    }

    // Imports the document into a new file and returns its path.
    QString fileOf(const QJsonObject &document, const QString &name)
    {
        const QString json = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(json);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(document).toJson());
        f.close();
        const QString file = m_dir.filePath(name + QStringLiteral(".samverka"));
        const auto result =
            runCli({QStringLiteral("import"), json, QStringLiteral("--output"), file});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return file;
    }

    // The code column of the finding lines.
    static QStringList codes(const CliResult &result)
    {
        QStringList out;
        for (const QString &line : result.lines().mid(1))
            out << line.split(QLatin1Char('\t')).value(2);
        return out;
    }

    static QJsonObject withAgreement(QJsonObject document,
                                     const std::function<void(QJsonObject &)> &change)
    {
        QJsonArray agreements = document.value(QStringLiteral("agreements")).toArray();
        QJsonObject a = agreements.at(0).toObject();
        change(a);
        agreements[0] = a;
        document[QStringLiteral("agreements")] = agreements;
        return document;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliCheckCodesTest, ACompleteAgreementPassesStrict)
{
    const QString file = fileOf(lawfulDocument(), QStringLiteral("complete"));
    const auto result = runCli({QStringLiteral("check"), file, QStringLiteral("--strict")});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString();
    EXPECT_EQ(result.lines(), QStringList{QStringLiteral("integrity\tok")});
}

TEST_F(CliCheckCodesTest, AnOpenReviewCommentNowFailsStrict)
{
    // The same agreement with one comment left open: before, --strict passed it.
    const QJsonObject document = withAgreement(lawfulDocument(), [](QJsonObject &a) {
        a[QStringLiteral("comments")] = QJsonArray{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("rc")},
                        {QStringLiteral("section"), QStringLiteral("part1")},
                        {QStringLiteral("author"), QStringLiteral("Maria Sundin")},
                        {QStringLiteral("createdAt"), QStringLiteral("2025-10-02T14:05:00")},
                        {QStringLiteral("text"), QStringLiteral("Arbetsgruppen saknas.")},
                        {QStringLiteral("resolved"), false}}};
    });
    const QString file = fileOf(document, QStringLiteral("comment"));
    const auto result = runCli({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 0);
    ASSERT_EQ(result.lines().size(), 2) << result.out.toStdString();
    EXPECT_EQ(result.lines().at(1),
              QStringLiteral("a\trc\tcomment-open\tA review comment by Maria Sundin is not "
                             "resolved: “Arbetsgruppen saknas.”"));
    EXPECT_EQ(runCli({QStringLiteral("check"), file, QStringLiteral("--strict")}).exitCode, 3);
}

TEST_F(CliCheckCodesTest, TheNewCodesAreListed)
{
    const QJsonObject document = withAgreement(lawfulDocument(), [](QJsonObject &a) {
        a.remove(QStringLiteral("focusAreas"));
        QJsonObject part1 = a.value(QStringLiteral("part1")).toObject();
        part1.remove(QStringLiteral("purpose"));
        part1[QStringLiteral("coordinators")] =
            QJsonArray{QJsonObject{{QStringLiteral("party"), QStringLiteral("k")},
                                   {QStringLiteral("person"), QStringLiteral("pk")}}};
        a[QStringLiteral("part1")] = part1;
        QJsonArray problems = a.value(QStringLiteral("problems")).toArray();
        QJsonObject problem = problems.at(0).toObject();
        QJsonArray causes = problem.value(QStringLiteral("causes")).toArray();
        QJsonObject cause = causes.at(0).toObject();
        cause.remove(QStringLiteral("perspective"));
        causes[0] = cause;
        problem[QStringLiteral("causes")] = causes;
        problems[0] = problem;
        a[QStringLiteral("problems")] = problems;
        for (const QString &key : {QStringLiteral("goals"), QStringLiteral("measures")}) {
            QJsonArray records = a.value(key).toArray();
            QJsonObject record = records.at(0).toObject();
            record.remove(QStringLiteral("focusArea"));
            records[0] = record;
            a[key] = records;
        }
    });
    const QString file = fileOf(document, QStringLiteral("codes"));
    const auto result = runCli({QStringLiteral("check"), file, QStringLiteral("--strict")});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(codes(result), (QStringList{QStringLiteral("agreement-no-purpose"),
                                          QStringLiteral("agreement-coordinators-one-party"),
                                          QStringLiteral("cause-no-perspective"),
                                          QStringLiteral("agreement-no-focus-areas"),
                                          QStringLiteral("goal-no-focus-area"),
                                          QStringLiteral("measure-no-focus-area")}))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("a\tc\tcause-no-perspective\tCause 1.1 ")))
        << result.out.toStdString();
}

TEST_F(CliCheckCodesTest, WhatTheLawAsksOfTheMunicipalityHasNoAgreement)
{
    // No samordningsfunktion, no lägesbild and no åtgärdsplan: three findings with "-" for
    // the agreement, in the law's order.
    QString file = fileOf(completeDocument(), QStringLiteral("nolaw"));
    auto result = runCli({QStringLiteral("check"), file, QStringLiteral("--strict")});
    EXPECT_EQ(result.exitCode, 3);
    ASSERT_EQ(result.lines().size(), 4) << result.out.toStdString();
    EXPECT_TRUE(
        result.lines().at(1).startsWith(QStringLiteral("-\t-\tlaw-situation-picture-missing\t")));
    EXPECT_TRUE(
        result.lines().at(2).startsWith(QStringLiteral("-\t-\tlaw-measure-plan-missing\t")));
    EXPECT_TRUE(result.lines().at(3).startsWith(
        QStringLiteral("-\t-\tlaw-coordinating-function-missing\t")));

    // Only drafts: not adopted, naming the latest draft.
    QJsonObject document = lawfulDocument();
    QJsonArray editions = document.value(QStringLiteral("situationPictures")).toArray();
    QJsonObject draft = editions.at(0).toObject();
    draft[QStringLiteral("status")] = QStringLiteral("draft");
    document[QStringLiteral("situationPictures")] = QJsonArray{draft};
    file = fileOf(document, QStringLiteral("draft"));
    result = runCli({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 0);
    ASSERT_EQ(result.lines().size(), 2) << result.out.toStdString();
    EXPECT_TRUE(result.lines().at(1).startsWith(
        QStringLiteral("-\tlb\tlaw-situation-picture-not-adopted\t")));

    // Adopted in 2019, due again in 2021: outdated, naming the edition and the date.
    QJsonObject old = editions.at(0).toObject();
    old[QStringLiteral("decidedOn")] = QStringLiteral("2019-03-12");
    document[QStringLiteral("situationPictures")] = QJsonArray{old};
    file = fileOf(document, QStringLiteral("old"));
    result = runCli({QStringLiteral("check"), file});
    ASSERT_EQ(result.lines().size(), 2) << result.out.toStdString();
    EXPECT_TRUE(
        result.lines().at(1).startsWith(QStringLiteral("-\tlb\tlaw-situation-picture-outdated\t")));
    EXPECT_TRUE(result.lines().at(1).contains(QStringLiteral("2021-03-12")))
        << result.out.toStdString();
}

TEST_F(CliCheckCodesTest, ThePlansFindingsNameThePlan)
{
    // A newer lägesbild is adopted, but the plan still rests on the old one; and its one
    // row's measure is no longer aimed at a cause.
    QJsonObject document = withAgreement(lawfulDocument(), [](QJsonObject &a) {
        QJsonArray measures = a.value(QStringLiteral("measures")).toArray();
        QJsonObject m = measures.at(0).toObject();
        m.remove(QStringLiteral("causes"));
        measures[0] = m;
        a[QStringLiteral("measures")] = measures;
    });
    QJsonArray editions = document.value(QStringLiteral("situationPictures")).toArray();
    editions.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("lb2")},
        {QStringLiteral("title"), QStringLiteral("Lägesbild, ny")},
        {QStringLiteral("status"), QStringLiteral("adopted")},
        {QStringLiteral("decidedOn"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}});
    document[QStringLiteral("situationPictures")] = editions;
    const QString file = fileOf(document, QStringLiteral("plan"));
    const auto result = runCli({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 0) << "findings fail only --strict";
    const QStringList lines = result.lines();
    ASSERT_GE(lines.size(), 3) << result.out.toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("-\tap\tlaw-measure-plan-not-current\t")))
        << result.out.toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("Lägesbild, ny")));
    EXPECT_TRUE(
        lines.at(2).startsWith(QStringLiteral("-\tap\tlaw-measure-plan-rows-without-cause\t")))
        << result.out.toStdString();
}
