// Exported tables: Excel's rules for sheet names, typed cells, and merging sheets into the
// one table of a CSV file.

#include "SheetNames.h"
#include "DataSheet.h"

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST(SheetNames, ForbiddenCharactersAreReplacedAndLongNamesCut)
{
    // 30 characters with '/' and '?': kept at 30, the characters replaced.
    const QString thirty = s("Trygghet/centrum? Kvällar 2025");
    ASSERT_EQ(thirty.size(), 30);
    EXPECT_EQ(SheetNames::sanitized(thirty, s("Blad")), s("Trygghet-centrum- Kvällar 2025"));
    EXPECT_EQ(SheetNames::sanitized(s("a[b]c:d*e?f/g\\h"), s("Blad")), s("a-b-c-d-e-f-g-h"));
    const QString cut = SheetNames::sanitized(
        s("Förebyggande arbete med barn och unga i skolor och på fritidsgårdar"), s("Blad"));
    EXPECT_LE(cut.size(), SheetNames::maxLength);
    EXPECT_EQ(cut, s("Förebyggande arbete med barn…"));
    // Without a word's end near the limit, the cut is at 30 characters and the ellipsis.
    EXPECT_EQ(SheetNames::sanitized(s("Brottsförebyggandesamverkansöverenskommelse"), s("Blad")),
              s("Brottsförebyggandesamverkansöv…"));
    EXPECT_EQ(SheetNames::sanitized(s("'citat'"), s("Blad")), s("citat"));
    EXPECT_EQ(SheetNames::sanitized(s("   "), s("Blad")), s("Blad"));
    EXPECT_EQ(SheetNames::sanitized(s("history"), s("Blad")), s("Blad"));
}

TEST(SheetNames, NamesAreMadeUniqueRegardlessOfCaseWithinTheLimit)
{
    const QString long31 = s("Trygg och levande stadskärna 12");
    ASSERT_EQ(long31.size(), 31);
    const QStringList names =
        SheetNames::unique({s("Trafik"), s("TRAFIK"), s("Trafik"), long31, long31}, s("Blad"));
    EXPECT_EQ(names, (QStringList{s("Trafik"), s("TRAFIK (2)"), s("Trafik (3)"), long31,
                                  s("Trygg och levande stadskär… (2)")}));
    for (const QString &name : names)
        EXPECT_LE(name.size(), SheetNames::maxLength);
}

TEST(DataSheet, CellsKeepTheirTypesAndMissingValuesAreEmpty)
{
    EXPECT_EQ(SheetCell::date(QDate(2024, 1, 2)).type(), SheetCell::Type::Date);
    EXPECT_EQ(SheetCell::date(QDate()).type(), SheetCell::Type::Empty);
    EXPECT_EQ(SheetCell::integer(std::optional<int>(7)).integerValue(), 7);
    EXPECT_TRUE(SheetCell::integer(std::optional<int>()).isEmpty());
    EXPECT_EQ(SheetCell::decimal(std::optional<double>(2.5)).type(), SheetCell::Type::Decimal);
    EXPECT_TRUE(SheetCell::text(QString()).isEmpty());
    EXPECT_EQ(SheetCell::text(s("x")).textValue(), s("x"));
}

TEST(DataSheet, SheetsMergeWithAFirstColumnNamingEach)
{
    DataSheet a(s("Trafik"), {{s("Mål"), 0}, {s("Aktivitet"), 0}});
    a.addRow({SheetCell::text(s("Färre olyckor")), SheetCell::text(s("Hastighetskontroller"))});
    DataSheet b(s("Centrum"), {{s("Mål"), 0}, {s("Aktivitet"), 0}});
    b.addRow({SheetCell::text(s("Tryggare torg"))}); // padded with an empty cell
    const DataSheet merged = DataSheet::merged({a, b}, s("Handlingsplan"), s("Fokusområde"));
    EXPECT_EQ(merged.name(), s("Handlingsplan"));
    EXPECT_EQ(merged.columnTitles(), (QStringList{s("Fokusområde"), s("Mål"), s("Aktivitet")}));
    ASSERT_EQ(merged.rowCount(), 2);
    EXPECT_EQ(merged.rows()[0][0].textValue(), s("Trafik"));
    EXPECT_EQ(merged.rows()[1][0].textValue(), s("Centrum"));
    EXPECT_EQ(merged.rows()[1][1].textValue(), s("Tryggare torg"));
    EXPECT_TRUE(merged.rows()[1][2].isEmpty());
}
