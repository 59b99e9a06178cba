#pragma once

// A database of its own on the test PostgreSQL server (tests/region/pg-cluster, started by
// CTest's fixture), made for one test and dropped after it, with login roles made on
// request. When the server is not running the test fails, saying how to start it; it is
// never skipped.

#include "PgConnection.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace samverka::region::test {

class RegionTestDatabase
{
public:
    RegionTestDatabase();
    ~RegionTestDatabase();

    bool ok() const { return m_admin != nullptr; }
    /// The superuser's connection string to this database.
    QString conninfo() const { return m_conninfo; }
    /// The superuser's connection to this database.
    PgConnection &admin() const { return *m_admin; }
    /// A login role (its name made unique for the run) that is a member of grants;
    /// returns the connection string as that role.
    QString login(const QString &name, const QStringList &grants);
    /// The demo's police area written into folder (samverka-cli demo --workspace): its
    /// three municipality files, Härnösand, Kramfors and Timrå.
    static QStringList demoWorkspace(const QString &folder);
    /// samverka-cli region init on this database. Fails the test when it fails.
    void init() const;
    /// samverka-cli publish of each file, as the superuser. Fails the test when one fails.
    void publish(const QStringList &files) const;

    /// The connection string with the password replaced.
    QString withPassword(const QString &conninfo, const QString &password) const;

    /// The server's connection string from the fixture, or empty with a failure added.
    static QString serverConninfo();

private:
    QString m_server;
    QString m_name;
    QString m_conninfo;
    QStringList m_roles;
    std::unique_ptr<PgConnection> m_admin;
};

} // namespace samverka::region::test
