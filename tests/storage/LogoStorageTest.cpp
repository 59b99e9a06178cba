// The municipality's logo in the file (issue #15, schema version 9): an attachment the
// municipality row names. The documents' load reads its bytes and no other attachment's;
// the exchange format carries it through an export, a new file and a merge; removing the
// attachment leaves no dangling name; and a version-8 file gains the column on opening.

#include "InfraTestSupport.h"

#include "ExchangeError.h"
#include "ExchangeReader.h"
#include "ExchangeWriter.h"
#include "MunicipalityFile.h"
#include "StorageError.h"

#include <QTemporaryDir>

using namespace samverka;
using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

const QByteArray kSvg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 30 10'>"
                        "<rect width='30' height='10' fill='#1d4f91'/></svg>";

class LogoStorageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        core::Municipality m;
        m.name = QStringLiteral("Härnösand");
        m.code = QStringLiteral("2280");
        m_file = MunicipalityFile::create(m_dir.filePath(QStringLiteral("a.samverka")), m);
    }

    /// An attachment with bytes; returns its id.
    QString attach(const QString &name, const QByteArray &bytes, const QString &type)
    {
        return m_file->insertRecord(RecordKind::Attachment, QString(),
                                    {{QStringLiteral("name"), name},
                                     {QStringLiteral("mediaType"), type},
                                     {QStringLiteral("data"), bytes}});
    }

    void setLogo(const QString &id)
    {
        m_file->setField(RecordKind::Municipality, QStringLiteral("municipality"),
                         QStringLiteral("logo"), id);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MunicipalityFile> m_file;
};

const core::Attachment *find(const core::MunicipalityData &data, const QString &id)
{
    for (const core::Attachment &a : data.attachments)
        if (a.id == id)
            return &a;
    return nullptr;
}

} // namespace

TEST_F(LogoStorageTest, TheDocumentsLoadReadsTheLogosBytesAndNoOtherAttachments)
{
    const QString scan = attach(QStringLiteral("original.pdf"), QByteArray(5000, 'x'),
                                QStringLiteral("application/pdf"));
    const QString logo = attach(QStringLiteral("logo.svg"), kSvg, QStringLiteral("image/svg+xml"));
    setLogo(logo);
    EXPECT_EQ(m_file->municipality().logo, logo);

    LoadOptions documents{false, StatisticsRows::Compared, true};
    const core::MunicipalityData forDocuments = m_file->load(documents);
    ASSERT_NE(find(forDocuments, logo), nullptr);
    EXPECT_TRUE(find(forDocuments, logo)->hasData);
    EXPECT_EQ(find(forDocuments, logo)->data, kSvg);
    ASSERT_NE(find(forDocuments, scan), nullptr);
    EXPECT_FALSE(find(forDocuments, scan)->hasData);
    EXPECT_TRUE(find(forDocuments, scan)->data.isEmpty());

    // Search and the lists read no bytes at all.
    const core::MunicipalityData light = m_file->load({false, StatisticsRows::None});
    EXPECT_FALSE(find(light, logo)->hasData);
    EXPECT_TRUE(find(light, logo)->data.isEmpty());
}

TEST_F(LogoStorageTest, ANameThatIsNoAttachmentIsRefusedAndRemovingTheAttachmentClearsIt)
{
    EXPECT_THROW(setLogo(QStringLiteral("no-such-attachment")), StorageError);
    EXPECT_TRUE(m_file->municipality().logo.isEmpty());

    const QString logo = attach(QStringLiteral("logo.svg"), kSvg, QStringLiteral("image/svg+xml"));
    setLogo(logo);
    const RecordSnapshot removed = m_file->removeRecord(RecordKind::Attachment, logo);
    EXPECT_TRUE(m_file->municipality().logo.isEmpty()) << "no name of a removed attachment";
    m_file->restoreRecord(removed);
    EXPECT_EQ(m_file->attachmentData(logo), kSvg);
}

TEST_F(LogoStorageTest, TheExchangeFormatCarriesItToANewFileAndIntoAMerge)
{
    const QString logo = attach(QStringLiteral("logo.svg"), kSvg, QStringLiteral("image/svg+xml"));
    setLogo(logo);
    const QByteArray json = core::ExchangeWriter::write(m_file->loadAll(true), {true, {}, false});
    EXPECT_TRUE(json.contains(QByteArray("\"logo\":\"") + logo.toUtf8() + '"'))
        << json.left(400).toStdString();

    const core::ExchangeReadResult read = core::ExchangeReader::read(json);
    EXPECT_TRUE(read.warnings.isEmpty()) << read.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(read.data.municipality.logo, logo);

    auto copy =
        MunicipalityFile::createFrom(m_dir.filePath(QStringLiteral("b.samverka")), read.data);
    EXPECT_EQ(copy->municipality().logo, logo);
    EXPECT_EQ(copy->attachmentData(logo), kSvg);

    // A merge into a file without a logo brings it; one without a logo keeps the file's.
    core::Municipality m;
    m.name = QStringLiteral("Härnösand");
    m.code = QStringLiteral("2280");
    auto target = MunicipalityFile::create(m_dir.filePath(QStringLiteral("c.samverka")), m);
    target->merge(read.data);
    EXPECT_EQ(target->municipality().logo, logo);
    core::MunicipalityData without = read.data;
    without.municipality.logo.clear();
    target->merge(without);
    EXPECT_EQ(target->municipality().logo, logo);
}

TEST_F(LogoStorageTest, AnExchangeDocumentNamingNoAttachmentIsRefusedByPath)
{
    QByteArray json = core::ExchangeWriter::write(m_file->loadAll(), {false, {}, false});
    json.replace("\"name\":\"Härnösand\"", "\"name\":\"Härnösand\",\"logo\":\"nowhere\"");
    try {
        core::ExchangeReader::read(json);
        FAIL() << "a dangling logo was read";
    } catch (const core::ExchangeError &error) {
        EXPECT_EQ(error.kind(), core::ExchangeError::Kind::DanglingReference);
        EXPECT_EQ(error.path(), QStringLiteral("$.municipality.logo"));
    }
}

TEST_F(LogoStorageTest, AVersion8FileGainsTheColumnAndKeepsItsAttachments)
{
    const QString path = m_dir.filePath(QStringLiteral("v8.samverka"));
    {
        Database db(path, Database::Mode::Create);
        QFile schema(QStringLiteral(":/sql/schema_v1.sql"));
        ASSERT_TRUE(schema.open(QIODevice::ReadOnly));
        db.exec(QString::fromUtf8(schema.readAll()));
        for (int version = 1; version < 8; ++version) {
            QFile step(QStringLiteral(":/sql/migrate_%1_to_%2.sql").arg(version).arg(version + 1));
            ASSERT_TRUE(step.open(QIODevice::ReadOnly)) << version;
            db.exec(QString::fromUtf8(step.readAll()));
        }
        db.exec(QStringLiteral(
            "INSERT INTO municipality (id, name, code) VALUES (1, 'Härnösand', '2280');"
            "INSERT INTO attachments (id, name, data) VALUES ('a1', 'logo.svg', x'3c7376673e');"
            "PRAGMA application_id = 1396788566; PRAGMA user_version = 8;"));
    }
    MunicipalityFile::OpenOptions options;
    options.backupDir = m_dir.filePath(QStringLiteral("backups"));
    auto file = MunicipalityFile::open(path, options);
    EXPECT_TRUE(file->wasMigrated());
    EXPECT_TRUE(file->municipality().logo.isEmpty()) << "never backfilled";
    ASSERT_EQ(file->attachments().size(), 1);
    file->setField(RecordKind::Municipality, QStringLiteral("municipality"), QStringLiteral("logo"),
                   QStringLiteral("a1"));
    EXPECT_EQ(file->municipality().logo, QStringLiteral("a1"));
}
