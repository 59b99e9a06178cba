#pragma once

// The storage-data tests' common ground: a municipality file in a temporary folder
// made from a small but complete exchange-like data set (two parties, one draft
// agreement with its whole problem picture, action plan and work, a promise set).

#include "Database.h"
#include "ExchangeReader.h"
#include "MunicipalityFile.h"
#include "Statement.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace samverka::storage::datatest {

inline QString q(const char *text)
{
    return QString::fromUtf8(text);
}

/// An exchange document read from a file (a test fixture, the demo).
inline core::MunicipalityData readDocument(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return core::ExchangeReader::read(file.readAll()).data;
}

inline core::Agreement sampleAgreement()
{
    core::Agreement a;
    a.id = q("a1");
    a.title = q("Samverkansöverenskommelse 2024–2027");
    a.parties = {q("p-kommun"), q("p-polis")};
    a.diaryNumbers = {{q("p-kommun"), q("KS 2024/12")}, {q("p-polis"), q("A123.456/2024")}};
    a.validFrom = QDate(2024, 1, 1);
    a.validTo = QDate(2027, 12, 31);
    a.part1.introduction = q("Kommunen och polisen samverkar.");
    a.part1.purpose = q("Öka tryggheten.");
    a.part1.startingPoints = {q("ANDT-strategin"), q("Lag (2023:196)")};
    a.part1.commitments = {{q("c1"), q("p-kommun"), q("Utse samordnare")}};
    a.part2.commitments = {{QString(), q("p-polis"), q("Synlig närvaro")}};
    core::Group steering;
    steering.id = q("g1");
    steering.kind = core::GroupKind::SteeringGroup;
    steering.name = q("Styrgrupp");
    steering.members = {{q("pe-anna"), q("ordförande")}, {q("pe-bo"), QString()}};
    a.part1.groups = {steering};
    a.part1.coordinators = {{q("p-kommun"), q("pe-anna")}, {q("p-polis"), q("pe-bo")}};
    a.part1.reporting = {{core::ReportingTarget::SteeringGroup, 6}};

    core::Problem p1;
    p1.id = q("pr1");
    p1.title = q("Misshandel på torget");
    p1.category = core::ProblemCategory::Crime;
    p1.sources = {core::ProblemSource::CrimeStatistics, core::ProblemSource::SafetyWalk};
    p1.priorityReasons = {core::PriorityReason::Increasing};
    p1.crimeCategories = {q("brott mot liv och hälsa")};
    p1.prioritized = true;
    p1.priority = 1;
    core::Cause c1;
    c1.id = q("ca1");
    c1.number = 1;
    c1.text = q("Alkohol");
    c1.perspective = core::Perspective::Offender;
    core::Cause c2;
    c2.id = q("ca2");
    c2.number = 2;
    c2.text = q("Dålig belysning");
    p1.causes = {c1, c2};
    core::Problem p2;
    p2.id = q("pr2");
    p2.title = q("Skadegörelse");
    core::Cause c3;
    c3.id = q("ca3");
    c3.number = 1;
    c3.text = q("Tristess");
    p2.causes = {c3};
    a.problems = {p1, p2};

    a.focusAreas = {{q("fa1"), q("Tryggt centrum"), q("Bakgrund"), {q("pr1")}, {}}};
    core::Goal g1;
    g1.id = q("go1");
    g1.kind = core::GoalKind::Effect;
    g1.text = q("Färre misshandelsfall");
    g1.problem = q("pr1");
    g1.focusArea = q("fa1");
    g1.indicator = q("Anmälda misshandel");
    g1.baseline = {40.0, QDate(2023, 12, 31)};
    g1.target = {30.0, QDate(2027, 12, 31)};
    core::Goal g2;
    g2.id = q("go2");
    g2.kind = core::GoalKind::Process;
    g2.text = q("Krogtillsyn enligt plan");
    g2.parent = q("go1");
    a.goals = {g1, g2};

    core::Measure m1;
    m1.id = q("m1");
    m1.title = q("Krogtillsyn");
    m1.causes = {q("ca1"), q("ca2")};
    m1.goals = {q("go1")};
    m1.responsible = {q("p-kommun"), q("p-polis")};
    m1.focusArea = q("fa1");
    m1.when = q("varje fredag");
    m1.budgetSek = 50000.0;
    core::Measure m2;
    m2.id = q("m2");
    m2.title = q("Fritidsgårdar");
    m2.causes = {q("ca3")};
    m2.goals = {q("go2")};
    m2.responsible = {q("p-kommun")};
    a.measures = {m1, m2};

    core::FollowUp f1;
    f1.id = q("f1");
    f1.date = QDate(2024, 6, 30);
    f1.kind = core::FollowUpKind::Process;
    f1.measure = q("m1");
    f1.text = q("Genomförd 10 gånger");
    f1.count = 10;
    a.followUps = {f1};

    core::Signature s1;
    s1.id = q("s1");
    s1.person = q("pe-anna");
    s1.name = q("Anna Andersson");
    s1.party = q("p-kommun");
    core::Signature s2;
    s2.name = q("Bo Berg"); // no id, as documents prepared elsewhere often have
    s2.party = q("p-polis");
    a.signatures = {s1, s2};

    core::ReviewComment comment;
    comment.id = q("cm1");
    comment.section = q("part1");
    comment.author = q("Bo Berg");
    comment.text = q("Förtydliga syftet.");
    comment.replies = {{q("Anna Andersson"), q("2024-02-01T10:00:00"), q("Klart.")}};
    a.comments = {comment};
    a.checkItems = {{q("ck1"), 1, q("Första ledningsmötet hållet"), true}};
    return a;
}

inline core::MunicipalityData sampleData()
{
    core::MunicipalityData data;
    data.municipality = {
        q("Härnösand"), q("2280"), q("Västernorrlands län"), q("Mitt"), q("LPO Härnösand"), {}, {}};
    data.parties = {{q("p-kommun"), core::PartyKind::Municipality, q("Härnösands kommun")},
                    {q("p-polis"), core::PartyKind::Police, q("Polismyndigheten")}};
    data.people = {
        {q("pe-anna"), q("Anna Andersson"), q("Samordnare"), q("p-kommun"), QString(), QString()},
        {q("pe-bo"), q("Bo Berg"), q("Kommunpolis"), q("p-polis"), QString(), QString()}};
    data.agreements = {sampleAgreement()};
    core::CitizenPromiseSet set;
    set.id = q("ps1");
    set.title = q("Medborgarlöften 2024");
    set.agreement = q("a1");
    set.fromYear = 2024;
    set.basis = {core::PromiseBasis::CitizenDialogue};
    set.promises = {{q("pm1"),
                     q("Vi finns på torget"),
                     {q("p-polis")},
                     {q("m1")},
                     core::MeasureStatus::Planned}};
    data.citizenPromiseSets = {set};
    data.meetings = {{q("mt1"), q("a1"), q("Styrgrupp"), QDate(2024, 2, 1), q("Anna, Bo"),
                      q("Anteckningar"), q("Beslut")}};
    core::Attachment attachment;
    attachment.id = q("at1");
    attachment.agreement = q("a1");
    attachment.name = q("original.pdf");
    attachment.data = QByteArray("%PDF-1.4 test");
    attachment.hasData = true;
    data.attachments = {attachment};
    data.population = {{QString(), 2023, 25000}};
    return data;
}

class StorageDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(q("test.samverka"));
    }

    std::unique_ptr<MunicipalityFile> makeFile(const core::MunicipalityData &data = sampleData())
    {
        auto file = MunicipalityFile::createFrom(m_path, data);
        file->setClock(&m_clock);
        file->setUserName(q("Testare"));
        return file;
    }

    /// A second connection for raw SQL (checks and tampering).
    std::unique_ptr<Database> raw()
    {
        return std::make_unique<Database>(m_path, Database::Mode::ReadWrite);
    }

    qint64 scalar(const QString &sql)
    {
        auto db = raw();
        Statement st = db->prepare(sql);
        return st.step() ? st.int64(0) : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    core::FixedClock m_clock{QDateTime(QDate(2024, 3, 1), QTime(10, 0))};
};

} // namespace samverka::storage::datatest
