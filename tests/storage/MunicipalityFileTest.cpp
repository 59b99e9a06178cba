// The facade's file handling: create and createFrom (atomic, never over an existing
// file unless asked), open with backups, read-only reasons that refuse every write,
// the configured user name, the injected clock, and noticing a colleague's commits.

#include "InfraTestSupport.h"

#include "MunicipalityFile.h"
#include "StorageError.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <thread>

using namespace samverka;
using namespace samverka::storage;
using namespace samverka::storage::testing;
using Kind = StorageError::Kind;

namespace {

core::Municipality storuman()
{
    core::Municipality municipality;
    municipality.name = QStringLiteral("Storuman");
    municipality.code = QStringLiteral("2421");
    municipality.county = QStringLiteral("Västerbottens län");
    municipality.localPoliceArea = QStringLiteral("LPO Lycksele");
    return municipality;
}

core::MunicipalityData exchangeDocument()
{
    core::MunicipalityData data;
    data.municipality = storuman();
    core::Party municipality;
    municipality.id = QStringLiteral("p-kommun");
    municipality.kind = core::PartyKind::Municipality;
    municipality.name = QStringLiteral("Storumans kommun");
    core::Party police;
    police.id = QStringLiteral("p-polis");
    police.kind = core::PartyKind::Police;
    police.name = QStringLiteral("Polismyndigheten, LPO Lycksele");
    data.parties = {municipality, police};
    return data;
}

class MunicipalityFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_path = m_dir.filePath(QStringLiteral("Storuman.samverka"));
        m_options.backupDir = m_backups.path();
    }

    template <typename Write> void expectReadOnlyRefusal(MunicipalityFile &file, Write write)
    {
        try {
            write(file);
            ADD_FAILURE() << "a read-only file accepted a write";
        } catch (const StorageError &error) {
            EXPECT_EQ(error.kind(), Kind::ReadOnly);
            EXPECT_TRUE(error.message().contains(QStringLiteral("Storuman.samverka")));
        }
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    QString m_path;
    MunicipalityFile::OpenOptions m_options;
};

} // namespace

TEST_F(MunicipalityFileTest, CreateMakesAFileThatIsOursAndOpensAgain)
{
    {
        auto file = MunicipalityFile::create(m_path, storuman());
        EXPECT_EQ(file->path(), m_path);
        EXPECT_FALSE(file->isReadOnly());
        EXPECT_EQ(file->readOnlyReason(), MunicipalityFile::ReadOnlyReason::None);
        EXPECT_EQ(file->schemaVersion(), fileformat::schemaVersion);
        EXPECT_FALSE(file->wasMigrated());
        EXPECT_TRUE(file->lastBackupPath().isEmpty()) << "a new file needs no backup";
        EXPECT_EQ(file->municipality(), storuman());
        EXPECT_EQ(file->integrityCheck(), QStringLiteral("ok"));
        EXPECT_FALSE(file->auditLog().isEmpty()) << "creating the file is logged";
    }
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("Storuman.samverka")});
    {
        Database db(m_path, Database::Mode::ReadOnly);
        EXPECT_EQ(pragma(db, QStringLiteral("application_id")), 0x53414D56);
        EXPECT_EQ(pragma(db, QStringLiteral("user_version")), fileformat::schemaVersion);
        Statement mode = db.prepare(QStringLiteral("PRAGMA journal_mode"));
        ASSERT_TRUE(mode.step());
        EXPECT_EQ(mode.text(0), QStringLiteral("delete"));
    }
    auto reopened = MunicipalityFile::open(m_path, m_options);
    EXPECT_EQ(reopened->municipality().name, QStringLiteral("Storuman"));
    EXPECT_TRUE(QFile::exists(reopened->lastBackupPath()));
    EXPECT_TRUE(reopened->lastBackupPath().startsWith(m_backups.path()));
}

TEST_F(MunicipalityFileTest, CreateRefusesAnExistingPathAndLeavesItAlone)
{
    writeBytes(m_path, "someone's notes");
    const QByteArray before = sha256(m_path);
    try {
        MunicipalityFile::create(m_path, storuman());
        FAIL() << "created over an existing file";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::AlreadyExists);
    }
    EXPECT_EQ(sha256(m_path), before);
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("Storuman.samverka")});
}

TEST_F(MunicipalityFileTest, CreateInAMissingFolderFailsWithoutMakingIt)
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere/Storuman.samverka"));
    EXPECT_THROW(MunicipalityFile::create(path, storuman()), StorageError);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
}

TEST_F(MunicipalityFileTest, CreateFromWritesTheDocumentInOneGo)
{
    auto file = MunicipalityFile::createFrom(m_path, exchangeDocument());
    EXPECT_EQ(file->municipality(), storuman());
    EXPECT_EQ(file->parties().size(), 2);
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("Storuman.samverka")});
}

TEST_F(MunicipalityFileTest, CreateFromReplacesAFileOnlyWhenAllowed)
{
    MunicipalityFile::create(m_path, storuman());
    const QByteArray before = sha256(m_path);
    try {
        MunicipalityFile::createFrom(m_path, exchangeDocument());
        FAIL() << "replaced a file without permission";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::AlreadyExists);
    }
    EXPECT_EQ(sha256(m_path), before);

    auto file = MunicipalityFile::createFrom(m_path, exchangeDocument(), true);
    EXPECT_EQ(file->parties().size(), 2);
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("Storuman.samverka")});
}

TEST_F(MunicipalityFileTest, AFailedCreateFromLeavesTheOldFileAndNoPartialFile)
{
    MunicipalityFile::create(m_path, storuman());
    const QByteArray before = sha256(m_path);
    core::MunicipalityData broken = exchangeDocument();
    broken.parties.append(broken.parties.first()); // the same id twice
    EXPECT_THROW(MunicipalityFile::createFrom(m_path, broken, true), StorageError);
    EXPECT_EQ(sha256(m_path), before);
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("Storuman.samverka")});

    const QString fresh = m_dir.filePath(QStringLiteral("fresh.samverka"));
    EXPECT_THROW(MunicipalityFile::createFrom(fresh, broken), StorageError);
    EXPECT_FALSE(QFileInfo::exists(fresh));
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("Storuman.samverka")});
}

TEST_F(MunicipalityFileTest, OpeningRefusalsComeThroughTheFacade)
{
    try {
        MunicipalityFile::open(m_path, m_options);
        FAIL() << "opened a missing file";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::NotFound);
    }
    EXPECT_FALSE(QFileInfo::exists(m_path));
    writeBytes(m_path, {});
    try {
        MunicipalityFile::open(m_path, m_options);
        FAIL() << "opened an empty file";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::NotSqlite);
    }
    EXPECT_EQ(QFileInfo(m_path).size(), 0);
}

TEST_F(MunicipalityFileTest, ANewerFileRefusesEveryWriteWithTheReason)
{
    MunicipalityFile::create(m_path, storuman());
    {
        Database db(m_path, Database::Mode::ReadWrite);
        db.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const QByteArray before = sha256(m_path);
    auto file = MunicipalityFile::open(m_path, m_options);
    EXPECT_TRUE(file->isReadOnly());
    EXPECT_EQ(file->readOnlyReason(), MunicipalityFile::ReadOnlyReason::NewerVersion);
    EXPECT_EQ(file->schemaVersion(), 99);
    EXPECT_EQ(file->municipality().name, QStringLiteral("Storuman")); // reading still works

    QSignalSpy changed(file.get(), &MunicipalityFile::changed);
    expectReadOnlyRefusal(*file, [](MunicipalityFile &f) {
        f.setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                   QStringLiteral("x"));
    });
    expectReadOnlyRefusal(*file, [](MunicipalityFile &f) {
        f.insertRecord(RecordKind::Party, QString(),
                       {{QStringLiteral("name"), QStringLiteral("x")}});
    });
    expectReadOnlyRefusal(*file, [](MunicipalityFile &f) { f.setUserName(QStringLiteral("x")); });
    expectReadOnlyRefusal(*file, [](MunicipalityFile &f) { f.merge(exchangeDocument()); });
    expectReadOnlyRefusal(*file, [](MunicipalityFile &f) { f.importPopulation({}); });
    expectReadOnlyRefusal(*file, [](MunicipalityFile &f) { f.setCategoryMapping({}); });
    EXPECT_EQ(changed.count(), 0);
    file.reset();
    EXPECT_EQ(sha256(m_path), before);
}

TEST_F(MunicipalityFileTest, ARequestedReadOnlyOpenRefusesWrites)
{
    MunicipalityFile::create(m_path, storuman());
    m_options.readOnly = true;
    auto file = MunicipalityFile::open(m_path, m_options);
    EXPECT_EQ(file->readOnlyReason(), MunicipalityFile::ReadOnlyReason::Requested);
    expectReadOnlyRefusal(*file, [](MunicipalityFile &f) {
        f.setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                   QStringLiteral("x"));
    });
}

TEST_F(MunicipalityFileTest, TheConfiguredUserNameIsStoredAndLogged)
{
    {
        auto file = MunicipalityFile::create(m_path, storuman());
        core::FixedClock clock(QDateTime(QDate(2025, 2, 3), QTime(8, 15)));
        file->setClock(&clock);
        EXPECT_EQ(&file->clock(), &clock);
        QSignalSpy changed(file.get(), &MunicipalityFile::changed);
        file->setUserName(QStringLiteral("  Anna Samordnare "));
        EXPECT_EQ(file->userName(), QStringLiteral("Anna Samordnare"));
        EXPECT_EQ(changed.count(), 1);
        const AuditEntry entry = file->auditLog(1).value(0);
        EXPECT_EQ(entry.entity, QStringLiteral("settings"));
        EXPECT_EQ(entry.recordId, QStringLiteral("user_name"));
        EXPECT_EQ(entry.newValue, QStringLiteral("Anna Samordnare"));
        EXPECT_EQ(entry.at, clock.now());

        file->setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                       QStringLiteral("Storumans kommun"));
        const AuditEntry edit = file->auditLog(1).value(0);
        EXPECT_EQ(edit.user, QStringLiteral("Anna Samordnare"));
        EXPECT_EQ(edit.field, QStringLiteral("name"));
        EXPECT_EQ(changed.count(), 2);
        file->setClock(nullptr);
        EXPECT_EQ(&file->clock(), &core::Clock::system());
    }
    auto reopened = MunicipalityFile::open(m_path, m_options);
    EXPECT_EQ(reopened->userName(), QStringLiteral("Anna Samordnare"));
    reopened->setUserName(QString());
    EXPECT_FALSE(reopened->userName().isEmpty()); // back to the system user
    EXPECT_NE(reopened->userName(), QStringLiteral("Anna Samordnare"));
}

TEST_F(MunicipalityFileTest, TheSessionsUserNameIsLoggedButNeverStored)
{
    {
        auto file = MunicipalityFile::create(m_path, storuman());
        file->setUserName(QStringLiteral("Filens namn"));
        file->setSessionUserName(QStringLiteral(" Eva Polis "));
        EXPECT_EQ(file->userName(), QStringLiteral("Eva Polis"));
        file->setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                       QStringLiteral("Storumans kommun"));
        EXPECT_EQ(file->auditLog(1).value(0).user, QStringLiteral("Eva Polis"));
        file->setSessionUserName(QString());
        EXPECT_EQ(file->userName(), QStringLiteral("Filens namn"));
    }
    auto reopened = MunicipalityFile::open(m_path, m_options);
    EXPECT_EQ(reopened->userName(), QStringLiteral("Filens namn"));
    reopened->setSessionUserName(QStringLiteral("Eva Polis"));
    reopened->setUserName(QString());
    EXPECT_EQ(reopened->userName(), QStringLiteral("Eva Polis"));
}

TEST_F(MunicipalityFileTest, AColleaguesCommitIsNoticedOnce)
{
    auto mine = MunicipalityFile::create(m_path, storuman());
    auto colleague = MunicipalityFile::open(m_path, m_options);
    QSignalSpy external(mine.get(), &MunicipalityFile::externallyChanged);
    EXPECT_FALSE(mine->checkForExternalChanges());

    mine->setField(RecordKind::Municipality, QString(), QStringLiteral("county"),
                   QStringLiteral("Västerbotten"));
    EXPECT_FALSE(mine->checkForExternalChanges()) << "own writes are not external";

    colleague->setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                        QStringLiteral("Storumans kommun"));
    EXPECT_TRUE(mine->checkForExternalChanges());
    EXPECT_EQ(external.count(), 1);
    EXPECT_EQ(mine->municipality().name, QStringLiteral("Storumans kommun"));
    EXPECT_FALSE(mine->checkForExternalChanges());
    EXPECT_EQ(external.count(), 1);
}

TEST_F(MunicipalityFileTest, AColleaguesCommitIsNoticedAlsoAfterAnOwnWrite)
{
    MunicipalityFile::create(m_path, storuman()).reset();
    auto mine = MunicipalityFile::open(m_path, m_options);
    auto colleague = MunicipalityFile::open(m_path, m_options);
    EXPECT_FALSE(mine->checkForExternalChanges());
    colleague->setField(RecordKind::Municipality, QString(), QStringLiteral("name"),
                        QStringLiteral("Storumans kommun"));
    mine->setField(RecordKind::Municipality, QString(), QStringLiteral("county"),
                   QStringLiteral("Västerbotten"));
    EXPECT_TRUE(mine->checkForExternalChanges())
        << "the colleague's commit before this program's own write went unnoticed";
}

TEST_F(MunicipalityFileTest, TwoProgramsWritingTheSameFileLoseNothing)
{
    MunicipalityFile::create(m_path, storuman());
    constexpr int perWriter = 25;
    std::atomic<int> failures = 0;
    auto writer = [&](const QString &prefix) {
        try {
            MunicipalityFile::OpenOptions options;
            options.backupOnOpen = false;
            auto file = MunicipalityFile::open(m_path, options);
            for (int i = 0; i < perWriter; ++i) {
                file->insertRecord(RecordKind::Party, QString(),
                                   {{QStringLiteral("name"), prefix + QString::number(i)}});
            }
        } catch (const StorageError &) {
            ++failures;
        }
    };
    std::thread first(writer, QStringLiteral("first "));
    std::thread second(writer, QStringLiteral("second "));
    first.join();
    second.join();
    EXPECT_EQ(failures.load(), 0);
    auto file = MunicipalityFile::open(m_path, m_options);
    EXPECT_EQ(file->parties().size(), 2 * perWriter);
}
