// Who may do what in the region database is PostgreSQL's own business (issue #17): a
// municipality's publisher replaces only its own rows, an analyst reads everything and
// writes nothing, anyone else reads nothing. A wrong password, an unreachable server and
// a schema from a newer Samverka get a clear message and their exit codes.

#include "CliRunner.h"
#include "RegionTestDatabase.h"

#include "PgConnection.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using samverka::region::PgConnection;
using samverka::region::RegionError;
using samverka::region::test::RegionTestDatabase;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

class RegionSecurityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.ok());
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_EQ(runCli({q("demo"), q("--workspace"), m_dir.path()}).exitCode, 0);
        ASSERT_EQ(runCli({q("region"), q("init"), q("--database"), m_db.conninfo()}).exitCode, 0);
    }

    QString file(const char *name) const { return m_dir.filePath(q(name)); }

    RegionTestDatabase m_db;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RegionSecurityTest, APublisherReplacesOnlyItsOwnMunicipalitysRows)
{
    const QString anna = m_db.login(q("anna"), {q("samverka_publisher_2280")});
    const QString karin = m_db.login(q("karin"), {q("samverka_publisher_2282")});
    const CliResult own = runCli({q("publish"), file("Härnösand.samverka"), q("--database"), anna});
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    ASSERT_EQ(runCli({q("publish"), file("Kramfors.samverka"), q("--database"), karin}).exitCode,
              0);

    // Anna may not publish Kramfors: refused, and Kramfors's rows are Karin's still.
    const CliResult other =
        runCli({q("publish"), file("Kramfors.samverka"), q("--database"), anna});
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.err.contains(q("samverka_publisher_2282"))) << other.err.toStdString();
    EXPECT_TRUE(other.out.isEmpty());

    // Straight SQL does no better: row-level security hides and protects the rows.
    PgConnection asAnna(anna);
    EXPECT_EQ(asAnna.exec(q("SELECT count(DISTINCT municipality) FROM region.measures")).text(0, 0),
              q("1"));
    EXPECT_EQ(asAnna.exec(q("DELETE FROM region.measures WHERE municipality = '2282'")).affected(),
              0);
    try {
        asAnna.exec(q("INSERT INTO region.measures (municipality, agreement_id, id) VALUES "
                      "('2282', 'x', 'planted')"));
        ADD_FAILURE() << "a row of another municipality was written";
    } catch (const RegionError &error) {
        EXPECT_EQ(error.kind(), RegionError::Kind::Permission) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(q("row-level security")))
            << error.message().toStdString();
    }
    // Nor can it forge a publication record, take the next record's id, or rename its
    // municipality: it writes only what a publication sets.
    for (const char *forged :
         {"INSERT INTO region.publications (municipality, document_sha256, published_by) "
          "VALUES ('2280', 'x', 'someone else')",
          "INSERT INTO region.publications (id, municipality, document_sha256) VALUES (100, "
          "'2280', 'x')",
          "SELECT nextval('region.publications_id_seq')",
          "UPDATE region.municipalities SET name = 'Annat', county = 'Annat län' WHERE code = "
          "'2280'"}) {
        try {
            asAnna.exec(q(forged));
            ADD_FAILURE() << "a publisher could: " << forged;
        } catch (const RegionError &error) {
            // Refused for want of the privilege, or (an id) by the identity column first.
            EXPECT_TRUE(error.kind() == RegionError::Kind::Permission ||
                        error.message().contains(q("GENERATED ALWAYS")))
                << forged << ": " << error.message().toStdString();
        }
    }
    const PgConnection &admin = m_db.admin();
    EXPECT_GT(admin.exec(q("SELECT count(*) FROM region.measures WHERE municipality = '2282'"))
                  .text(0, 0)
                  .toInt(),
              0);
    EXPECT_EQ(admin.exec(q("SELECT count(*) FROM region.publications WHERE municipality = '2282'"))
                  .text(0, 0),
              q("1"));
}

TEST_F(RegionSecurityTest, AnAnalystReadsEverythingAndWritesNothingAndOthersReadNothing)
{
    ASSERT_EQ(runCli({q("publish"), file("Härnösand.samverka"), q("--database"), m_db.conninfo()})
                  .exitCode,
              0);
    ASSERT_EQ(runCli({q("publish"), file("Kramfors.samverka"), q("--database"), m_db.conninfo()})
                  .exitCode,
              0);
    const QString lars = m_db.login(q("lars"), {q("samverka_analyst")});
    PgConnection asLars(lars);
    EXPECT_EQ(asLars.exec(q("SELECT count(DISTINCT municipality) FROM region.measures")).text(0, 0),
              q("2"));
    EXPECT_EQ(asLars.exec(q("SELECT count(*) > 0 FROM region.measures_status")).text(0, 0), q("t"));
    for (const char *write :
         {"DELETE FROM region.measures", "UPDATE region.agreements SET title = 'x'",
          "INSERT INTO region.parties (municipality, id) VALUES ('2280', 'x')"}) {
        try {
            asLars.exec(q(write));
            ADD_FAILURE() << "an analyst wrote: " << write;
        } catch (const RegionError &error) {
            EXPECT_EQ(error.kind(), RegionError::Kind::Permission) << write;
        }
    }
    const CliResult publish =
        runCli({q("publish"), file("Härnösand.samverka"), q("--database"), lars});
    EXPECT_EQ(publish.exitCode, 1);

    const QString eve = m_db.login(q("eve"), {});
    PgConnection asEve(eve);
    try {
        asEve.exec(q("SELECT count(*) FROM region.measures"));
        ADD_FAILURE() << "a role without a grant read the region's rows";
    } catch (const RegionError &error) {
        EXPECT_EQ(error.kind(), RegionError::Kind::Permission) << error.message().toStdString();
    }
    const CliResult overview = runCli({q("overview"), q("--database"), eve});
    EXPECT_EQ(overview.exitCode, 1);
    EXPECT_TRUE(overview.out.isEmpty());
}

TEST_F(RegionSecurityTest, AWrongPasswordOrAnUnreachableServerIsToldAndExits1)
{
    const QString anna = m_db.login(q("anna"), {q("samverka_publisher_2280")});
    const CliResult wrong = runCli({q("publish"), file("Härnösand.samverka"), q("--database"),
                                    m_db.withPassword(anna, q("fel"))});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(q("Could not connect to the region database")))
        << wrong.err.toStdString();
    EXPECT_TRUE(wrong.err.contains(q("password authentication failed"))) << wrong.err.toStdString();

    const CliResult away = runCli({q("overview"), q("--database"),
                                   q("host=127.0.0.1 port=1 user=x dbname=x connect_timeout=5")});
    EXPECT_EQ(away.exitCode, 1);
    EXPECT_TRUE(away.err.contains(q("Could not connect"))) << away.err.toStdString();
    EXPECT_TRUE(away.err.contains(q("port 1"))) << away.err.toStdString();
    EXPECT_TRUE(away.out.isEmpty());

    const CliResult notInit =
        runCli({q("overview"), q("--database"),
                RegionTestDatabase::serverConninfo() + q(" dbname=template1")});
    EXPECT_EQ(notInit.exitCode, 1);
    EXPECT_TRUE(notInit.err.contains(q("region init"))) << notInit.err.toStdString();
}

TEST_F(RegionSecurityTest, ASchemaFromANewerSamverkaIsLeftAloneWithExit2)
{
    ASSERT_EQ(runCli({q("publish"), file("Härnösand.samverka"), q("--database"), m_db.conninfo()})
                  .exitCode,
              0);
    m_db.admin().exec(q("INSERT INTO region.schema_version (version) VALUES (99)"));
    const qint64 publications =
        m_db.admin().exec(q("SELECT count(*) FROM region.publications")).text(0, 0).toLongLong();
    for (const QStringList &args :
         {QStringList{q("publish"), file("Härnösand.samverka"), q("--database"), m_db.conninfo()},
          QStringList{q("overview"), q("--database"), m_db.conninfo()},
          QStringList{q("region"), q("init"), q("--database"), m_db.conninfo()}}) {
        const CliResult result = runCli(args);
        SCOPED_TRACE(args.first().toStdString());
        EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(q("newer Samverka"))) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(q("99"))) << result.err.toStdString();
    }
    EXPECT_EQ(
        m_db.admin().exec(q("SELECT count(*) FROM region.publications")).text(0, 0).toLongLong(),
        publications);
}

// TLS is libpq's own: sslmode=require encrypts, verify-full also checks the server's
// certificate against the region's root and its name against the host asked for.
TEST_F(RegionSecurityTest, TlsWithRequireAndVerifyFull)
{
    const QString lars = m_db.login(q("lars"), {q("samverka_analyst")});
    const QString root =
        qEnvironmentVariable("SAMVERKA_TEST_PG_STATE", QStringLiteral(SAMVERKA_TEST_PG_STATE)) +
        q("/root.crt");
    ASSERT_TRUE(QFile::exists(root)) << root.toStdString();
    const auto encrypted = [](const QString &conninfo) {
        return PgConnection(conninfo)
            .exec(q("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
            .text(0, 0);
    };
    EXPECT_EQ(encrypted(lars + q(" sslmode=require")), q("t"));
    const QString verified = lars + q(" host=localhost sslmode=verify-full sslrootcert=") + root;
    EXPECT_EQ(encrypted(verified), q("t"));
    const CliResult overview = runCli({q("overview"), q("--database"), verified});
    EXPECT_EQ(overview.exitCode, 0) << overview.err.toStdString();

    // The certificate names localhost, not the address: verify-full refuses it.
    const CliResult wrongName = runCli(
        {q("overview"), q("--database"), lars + q(" sslmode=verify-full sslrootcert=") + root});
    EXPECT_EQ(wrongName.exitCode, 1);
    EXPECT_TRUE(wrongName.err.contains(q("Could not connect"))) << wrongName.err.toStdString();
    EXPECT_TRUE(wrongName.err.contains(q("does not match host name")))
        << wrongName.err.toStdString();
}
