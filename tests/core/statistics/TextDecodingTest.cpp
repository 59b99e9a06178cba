#include "statistics/TextDecoding.h"
#include "StatisticsFixtures.h"
#include "statistics/CsvRecordReader.h"

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

TEST(TextDecoding, DetectsUtf8WithAndWithoutBom)
{
    const auto bom = TextDecoding::decode(statisticsFixture("bra_utf8_bom.csv"));
    EXPECT_EQ(bom.encoding, TextDecoding::Encoding::Utf8WithBom);
    EXPECT_TRUE(bom.text.startsWith(QStringLiteral("Region;Brott;År;Antal\n")));
    EXPECT_FALSE(bom.text.contains(QLatin1Char('\r')));

    const auto plain = TextDecoding::decode(statisticsFixture("bra_export.csv"));
    EXPECT_EQ(plain.encoding, TextDecoding::Encoding::Utf8);
    EXPECT_TRUE(plain.text.contains(QStringLiteral("Härnösand")));
}

TEST(TextDecoding, DecodesWindows1252IncludingItsOwnPunctuation)
{
    const QByteArray bytes = statisticsFixture("bra_windows1252.csv");
    ASSERT_FALSE(bytes.isEmpty());
    const auto decoded = TextDecoding::decode(bytes);
    EXPECT_EQ(decoded.encoding, TextDecoding::Encoding::Windows1252);
    EXPECT_TRUE(decoded.text.contains(QStringLiteral("Malung-Sälen;Våldtäkt")));
    EXPECT_TRUE(decoded.text.contains(QStringLiteral("jan\u2013mar"))); // 0x96 in cp1252
    EXPECT_FALSE(decoded.text.contains(QLatin1Char('\r')));

    // 0x80 is the euro sign, 0x81 is undefined and kept as its control code point.
    EXPECT_EQ(TextDecoding::fromWindows1252(QByteArray("\x80\x81\xe5", 3)),
              QStringLiteral("\u20ac\u0081å"));
    EXPECT_EQ(TextDecoding::toWindows1252(QStringLiteral("Härnösand – €")),
              QByteArray("H\xe4rn\xf6sand \x96 \x80"));
}

TEST(TextDecoding, EveryWindows1252ByteGoesBackAsItself)
{
    // Found by fuzz_text_decoding: the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    // decode to their control code points, and were written back as '?'.
    QByteArray all;
    for (int byte = 0; byte < 256; ++byte)
        all.append(char(byte));
    EXPECT_EQ(TextDecoding::toWindows1252(TextDecoding::fromWindows1252(all)), all);
    EXPECT_EQ(TextDecoding::toWindows1252(QStringLiteral("\u0090 \u0100")), QByteArray("\x90 ?"));
}

TEST(TextDecoding, AnUnmarkedFileIsDecodedAsDetectSays)
{
    // decode() decides UTF-8 or Windows-1252 by its own UTF-8 decode; it must agree with
    // detect() and decode exactly as the encoding it names, wherever the first invalid
    // byte is (at the start, after valid multi-byte letters, in the last, cut-off letter).
    QList<QByteArray> inputs = {
        QByteArray(),
        QByteArray("Region;Brott\r\nH\xc3\xa4rn\xc3\xb6sand;R\xc3\xa5n"),
        QByteArray("\xe5r;Brott"),
        QByteArray("H\xc3\xa4rn\xc3\xb6sand;R\xe5n\rjan\x96mar"),
        QByteArray("H\xc3\xa4rn\xc3\xb6sand;R\xc3"),
        QByteArray("overlong \xc0\xaf and a surrogate \xed\xa0\x80"),
        QByteArray("\xef\xbb no whole byte-order mark"),
    };
    for (const char *name : {"bra_export.csv", "bra_windows1252.csv", "bra_periods.csv",
                             "exchange_semicolon.csv", "population.csv"}) {
        inputs << statisticsFixture(name);
        ASSERT_FALSE(inputs.last().isEmpty()) << name;
    }
    int windows1252 = 0;
    for (const QByteArray &bytes : std::as_const(inputs)) {
        const auto decoded = TextDecoding::decode(bytes);
        const TextDecoding::Encoding expected = TextDecoding::detect(bytes);
        EXPECT_EQ(decoded.encoding, expected) << bytes.left(40).toHex().toStdString();
        const QString text = expected == TextDecoding::Encoding::Utf8
                                 ? QString::fromUtf8(bytes)
                                 : TextDecoding::fromWindows1252(bytes);
        EXPECT_EQ(decoded.text, TextDecoding::normaliseLineEndings(text))
            << bytes.left(40).toHex().toStdString();
        if (expected == TextDecoding::Encoding::Windows1252)
            ++windows1252;
    }
    EXPECT_EQ(windows1252, 6);
    EXPECT_EQ(TextDecoding::decode(QByteArray("H\xc3\xa4rn\xc3\xb6sand;R\xe5n\rjan\x96mar")).text,
              QStringLiteral("H\u00c3\u00a4rn\u00c3\u00b6sand;R\u00e5n\njan\u2013mar"));
}

TEST(TextDecoding, DecodesUtf16WithBom)
{
    QByteArray bytes("\xff\xfe", 2);
    const QString text = QStringLiteral("Region\tBrott\r\nHärnösand\tRån");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto decoded = TextDecoding::decode(bytes);
    EXPECT_EQ(decoded.encoding, TextDecoding::Encoding::Utf16Le);
    EXPECT_EQ(decoded.text, QStringLiteral("Region\tBrott\nHärnösand\tRån"));
}

TEST(TextDecoding, NormalisesLoneCarriageReturns)
{
    EXPECT_EQ(TextDecoding::normaliseLineEndings(QStringLiteral("a\rb\r\nc\n")),
              QStringLiteral("a\nb\nc\n"));
}

TEST(CsvRecordReader, QuotedFieldsWithEscapesAndLineBreaks)
{
    const auto records = CsvRecordReader::records(
        QStringLiteral("a;\"x\"\"y\";c\n\"multi\nline\";2\n\nlast"), QLatin1Char(';'));
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records.at(0).line, 1);
    EXPECT_EQ(records.at(1).line, 2);
    EXPECT_EQ(records.at(2).line, 4);
    EXPECT_EQ(records.at(3).line, 5);
    EXPECT_EQ(CsvRecordReader::fields(records.at(0).raw, QLatin1Char(';')),
              (QStringList{QStringLiteral("a"), QStringLiteral("x\"y"), QStringLiteral("c")}));
    EXPECT_EQ(CsvRecordReader::fields(records.at(1).raw, QLatin1Char(';')).at(0),
              QStringLiteral("multi\nline"));
    EXPECT_EQ(CsvRecordReader::fields(QStringLiteral("\"Stöld, snatteri\",12"), QLatin1Char(',')),
              (QStringList{QStringLiteral("Stöld, snatteri"), QStringLiteral("12")}));
}

TEST(CsvRecordReader, AStrayQuoteInATitleDoesNotSwallowTheTable)
{
    const auto records = CsvRecordReader::records(
        QStringLiteral("Brott i \"centrum 2023\nRegion;Brott\nA;B"), QLatin1Char(';'));
    EXPECT_EQ(records.size(), 3);
}

TEST(CsvRecordReader, OnlyTheRealSeparatorOpensAQuotedField)
{
    // records() took a quote after any of ';', ',' and tab as opening a quoted field, while
    // fields() takes it so only after the file's own separator: in a comma file, "x;\"y"
    // swallowed the line breaks up to the next quote, and with them the rows between.
    const QString comma = QStringLiteral("a,b;\"c,d\n1,2,3\n4,\"5\n6\",7\n");
    const auto records = CsvRecordReader::records(comma, QLatin1Char(','));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records.at(0).raw, QStringLiteral("a,b;\"c,d"));
    EXPECT_EQ(records.at(1).line, 2);
    EXPECT_EQ(records.at(2).line, 3);
    EXPECT_EQ(CsvRecordReader::fields(records.at(0).raw, QLatin1Char(',')).size(), 3);
    EXPECT_EQ(CsvRecordReader::fields(records.at(2).raw, QLatin1Char(',')).at(1),
              QStringLiteral("5\n6"));

    // And a quote after the separator and a blank is text to fields(), so to records() too.
    const auto semicolon =
        CsvRecordReader::records(QStringLiteral("a; \"b\nc;d\n"), QLatin1Char(';'));
    ASSERT_EQ(semicolon.size(), 2);
    EXPECT_EQ(CsvRecordReader::fields(semicolon.at(0).raw, QLatin1Char(';')).at(1),
              QStringLiteral(" \"b"));
}
