#include "CanonicalJson.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {
QByteArray canonical(const char *json)
{
    return CanonicalJson::serialize(QJsonDocument::fromJson(json).object());
}
} // namespace

TEST(CanonicalJson, SortsKeysAndDropsWhiteSpace)
{
    EXPECT_EQ(canonical(R"({ "b": 1, "a": { "d": [ 3, 2 ], "c": true }, "A": null })"),
              QByteArray(R"({"A":null,"a":{"c":true,"d":[3,2]},"b":1})"));
}

TEST(CanonicalJson, SortsKeysByCodePointNotUtf16)
{
    // U+FF61 comes before U+1F600 by code point; in UTF-16 the surrogate 0xD83D sorts first.
    QJsonObject o;
    o.insert(QString::fromUtf8("\xF0\x9F\x98\x80"), 1);
    o.insert(QString::fromUtf8("\xEF\xBD\xA1"), 2);
    EXPECT_EQ(CanonicalJson::serialize(o),
              QByteArray("{\"\xEF\xBD\xA1\":2,\"\xF0\x9F\x98\x80\":1}"));
}

TEST(CanonicalJson, NormalisesStringsToNfc)
{
    QJsonObject decomposed;
    decomposed.insert(QStringLiteral("title"), QString::fromUtf8("Caf\x65\xCC\x81"));
    QJsonObject composed;
    composed.insert(QStringLiteral("title"), QString::fromUtf8("Caf\xC3\xA9"));
    EXPECT_EQ(CanonicalJson::serialize(decomposed), CanonicalJson::serialize(composed));
    EXPECT_EQ(CanonicalJson::serialize(composed), QByteArray("{\"title\":\"Caf\xC3\xA9\"}"));
}

TEST(CanonicalJson, WritesNumbersCanonically)
{
    EXPECT_EQ(CanonicalJson::number(12.0), QByteArray("12"));
    EXPECT_EQ(CanonicalJson::number(-3.0), QByteArray("-3"));
    EXPECT_EQ(CanonicalJson::number(-0.0), QByteArray("0"));
    EXPECT_EQ(CanonicalJson::number(0.1), QByteArray("0.1"));
    EXPECT_EQ(CanonicalJson::number(36.5), QByteArray("36.5"));
    EXPECT_EQ(CanonicalJson::number(1.0 / 3.0), QByteArray("0.3333333333333333"));
    EXPECT_EQ(canonical(R"({"n": 1.50, "m": 2.0e1})"), QByteArray(R"({"m":20,"n":1.5})"));
}

TEST(CanonicalJson, EscapesOnlyWhatJsonRequires)
{
    QJsonObject o;
    o.insert(QStringLiteral("t"), QString::fromUtf8("a\"b\\c\nd\x01 \xC3\xB6/"));
    EXPECT_EQ(CanonicalJson::serialize(o),
              QByteArray("{\"t\":\"a\\\"b\\\\c\\nd\\u0001 \xC3\xB6/\"}"));
}
