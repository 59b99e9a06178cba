#include "RegionTestDatabase.h"

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

namespace samverka::region::test {

QString RegionTestDatabase::serverConninfo()
{
    const QString state =
        qEnvironmentVariable("SAMVERKA_TEST_PG_STATE", QStringLiteral(SAMVERKA_TEST_PG_STATE));
    QFile file(state + QStringLiteral("/conninfo"));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "The region tests need the test PostgreSQL server, which is not running"
                      << " (no " << state.toStdString()
                      << "/conninfo). Run them through ctest, whose fixture starts it with "
                         "tests/region/pg-cluster, or start it yourself: tests/region/pg-cluster "
                         "start "
                      << state.toStdString() << ".";
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

RegionTestDatabase::RegionTestDatabase()
    : m_server(serverConninfo())
{
    if (m_server.isEmpty())
        return;
    m_name = QStringLiteral("samverka_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    try {
        PgConnection server(m_server);
        server.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        m_conninfo = m_server + QStringLiteral(" dbname=") + m_name;
        m_admin = std::make_unique<PgConnection>(m_conninfo);
    } catch (const RegionError &error) {
        ADD_FAILURE() << "Could not make the test database: " << error.message().toStdString();
    }
}

RegionTestDatabase::~RegionTestDatabase()
{
    m_admin.reset();
    if (m_server.isEmpty() || m_name.isEmpty())
        return;
    try {
        PgConnection server(m_server);
        server.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        for (const QString &role : m_roles)
            server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    } catch (const RegionError &error) {
        ADD_FAILURE() << "Could not drop the test database: " << error.message().toStdString();
    }
}

QString RegionTestDatabase::login(const QString &name, const QStringList &grants)
{
    const QString role = name + u'_' + m_name.mid(14);
    const QString password = QUuid::createUuid().toString(QUuid::Id128).left(16);
    admin().exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password));
    m_roles << role;
    for (const QString &grant : grants)
        admin().exec(QStringLiteral("GRANT %1 TO %2").arg(grant, role));
    return m_conninfo + QStringLiteral(" user=%1 password=%2").arg(role, password);
}

QStringList RegionTestDatabase::demoWorkspace(const QString &folder)
{
    const CliResult demo = runCli({QStringLiteral("demo"), QStringLiteral("--workspace"), folder});
    EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    QStringList files;
    for (const char *name : {"Härnösand.samverka", "Kramfors.samverka", "Timrå.samverka"})
        files << QDir(folder).filePath(QString::fromUtf8(name));
    return files;
}

void RegionTestDatabase::init() const
{
    const CliResult result = runCli({QStringLiteral("region"), QStringLiteral("init"),
                                     QStringLiteral("--database"), m_conninfo});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
}

void RegionTestDatabase::publish(const QStringList &files) const
{
    for (const QString &file : files) {
        const CliResult result =
            runCli({QStringLiteral("publish"), file, QStringLiteral("--database"), m_conninfo});
        EXPECT_EQ(result.exitCode, 0) << file.toStdString() << ": " << result.err.toStdString();
    }
}

QString RegionTestDatabase::withPassword(const QString &conninfo, const QString &password) const
{
    return conninfo + QStringLiteral(" password=") + password;
}

} // namespace samverka::region::test
