// The overview of many municipality files (issue #16): each file is read without a
// change, a backup, a migration, a recovery or a lock kept, and a file that cannot be read
// gets a row of its own with a word for why, without stopping the others.

#include "OverviewReader.h"

#include "Database.h"
#include "MunicipalityFile.h"

#include "AgreementFacts.h"
#include "ExchangeReader.h"
#include "OverviewRowBuilder.h"

#include "HotJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace samverka;
using namespace samverka::storage;
using State = core::OverviewState;

namespace {

const QDate december2026(2026, 12, 6);
const QDate june2022(2022, 6, 1);

core::MunicipalityData demoData()
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return core::ExchangeReader::read(file.readAll()).data;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

OverviewReader quickReader()
{
    OverviewReader::Settings settings;
    settings.busyTimeoutMs = 200;
    return OverviewReader(settings);
}

/// The row as built from the whole file, read the ordinary way: what the reader's heads,
/// whole agreements in force and one read transaction must add up to.
core::OverviewRow rowFromWholeFile(const QString &path, const QDate &today)
{
    MunicipalityFile::OpenOptions options;
    options.readOnly = true;
    options.backupOnOpen = false;
    auto file = MunicipalityFile::open(path, options);
    core::OverviewInput in;
    in.source = path;
    in.law = file->lawInput();
    const core::MunicipalityData data = file->load(LoadOptions{false, StatisticsRows::None});
    in.agreements = data.agreements;
    in.promiseSets = data.citizenPromiseSets;
    for (const core::Agreement &a : data.agreements)
        for (const core::Problem &p : a.problems) {
            if (p.confidential)
                in.confidentialIds.insert(p.id);
            for (const core::Cause &c : p.causes)
                if (c.confidential)
                    in.confidentialIds.insert(c.id);
        }
    const QList<AuditEntry> last = file->auditLog(1);
    if (!last.isEmpty()) {
        in.lastChangeAt = last.first().at;
        in.lastChangeBy = last.first().user;
    }
    return core::OverviewRowBuilder::build(in, today);
}

class OverviewReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("Härnösand.samverka"));
        auto file = MunicipalityFile::createFrom(m_demo, demoData());
        file->setSessionUserName(QStringLiteral("Anna Berg"));
        const QString id = file->agreements().constLast().id;
        file->setField(RecordKind::Agreement, id, QStringLiteral("decidedBy"),
                       QStringLiteral("Kommunstyrelsen"));
    }

    QString copyOfDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(QFile::copy(m_demo, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

} // namespace

TEST_F(OverviewReaderTest, ReadsTheDemoAndLeavesNoTrace)
{
    const QByteArray bytes = readBytes(m_demo);
    const QDateTime modified = QFileInfo(m_demo).lastModified();
    const QStringList before = entries(m_dir.path());

    const core::OverviewRow row = OverviewReader().row(m_demo, december2026);

    ASSERT_EQ(row.state, State::Ok) << row.message.toStdString();
    EXPECT_EQ(row.source, m_demo);
    EXPECT_EQ(row.municipality, QStringLiteral("Härnösand"));
    EXPECT_EQ(row.code, QStringLiteral("2280"));
    // No agreement is in force at the end of 2026: the 2024–2027 draft is the current one.
    EXPECT_TRUE(row.agreementTitle.endsWith(QStringLiteral("2024–2027")));
    EXPECT_EQ(row.agreementStatus, core::AgreementStatus::Draft);
    EXPECT_FALSE(row.inForce);
    EXPECT_EQ(row.validFrom, QDate(2024, 1, 1));
    EXPECT_EQ(row.validTo, QDate(2027, 12, 31));
    EXPECT_TRUE(row.hasPromises);
    EXPECT_EQ(row.promisesFromYear, 2025);
    EXPECT_EQ(row.promisesToYear, 2026);
    EXPECT_EQ(row.followUpsDue, 0) << "no agreement in force makes reports due";
    EXPECT_EQ(row.lastChangeBy, QStringLiteral("Anna Berg"));
    EXPECT_TRUE(row.lastChangeAt.isValid());
    EXPECT_EQ(row.lastChangeAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(row, rowFromWholeFile(m_demo, december2026));

    EXPECT_EQ(readBytes(m_demo), bytes) << "the file was changed";
    EXPECT_EQ(QFileInfo(m_demo).lastModified(), modified);
    EXPECT_EQ(entries(m_dir.path()), before) << "a journal or a copy appeared";

    // No lock is kept: another connection gets the exclusive lock without waiting.
    Database other(m_demo, Database::Mode::ReadWrite, 0);
    EXPECT_NO_THROW(other.exec(QStringLiteral("BEGIN EXCLUSIVE; COMMIT;")));
}

TEST_F(OverviewReaderTest, TodayDecidesTheAgreementInForceAndWhatIsLateAndDue)
{
    const core::OverviewRow then = OverviewReader().row(m_demo, june2022);
    const core::OverviewRow now = OverviewReader().row(m_demo, december2026);
    ASSERT_TRUE(then.isOk() && now.isOk());

    EXPECT_TRUE(then.agreementTitle.endsWith(QStringLiteral("2021–2023")));
    EXPECT_EQ(then.agreementStatus, core::AgreementStatus::Signed);
    EXPECT_TRUE(then.inForce);
    EXPECT_EQ(then.promisesFromYear, 2022);
    EXPECT_NE(then.measuresLate, now.measuresLate);
    EXPECT_EQ(then, rowFromWholeFile(m_demo, june2022));
    EXPECT_EQ(now, rowFromWholeFile(m_demo, december2026));
}

TEST_F(OverviewReaderTest, ConfidentialMeasuresAreNotCounted)
{
    const core::OverviewRow before = OverviewReader().row(m_demo, december2026);
    ASSERT_GT(before.measuresLate, 0);
    {
        auto file = MunicipalityFile::open(m_demo);
        QString late;
        for (const core::Agreement &a : file->agreements())
            for (const core::Measure &m : a.measures)
                if (!a.isSigned() && !m.confidential &&
                    core::AgreementFacts::isLate(m, december2026)) // a draft's: not frozen
                    late = m.id;
        ASSERT_FALSE(late.isEmpty());
        file->setField(RecordKind::Measure, late, QStringLiteral("confidential"), true);
    }
    const core::OverviewRow after = OverviewReader().row(m_demo, december2026);
    EXPECT_EQ(after.measuresLate, before.measuresLate - 1);
    EXPECT_EQ(after, rowFromWholeFile(m_demo, december2026));
}

TEST_F(OverviewReaderTest, EveryFileGetsItsRowAndNoneStopsTheOthers)
{
    const QString missing = m_dir.filePath(QStringLiteral("Sorsele.samverka"));

    const QString locked = copyOfDemo(QStringLiteral("Storuman.samverka"));
    Database holder(locked, Database::Mode::ReadWrite, 0);
    holder.exec(QStringLiteral("BEGIN EXCLUSIVE"));

    const QString damaged = copyOfDemo(QStringLiteral("Lycksele.samverka"));
    {
        QFile file(damaged);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(file.size() / 2 + 100)); // cut short, mid-page
    }

    const QString newer = copyOfDemo(QStringLiteral("Vilhelmina.samverka"));
    {
        Database db(newer, Database::Mode::ReadWrite);
        db.exec(QStringLiteral("PRAGMA user_version = 99"));
    }

    const QString interrupted = copyOfDemo(QStringLiteral("Åsele.samverka"));
    samverka::testing::makeHotJournal(interrupted);

    const QString foreign = m_dir.filePath(QStringLiteral("Dorotea.samverka"));
    {
        Database db(foreign, Database::Mode::Create);
        db.exec(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
    }

    const QStringList paths{missing, locked, damaged, newer, interrupted, foreign, m_demo};
    const QByteArray interruptedBytes = readBytes(interrupted);
    const QList<core::OverviewRow> rows = quickReader().rows(paths, december2026);
    holder.exec(QStringLiteral("COMMIT"));

    ASSERT_EQ(rows.size(), paths.size());
    const QList<State> expected{
        State::Missing,       State::Locked,      State::Damaged, State::NewerVersion,
        State::NeedsRecovery, State::NotSamverka, State::Ok};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(paths.at(i).toStdString());
        EXPECT_EQ(rows.at(i).source, paths.at(i));
        EXPECT_EQ(core::overviewWord(rows.at(i).state), core::overviewWord(expected.at(i)))
            << rows.at(i).message.toStdString();
        if (rows.at(i).isOk())
            continue;
        EXPECT_TRUE(rows.at(i).message.contains(QFileInfo(paths.at(i)).fileName()))
            << "the message names the file: " << rows.at(i).message.toStdString();
        EXPECT_TRUE(rows.at(i).municipality.isEmpty());
    }
    EXPECT_EQ(rows.constLast(), OverviewReader().row(m_demo, december2026));
    EXPECT_EQ(readBytes(interrupted), interruptedBytes) << "no recovery by the overview";
    EXPECT_TRUE(QFile::exists(interrupted + QStringLiteral("-journal")));
    EXPECT_FALSE(QFile::exists(missing)) << "a missing file is not created";
}

TEST_F(OverviewReaderTest, AnOlderFileIsReadFromACopyAndNotUpdated)
{
    const QString path = m_dir.filePath(QStringLiteral("Malå.samverka"));
    {
        QFile schema(QStringLiteral(":/sql/schema_v1.sql"));
        ASSERT_TRUE(schema.open(QIODevice::ReadOnly));
        Database db(path, Database::Mode::Create);
        db.exec(QString::fromUtf8(schema.readAll()));
        db.exec(
            QStringLiteral("PRAGMA application_id = 1396788566; PRAGMA user_version = 1;"
                           "INSERT INTO municipality (id, name, code) VALUES (1, 'Malå', '2418');"
                           "INSERT INTO audit_log (at, user, entity) VALUES "
                           "('2019-03-04T05:06:07.000Z', 'Bo', 'municipality');"));
    }
    const QByteArray bytes = readBytes(path);
    const QStringList before = entries(m_dir.path());

    const core::OverviewRow row = OverviewReader().row(path, december2026);

    ASSERT_EQ(row.state, State::Ok) << row.message.toStdString();
    EXPECT_EQ(row.municipality, QStringLiteral("Malå"));
    EXPECT_TRUE(row.agreementId.isEmpty());
    EXPECT_EQ(row.situationPicture, core::SituationPictureState::Missing);
    EXPECT_EQ(row.lastChangeBy, QStringLiteral("Bo"));
    EXPECT_EQ(row.lastChangeAt, QDateTime(QDate(2019, 3, 4), QTime(5, 6, 7), Qt::UTC));
    EXPECT_EQ(readBytes(path), bytes) << "an older file is never updated by the overview";
    EXPECT_EQ(entries(m_dir.path()), before);
}
