// The audit log: who, when (from the injected clock), entity, field, old and new
// value; newest first; and a log row never outlives a rolled-back change.

#include "InfraTestSupport.h"

#include "AuditLog.h"
#include "Transaction.h"

#include <QTemporaryDir>

using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

class AuditLogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("audit.samverka"));
        makeValidFile(m_path);
        m_db = std::make_unique<Database>(m_path, Database::Mode::ReadWrite);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    samverka::core::FixedClock m_clock{QDateTime(QDate(2024, 11, 5), QTime(14, 3, 7, 250))};
};

} // namespace

TEST_F(AuditLogTest, RecordsWhoWhenWhatAndBothValues)
{
    AuditLog log(*m_db, m_clock);
    log.setUserName(QStringLiteral("Anna Samordnare"));
    log.record(QStringLiteral("measure"), QStringLiteral("m-1"), QStringLiteral("title"),
               QStringLiteral("Trygghetsvandring"), QStringLiteral("Trygghetsvandring i centrum"));
    m_clock.set(QDateTime(QDate(2024, 11, 5), QTime(14, 4, 0)));
    log.record(QStringLiteral("measure"), QStringLiteral("m-2"), QString(), QString(),
               QStringLiteral("{\"id\":\"m-2\"}"));

    const QList<AuditEntry> entries = log.entries(10);
    ASSERT_EQ(entries.size(), 2);
    // Newest first.
    EXPECT_EQ(entries.at(0).recordId, QStringLiteral("m-2"));
    EXPECT_TRUE(entries.at(0).field.isEmpty());
    EXPECT_TRUE(entries.at(0).oldValue.isNull());
    EXPECT_EQ(entries.at(0).at, QDateTime(QDate(2024, 11, 5), QTime(14, 4, 0)));

    const AuditEntry &first = entries.at(1);
    EXPECT_GT(first.id, 0);
    EXPECT_EQ(first.at, QDateTime(QDate(2024, 11, 5), QTime(14, 3, 7, 250)));
    EXPECT_EQ(first.user, QStringLiteral("Anna Samordnare"));
    EXPECT_EQ(first.entity, QStringLiteral("measure"));
    EXPECT_EQ(first.field, QStringLiteral("title"));
    EXPECT_EQ(first.oldValue, QStringLiteral("Trygghetsvandring"));
    EXPECT_EQ(first.newValue, QStringLiteral("Trygghetsvandring i centrum"));

    // Stored in UTC, so colleagues in other time settings read the same instant.
    Statement raw = m_db->prepare(QStringLiteral("SELECT at FROM audit_log ORDER BY id LIMIT 1"));
    ASSERT_TRUE(raw.step());
    EXPECT_TRUE(raw.text(0).endsWith(QLatin1Char('Z'))) << raw.text(0).toStdString();
}

TEST_F(AuditLogTest, WithoutAConfiguredNameTheSystemUserIsRecorded)
{
    AuditLog log(*m_db, m_clock);
    EXPECT_FALSE(log.userName().isEmpty());
    const QString systemUser = qEnvironmentVariable("USER");
    if (!systemUser.isEmpty()) {
        EXPECT_EQ(log.userName(), systemUser);
    }
    log.setUserName(QStringLiteral("  "));
    EXPECT_FALSE(log.userName().trimmed().isEmpty());
    log.setUserName(QStringLiteral("Kommunpolisen"));
    EXPECT_EQ(log.userName(), QStringLiteral("Kommunpolisen"));
}

TEST_F(AuditLogTest, ALogRowIsRolledBackWithItsChange)
{
    AuditLog log(*m_db, m_clock);
    {
        Transaction transaction(*m_db);
        m_db->exec(QStringLiteral("UPDATE municipality SET name = 'Ånge'"));
        log.record(QStringLiteral("municipality"), QString(), QStringLiteral("name"),
                   QStringLiteral("Härnösand"), QStringLiteral("Ånge"));
    }
    EXPECT_TRUE(log.entries(10).isEmpty());
}

TEST_F(AuditLogTest, TheLimitKeepsTheNewest)
{
    AuditLog log(*m_db, m_clock);
    for (int i = 0; i < 5; ++i)
        log.record(QStringLiteral("party"), QString::number(i), QStringLiteral("name"), {}, {});
    const QList<AuditEntry> entries = log.entries(2);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).recordId, QStringLiteral("4"));
    EXPECT_EQ(entries.at(1).recordId, QStringLiteral("3"));
    EXPECT_EQ(log.entries(0).size(), 5);
}
