// The category mapping dialog: shows the effective category of each crime type, saves
// only the user's changes to the file, and "Återställ standard" goes back to the default.

#include "UiTestSupport.h"

#include "dialogs/CategoryMappingDialog.h"

#include "statistics/CategoryMapper.h"

#include <gtest/gtest.h>

using namespace samverka;
using namespace samverka::ui;

namespace {

core::CrimeStatistic row(const QString &type, const QString &category = QString())
{
    core::CrimeStatistic r;
    r.municipalityCode = QStringLiteral("2280");
    r.year = 2024;
    r.crimeType = type;
    r.category = category;
    r.count = 10;
    return r;
}

} // namespace

TEST(StatisticsCategoryMappingTest, ChangesAreSavedAndResetGoesBackToTheDefault)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString graffiti = QStringLiteral("Klotter");
    const QString bicycle = QStringLiteral("Cykelstöld");
    context.file()->importCrimeStatistics({row(graffiti), row(bicycle)});

    CategoryMappingDialog dialog(context);
    EXPECT_EQ(dialog.crimeTypes(), (QStringList{graffiti, bicycle}));
    const core::CategoryMapper bundled;
    EXPECT_EQ(dialog.categoryOf(graffiti), bundled.categoryForType(graffiti));
    EXPECT_TRUE(dialog.mappingToSave().isEmpty()); // nothing changed: nothing to store

    ASSERT_TRUE(dialog.setCategory(graffiti, QStringLiteral("Övriga brott")));
    EXPECT_FALSE(dialog.setCategory(graffiti, QStringLiteral("Ingen sådan kategori")));
    ASSERT_TRUE(dialog.save());
    const QList<core::CategoryMapping> saved = context.file()->categoryMapping();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().crimeType, graffiti);
    EXPECT_EQ(saved.first().category, QStringLiteral("Övriga brott"));

    // A new dialog shows the file's choice; reset and save clears it.
    CategoryMappingDialog again(context);
    EXPECT_EQ(again.categoryOf(graffiti), QStringLiteral("Övriga brott"));
    again.resetToDefault();
    EXPECT_EQ(again.categoryOf(graffiti), bundled.categoryForType(graffiti));
    ASSERT_TRUE(again.save());
    EXPECT_TRUE(context.file()->categoryMapping().isEmpty());
}

TEST(StatisticsCategoryMappingTest, RowsThatNameTheirCategoryAreNotOverridden)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString graffiti = QStringLiteral("Klotter");
    context.file()->importCrimeStatistics({row(graffiti, QStringLiteral("Skadegörelse"))});
    CategoryMappingDialog dialog(context);
    ASSERT_TRUE(dialog.setCategory(graffiti, QStringLiteral("Övriga brott")));
    // The row's own category wins over any mapping, so storing one would mislead.
    EXPECT_TRUE(dialog.mappingToSave().isEmpty());
}
