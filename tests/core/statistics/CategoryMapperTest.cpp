#include "statistics/CategoryMapper.h"

#include <gtest/gtest.h>

using namespace samverka::core;

TEST(CategoryMapper, TheHandbooksCategoriesInItsOrder)
{
    const QStringList categories = CategoryMapper::handbookCategories();
    ASSERT_EQ(categories.size(), 9);
    EXPECT_EQ(categories.first(), QStringLiteral("Brott mot liv och hälsa"));
    EXPECT_EQ(categories.at(3), QStringLiteral("Stöld, rån och andra tillgreppsbrott"));
    EXPECT_EQ(categories.last(), CategoryMapper::otherCategory());
}

TEST(CategoryMapper, TheBundledMappingIsReadAndUsesOnlyKnownCategories)
{
    const auto &bundled = CategoryMapper::bundledMapping();
    EXPECT_GT(bundled.size(), 100);
    const QStringList categories = CategoryMapper::handbookCategories();
    for (const auto &entry : bundled)
        EXPECT_TRUE(categories.contains(entry.category)) << entry.crimeType.toStdString();
}

TEST(CategoryMapper, CommonNationalStatisticsLabels)
{
    const CategoryMapper mapper;
    auto category = [&](const char *type) {
        return mapper.categoryForType(QString::fromUtf8(type));
    };
    EXPECT_EQ(category("Misshandel inkl. grov (3 kap. 5-6 §§ BrB)"),
              QStringLiteral("Brott mot liv och hälsa"));
    EXPECT_EQ(category("Olaga hot"), QStringLiteral("Brott mot frihet och frid"));
    EXPECT_EQ(category("Ofredande"), QStringLiteral("Brott mot frihet och frid"));
    EXPECT_EQ(category("Sexuellt ofredande"), QStringLiteral("Sexualbrott"));
    EXPECT_EQ(category("Våldtäkt inkl. grov"), QStringLiteral("Sexualbrott"));
    EXPECT_EQ(category("Cykelstöld"), QStringLiteral("Stöld, rån och andra tillgreppsbrott"));
    EXPECT_EQ(category("Personrån"), QStringLiteral("Stöld, rån och andra tillgreppsbrott"));
    EXPECT_EQ(category("Bedrägeri"), QStringLiteral("Bedrägeri och annan oredlighet"));
    EXPECT_EQ(category("Klotter"), QStringLiteral("Skadegörelse"));
    EXPECT_EQ(category("Narkotikabrott"), QStringLiteral("Alkohol- och narkotikabrott"));
    EXPECT_EQ(category("Brott mot alkohollagen"), QStringLiteral("Alkohol- och narkotikabrott"));
    EXPECT_EQ(category("Rattfylleri"), QStringLiteral("Trafikbrott"));
    EXPECT_EQ(category("Brott mot vapenlagen"), QStringLiteral("Övriga brott"));
    EXPECT_EQ(category("Tjänstefel"), QStringLiteral("Övriga brott"));
}

TEST(CategoryMapper, KeywordRulesForLabelsNotInTheList)
{
    const CategoryMapper mapper;
    EXPECT_EQ(mapper.explain(QStringLiteral("Grov misshandel mot kvinna, utomhus")).category,
              QStringLiteral("Brott mot liv och hälsa"));
    EXPECT_EQ(mapper.explain(QStringLiteral("Grov misshandel mot kvinna, utomhus")).source,
              CategoryMapper::Source::Keyword);
    // "från" is not a robbery; the label mentions theft anyway.
    EXPECT_EQ(mapper.categoryForType(QStringLiteral("Stöld från bil")),
              QStringLiteral("Stöld, rån och andra tillgreppsbrott"));
    EXPECT_EQ(CategoryMapper::keywordCategory(QStringLiteral("Utfärdande från myndighet")),
              QString());
    EXPECT_EQ(
        mapper.categoryForType(QStringLiteral("Rattfylleri under påverkan av narkotika, grovt")),
        QStringLiteral("Trafikbrott"));
    EXPECT_EQ(mapper.categoryForType(QStringLiteral("Skadegörelse genom klotter (t.o.m. 2016)")),
              QStringLiteral("Skadegörelse"));
}

TEST(CategoryMapper, APartBelongsWhereItsNameOrItsParentSays)
{
    const CategoryMapper mapper;
    const auto part = mapper.explain(QStringLiteral("Misshandel inkl. grov, därav mot kvinna"));
    EXPECT_EQ(part.category, QStringLiteral("Brott mot liv och hälsa"));
    EXPECT_EQ(part.source, CategoryMapper::Source::Parent);
    EXPECT_EQ(
        mapper.categoryForType(QStringLiteral("Brott mot person (3-7 kap. BrB), därav olaga hot")),
        QStringLiteral("Brott mot frihet och frid"));
}

TEST(CategoryMapper, RowFileAndBundledInThatOrder)
{
    const CategoryMapper mapper(
        {{QStringLiteral("Klotter"), QStringLiteral("Ordningsstörningar")},
         {QStringLiteral("Lokal brottstyp"), QStringLiteral("Sexualbrott")}});
    EXPECT_EQ(mapper.categoryForType(QStringLiteral("klotter")),
              QStringLiteral("Ordningsstörningar"));
    EXPECT_EQ(mapper.explain(QStringLiteral("Klotter")).source, CategoryMapper::Source::File);
    EXPECT_EQ(mapper.categoryForType(QStringLiteral("Lokal brottstyp")),
              QStringLiteral("Sexualbrott"));
    EXPECT_EQ(mapper.explain(QStringLiteral("Övrig skadegörelse")).source,
              CategoryMapper::Source::Bundled);
    EXPECT_TRUE(mapper.categories().contains(QStringLiteral("Ordningsstörningar")));
    EXPECT_EQ(mapper.canonicalCategory(QStringLiteral("sexualbrott")),
              QStringLiteral("Sexualbrott"));

    CrimeStatistic row;
    row.crimeType = QStringLiteral("Klotter");
    row.category = QStringLiteral("skadegörelse");
    EXPECT_EQ(mapper.categoryFor(row), QStringLiteral("Skadegörelse"));
    row.category.clear();
    EXPECT_EQ(mapper.categoryFor(row), QStringLiteral("Ordningsstörningar"));
}

TEST(CategoryMapper, MappingCsvRoundTrip)
{
    const QList<CategoryMapping> mapping{
        {QStringLiteral("Stöld; grov"), QStringLiteral("Stöld, rån och andra tillgreppsbrott")},
        {QStringLiteral("Klotter"), QStringLiteral("Skadegörelse")}};
    EXPECT_EQ(CategoryMapper::parseMappingCsv(CategoryMapper::toMappingCsv(mapping)), mapping);
    EXPECT_EQ(
        CategoryMapper::parseMappingCsv(QStringLiteral("# comment\nKlotter\tSkadegörelse\n")),
        (QList<CategoryMapping>{{QStringLiteral("Klotter"), QStringLiteral("Skadegörelse")}}));
}
