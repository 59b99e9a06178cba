// Creating a file: the municipality is picked from Sweden's 290, searchably, and the
// file is created where the dialog says.

#include "dialogs/NewFileDialog.h"

#include "MunicipalityFile.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace samverka;
using namespace samverka::ui;

TEST(NewFileDialogTest, ListsAllMunicipalitiesAndFiltersByCodeNameOrCounty)
{
    NewFileDialog dialog;
    EXPECT_EQ(dialog.visibleCount(), 290);
    dialog.setFilterText(QStringLiteral("2280"));
    EXPECT_EQ(dialog.visibleCount(), 1);
    EXPECT_EQ(dialog.municipality().name, QStringLiteral("Härnösand"));
    EXPECT_EQ(dialog.municipality().code, QStringLiteral("2280"));
    EXPECT_TRUE(dialog.path().endsWith(QStringLiteral("/Samverka/Härnösand.samverka")));

    dialog.setFilterText(QStringLiteral("västernorrland"));
    EXPECT_EQ(dialog.visibleCount(), 7);
    dialog.setFilterText(QString());
    EXPECT_EQ(dialog.visibleCount(), 290);
}

TEST(NewFileDialogTest, TheChosenMunicipalityMakesAFile)
{
    NewFileDialog dialog;
    dialog.selectCode(QStringLiteral("0180"));
    const core::Municipality m = dialog.municipality();
    EXPECT_EQ(m.name, QStringLiteral("Stockholm"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Stockholm.samverka"));
    storage::MunicipalityFile::create(path, m).reset();
    storage::MunicipalityFile::OpenOptions options;
    options.backupDir = dir.filePath(QStringLiteral("backups"));
    const auto file = storage::MunicipalityFile::open(path, options);
    EXPECT_EQ(file->municipality().code, QStringLiteral("0180"));
    EXPECT_FALSE(file->municipality().county.isEmpty());
}
