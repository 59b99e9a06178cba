// The read-only banner says why a file is read-only and, for a file from an older
// version that could not be updated here, that it is shown as the update will make it.

#include "UiTestSupport.h"

#include "BannerController.h"
#include "InfoBanner.h"

#include "Database.h"
#include "FileFormat.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QLabel>

using namespace samverka;
using namespace samverka::ui;

namespace {

/// The texts the banner shows, its title first.
QStringList shownTexts(const InfoBanner &banner)
{
    QStringList texts;
    if (banner.isHidden())
        return texts;
    for (const QLabel *label : banner.findChildren<QLabel *>())
        if (!label->isHidden() && !label->text().isEmpty())
            texts << label->text();
    return texts;
}

QStringList readOnlyBanner(const QString &path, const QString &backups)
{
    storage::MunicipalityFile::OpenOptions options;
    options.readOnly = true;
    options.backupDir = backups;
    AppContext context;
    context.setFile(storage::MunicipalityFile::open(path, options));
    InfoBanner readOnly;
    InfoBanner signedBanner;
    BannerController(context, readOnly, signedBanner)
        .update(NavTarget{NavTarget::Page::Overview, {}, {}});
    return shownTexts(readOnly);
}

} // namespace

TEST(ReadOnlyBannerTest, AnOlderFileOpenReadOnlySaysItIsShownAsUpdated)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Gammal.samverka"));
    {
        QFile schema(QStringLiteral(":/sql/schema_v1.sql"));
        ASSERT_TRUE(schema.open(QIODevice::ReadOnly));
        storage::Database db(path, storage::Database::Mode::Create);
        db.exec(QString::fromUtf8(schema.readAll()));
        db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 1;")
                    .arg(storage::fileformat::applicationId));
    }
    const QStringList texts = readOnlyBanner(path, dir.filePath(QStringLiteral("backups")));
    ASSERT_EQ(texts.size(), 2) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(texts.at(0), QStringLiteral("The file is open read-only."));
    EXPECT_TRUE(texts.at(1).contains(QStringLiteral("older version"))) << texts.at(1).toStdString();
}

TEST(ReadOnlyBannerTest, ACurrentFileOpenReadOnlySaysNothingOfVersions)
{
    const test::TempMunicipality file;
    EXPECT_EQ(readOnlyBanner(file.path(), file.dir()),
              QStringList{QStringLiteral("The file is open read-only.")});
}
