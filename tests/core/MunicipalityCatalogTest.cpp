#include "MunicipalityCatalog.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace samverka::core;

TEST(MunicipalityCatalog, HasAll290MunicipalitiesWithUniqueCodes)
{
    const QList<MunicipalityEntry> &all = MunicipalityCatalog::all();
    ASSERT_EQ(all.size(), 290);
    QSet<QString> codes;
    for (const MunicipalityEntry &e : all) {
        EXPECT_EQ(e.code.size(), 4) << e.code.toStdString();
        EXPECT_FALSE(e.name.isEmpty());
        EXPECT_FALSE(e.countyName.isEmpty());
        codes.insert(e.code);
    }
    EXPECT_EQ(codes.size(), 290);
}

TEST(MunicipalityCatalog, ByCode)
{
    const auto e = MunicipalityCatalog::byCode(QStringLiteral("2280"));
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->name, QStringLiteral("Härnösand"));
    EXPECT_EQ(e->countyName, QStringLiteral("Västernorrlands län"));
    EXPECT_FALSE(MunicipalityCatalog::byCode(QStringLiteral("9999")).has_value());
}

TEST(MunicipalityCatalog, FindByNameAcceptsTheUsualForms)
{
    for (const char *form : {"Härnösand", "härnösand", "HÄRNÖSAND", "Härnösands kommun",
                             "2280 Härnösand", "2280", "  Härnösand  "}) {
        const auto e = MunicipalityCatalog::findByName(QString::fromUtf8(form));
        ASSERT_TRUE(e.has_value()) << form;
        EXPECT_EQ(e->code, QStringLiteral("2280")) << form;
    }
    // decomposed ö (NFD) is the same name
    EXPECT_TRUE(MunicipalityCatalog::findByName(QString::fromUtf8("Ha\xCC\x88rno\xCC\x88sand"))
                    .has_value());
    EXPECT_EQ(MunicipalityCatalog::findByName(QStringLiteral("Malmö stad"))->code,
              QStringLiteral("1280"));
    EXPECT_EQ(MunicipalityCatalog::findByName(QStringLiteral("Region Gotland"))->code,
              QStringLiteral("0980"));
    // a code that contradicts the name does not match
    EXPECT_FALSE(MunicipalityCatalog::findByName(QStringLiteral("0114 Härnösand")).has_value());
    EXPECT_FALSE(MunicipalityCatalog::findByName(QStringLiteral("Atlantis")).has_value());
}

TEST(MunicipalityCatalog, SearchPutsNameStartsFirst)
{
    const QList<MunicipalityEntry> hits = MunicipalityCatalog::search(QStringLiteral("sand"));
    ASSERT_FALSE(hits.isEmpty());
    QStringList names;
    for (const MunicipalityEntry &e : hits)
        names << e.name;
    EXPECT_TRUE(names.contains(QStringLiteral("Härnösand")));
    const QList<MunicipalityEntry> starts = MunicipalityCatalog::search(QStringLiteral("härn"));
    ASSERT_EQ(starts.size(), 1);
    EXPECT_EQ(starts.at(0).code, QStringLiteral("2280"));
    EXPECT_EQ(MunicipalityCatalog::search(QString()).size(), 290);
    EXPECT_FALSE(MunicipalityCatalog::search(QStringLiteral("Västernorrland")).isEmpty());
}
