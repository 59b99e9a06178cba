// samverka-cli region init and publish against a real PostgreSQL (issue #17): the
// published rows equal the exchange export with the confidential records (and what
// belongs to them) left out; a second publication replaces the first and both records
// stay; a publication killed midway leaves the previous one whole.

#include "CliRunner.h"
#include "ExchangeEdit.h"
#include "RegionTestDatabase.h"

#include "PgConnection.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using samverka::region::PgConnection;
using samverka::region::PgResult;
using samverka::region::test::RegionTestDatabase;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 count(const PgConnection &db, const QString &sql, const QVariantList &params = {})
{
    return db.exec(sql, params).text(0, 0).toLongLong();
}

class RegionPublishTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.ok());
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(q("Härnösand.samverka"));
        const CliResult demo = runCli({q("demo"), q("--output"), m_file});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const CliResult init = runCli({q("region"), q("init"), q("--database"), m_db.conninfo()});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        EXPECT_TRUE(init.out.contains(q("version 1"))) << init.out.toStdString();
    }

    /// The exchange export of the file, as JSON.
    QJsonObject exported() const
    {
        const QString json = m_dir.filePath(q("export.json"));
        EXPECT_EQ(runCli({q("export"), m_file, q("--output"), json}).exitCode, 0);
        QFile f(json);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    CliResult publish() const
    {
        return runCli({q("publish"), m_file, q("--database"), m_db.conninfo()});
    }

    RegionTestDatabase m_db;
    QTemporaryDir m_dir;
    QString m_file;
};

} // namespace

TEST_F(RegionPublishTest, ThePublishedRowsAreTheExportWithoutWhatIsConfidential)
{
    ASSERT_EQ(samverka::testsupport::makeMeasuresConfidential(m_file, q("Bättre belysning")), 1);
    const CliResult result = publish();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(q("Published Härnösand (2280)"))) << result.out.toStdString();

    const QJsonObject doc = exported();
    int agreements = 0, measures = 0, secretMeasures = 0, causes = 0, secretCauses = 0,
        followUps = 0, secretFollowUps = 0;
    QStringList hidden;
    for (const QJsonValue &a : doc.value(q("agreements")).toArray()) {
        ++agreements;
        QStringList secretMeasureIds;
        for (const QJsonValue &m : a.toObject().value(q("measures")).toArray()) {
            ++measures;
            if (m.toObject().value(q("confidential")).toBool()) {
                ++secretMeasures;
                secretMeasureIds << m.toObject().value(q("id")).toString();
            }
        }
        for (const QJsonValue &p : a.toObject().value(q("problems")).toArray()) {
            const bool secretProblem = p.toObject().value(q("confidential")).toBool();
            for (const QJsonValue &c : p.toObject().value(q("causes")).toArray()) {
                ++causes;
                if (secretProblem || c.toObject().value(q("confidential")).toBool()) {
                    ++secretCauses;
                    hidden << c.toObject().value(q("id")).toString();
                }
            }
        }
        for (const QJsonValue &f : a.toObject().value(q("followUps")).toArray()) {
            ++followUps;
            if (secretMeasureIds.contains(f.toObject().value(q("measure")).toString()))
                ++secretFollowUps;
        }
        hidden << secretMeasureIds;
    }
    ASSERT_EQ(secretMeasures, 1);
    ASSERT_GE(secretCauses, 1) << "the demo has a confidential cause";
    ASSERT_GE(secretFollowUps, 1) << "the confidential measure has follow-ups";

    const PgConnection &db = m_db.admin();
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.agreements")), agreements);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.measures")), measures - secretMeasures);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.causes")), causes - secretCauses);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.follow_ups")), followUps - secretFollowUps);
    for (const QString &id : hidden) {
        EXPECT_EQ(count(db, q("SELECT count(*) FROM region.measures WHERE id = $1"), {id}), 0);
        EXPECT_EQ(count(db, q("SELECT count(*) FROM region.causes WHERE id = $1"), {id}), 0);
        EXPECT_EQ(
            count(db, q("SELECT count(*) FROM region.measure_causes WHERE cause_id = $1"), {id}),
            0);
        EXPECT_EQ(
            count(db, q("SELECT count(*) FROM region.review_comments WHERE section = $1"), {id}),
            0);
    }
    // Every published measure's fields as the export has them.
    int compared = 0;
    for (const QJsonValue &a : doc.value(q("agreements")).toArray())
        for (const QJsonValue &value : a.toObject().value(q("measures")).toArray()) {
            const QJsonObject m = value.toObject();
            if (m.value(q("confidential")).toBool())
                continue;
            const PgResult row =
                db.exec(q("SELECT title, status, coalesce(end_date::text, ''), "
                          "coalesce(when_text, '') FROM region.measures WHERE "
                          "id = $1 AND agreement_id = $2"),
                        {m.value(q("id")).toString(), a.toObject().value(q("id")).toString()});
            ASSERT_EQ(row.rows(), 1) << m.value(q("id")).toString().toStdString();
            EXPECT_EQ(row.text(0, 0), m.value(q("title")).toString());
            EXPECT_EQ(row.text(0, 1), m.value(q("status")).toString());
            EXPECT_EQ(row.text(0, 2), m.value(q("end")).toString());
            EXPECT_EQ(row.text(0, 3), m.value(q("when")).toString());
            ++compared;
        }
    EXPECT_EQ(compared, measures - secretMeasures);
    // The law's records and the meetings, as many as the export has that may be sent.
    int planRows = 0, ratings = 0, sections = 0, situationProblems = 0;
    for (const QJsonValue &p : doc.value(q("measurePlans")).toArray())
        for (const QJsonValue &r : p.toObject().value(q("rows")).toArray()) {
            const QJsonObject row = r.toObject();
            if (row.value(q("confidential")).toBool() ||
                hidden.contains(row.value(q("measure")).toString()))
                continue;
            ++planRows;
            ratings += int(row.value(q("ratings")).toArray().size());
        }
    for (const QJsonValue &e : doc.value(q("situationPictures")).toArray()) {
        for (const QJsonValue &x : e.toObject().value(q("sections")).toArray())
            sections += !x.toObject().value(q("confidential")).toBool();
        for (const QJsonValue &x : e.toObject().value(q("problems")).toArray())
            situationProblems += !x.toObject().value(q("confidential")).toBool();
    }
    ASSERT_GT(planRows, 0);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.plan_rows")), planRows);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.plan_ratings")), ratings);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.situation_sections")), sections);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.situation_problems")), situationProblems);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.situation_sections WHERE title = "
                          "'Polisens lägesbild'")),
              0)
        << "the demo's confidential section";
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.meetings")),
              doc.value(q("meetings")).toArray().size());
    const QJsonObject firstPart1 =
        doc.value(q("agreements")).toArray().first().toObject().value(q("part1")).toObject();
    EXPECT_EQ(db.exec(q("SELECT introduction FROM region.agreements ORDER BY position LIMIT 1"))
                  .text(0, 0),
              firstPart1.value(q("introduction")).toString());

    // Of the statistics, only the municipality's own rows.
    int own = 0;
    for (const QJsonValue &s : doc.value(q("crimeStatistics")).toArray())
        own += s.toObject().value(q("municipalityCode")).toString() == q("2280");
    EXPECT_GT(own, 0);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.crime_statistics")), own);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.crime_statistics WHERE municipality <> "
                          "'2280'")),
              0);
    // The publication record: from which file, and the exchange document's SHA-256.
    const PgResult record = db.exec(
        q("SELECT source_file, length(document_sha256), published_by, last_change_at IS NOT "
          "NULL FROM region.publications"));
    ASSERT_EQ(record.rows(), 1);
    EXPECT_EQ(record.text(0, 0), QDir(m_dir.path()).filePath(q("Härnösand.samverka")));
    EXPECT_EQ(record.text(0, 1), q("64"));
    EXPECT_EQ(record.text(0, 3), q("t"));
    // The municipality's police area, for the overview's filters.
    EXPECT_EQ(db.exec(q("SELECT local_police_area FROM region.municipalities WHERE code = "
                        "'2280'"))
                  .text(0, 0),
              q("Lokalpolisområde Härnösand"));
}

// A lägesbild's confidential problem is not sent, nor an åtgärdsplan row's link to it.
TEST_F(RegionPublishTest, ALinkToAConfidentialLagesbildProblemIsNotSent)
{
    ASSERT_EQ(publish().exitCode, 0);
    const PgConnection &db = m_db.admin();
    QString secret;
    samverka::testsupport::editDocument(m_file, [&](QJsonObject &root) {
        QJsonArray plans = root.value(q("measurePlans")).toArray();
        for (const QJsonValue &p : plans)
            for (const QJsonValue &r : p.toObject().value(q("rows")).toArray())
                for (const QJsonValue &problem : r.toObject().value(q("problems")).toArray())
                    if (secret.isEmpty())
                        secret = problem.toString();
        QJsonArray editions = root.value(q("situationPictures")).toArray();
        for (qsizetype e = 0; e < editions.size(); ++e) {
            QJsonObject edition = editions.at(e).toObject();
            QJsonArray problems = edition.value(q("problems")).toArray();
            for (qsizetype i = 0; i < problems.size(); ++i) {
                QJsonObject problem = problems.at(i).toObject();
                if (problem.value(q("id")).toString() == secret)
                    problem.insert(q("confidential"), true);
                problems[i] = problem;
            }
            edition.insert(q("problems"), problems);
            editions[e] = edition;
        }
        root.insert(q("situationPictures"), editions);
    });
    ASSERT_FALSE(secret.isEmpty()) << "the demo's plan rows are aimed at lägesbild problems";
    const QString linkSql =
        q("SELECT count(*) FROM region.plan_row_problems WHERE problem_id = $1");
    const QString problemSql = q("SELECT count(*) FROM region.situation_problems WHERE id = $1");
    EXPECT_EQ(count(db, linkSql, {secret}), 1) << "sent while it was not confidential";
    EXPECT_EQ(count(db, problemSql, {secret}), 1);
    ASSERT_EQ(publish().exitCode, 0);
    EXPECT_EQ(count(db, problemSql, {secret}), 0);
    EXPECT_EQ(count(db, linkSql, {secret}), 0);
    EXPECT_GT(count(db, q("SELECT count(*) FROM region.plan_rows")), 0) << "the row itself is";
}

TEST_F(RegionPublishTest, ASecondPublicationReplacesTheFirstAndBothRecordsStay)
{
    ASSERT_EQ(publish().exitCode, 0);
    const PgConnection &db = m_db.admin();
    const qint64 before = count(db, q("SELECT count(*) FROM region.measures"));
    // Two measures fewer in the file, then published again.
    ASSERT_EQ(samverka::testsupport::makeMeasuresConfidential(m_file, q("Bättre belysning")), 1);
    const CliResult again = publish();
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.measures")), before - 1);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.publications")), 2);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.latest_publications")), 1);
    // No row twice: each key once.
    EXPECT_EQ(count(db, q("SELECT count(*) - count(DISTINCT id) FROM region.measures")), 0);
}

TEST_F(RegionPublishTest, APublicationKilledMidwayLeavesThePreviousOneWhole)
{
    ASSERT_EQ(publish().exitCode, 0);
    const PgConnection &db = m_db.admin();
    const qint64 measures = count(db, q("SELECT count(*) FROM region.measures"));
    ASSERT_GT(measures, 0);
    ASSERT_EQ(samverka::testsupport::editMeasures(m_file,
                                                  [](QJsonObject &measure) {
                                                      measure.insert(q("title"), q("Ändrad"));
                                                      return true;
                                                  }),
              int(measures));

    // Hold the publication records, which a publication writes last: the second
    // publication replaces every row in its transaction, then waits here, and is killed.
    PgConnection holder(m_db.conninfo());
    holder.script(q("BEGIN; LOCK TABLE region.publications IN ACCESS EXCLUSIVE MODE"));
    QProcess cli;
    cli.start(q(SAMVERKA_CLI_PATH), {q("publish"), m_file, q("--database"), m_db.conninfo()});
    ASSERT_TRUE(cli.waitForStarted());
    bool waiting = false;
    for (int i = 0; i < 400 && !waiting; ++i) {
        QThread::msleep(25);
        waiting = count(db, q("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                              "current_database() AND wait_event_type = 'Lock' AND query LIKE "
                              "'INSERT INTO region.publications%'")) > 0;
    }
    ASSERT_TRUE(waiting) << "the second publication never reached its last step";
    cli.kill();
    ASSERT_TRUE(cli.waitForFinished());
    holder.script(q("COMMIT"));
    // The server rolls the killed connection's transaction back.
    for (int i = 0; i < 400; ++i) {
        if (count(db, q("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND query LIKE 'INSERT INTO region.publications%'")) ==
            0)
            break;
        QThread::msleep(25);
    }
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.measures")), measures);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.measures WHERE title = 'Ändrad'")), 0);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.publications")), 1);

    // The next publication goes through.
    ASSERT_EQ(publish().exitCode, 0);
    EXPECT_EQ(count(db, q("SELECT count(*) FROM region.measures WHERE title = 'Ändrad'")),
              measures);
}
