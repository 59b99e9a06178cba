#include "TextDecoding.h"

#include <QStringDecoder>

#include <array>

namespace samverka::core {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; 0 marks the five undefined
// bytes, which we decode as their C1 control code points like Windows does.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

bool TextDecoding::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // decoding happens on conversion
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

TextDecoding::Encoding TextDecoding::detect(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8WithBom;
    if (bytes.startsWith("\xFF\xFE"))
        return Encoding::Utf16Le;
    if (bytes.startsWith("\xFE\xFF"))
        return Encoding::Utf16Be;
    return isValidUtf8(bytes) ? Encoding::Utf8 : Encoding::Windows1252;
}

QString TextDecoding::fromWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte <= 0x9F && kCp1252High[byte - 0x80] != 0)
            text.append(QChar(kCp1252High[byte - 0x80]));
        else
            text.append(QChar(char16_t(byte)));
    }
    return text;
}

QByteArray TextDecoding::toWindows1252(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            bytes.append(char(u));
            continue;
        }
        char out = '?';
        for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
            // An undefined byte was decoded as its control code point: it goes back as itself.
            const char16_t decodedAs = kCp1252High[i] != 0 ? kCp1252High[i] : char16_t(0x80 + i);
            if (decodedAs == u) {
                out = char(0x80 + i);
                break;
            }
        }
        bytes.append(out);
    }
    return bytes;
}

QString TextDecoding::normaliseLineEndings(QString text)
{
    // One pass: QString::replace would move the tail of a large file for every line.
    const qsizetype n = text.size();
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QChar *data = text.data();
    qsizetype out = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (data[i] == QLatin1Char('\r')) {
            data[out++] = QLatin1Char('\n');
            if (i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                ++i;
        } else {
            data[out++] = data[i];
        }
    }
    text.truncate(out);
    return text;
}

TextDecoding::Decoded TextDecoding::decode(const QByteArray &bytes)
{
    Decoded result;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.encoding = Encoding::Utf8WithBom;
        result.text = QString::fromUtf8(bytes.mid(3));
    } else if (bytes.startsWith("\xFF\xFE")) {
        result.encoding = Encoding::Utf16Le;
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        result.text = decoder.decode(bytes.mid(2));
    } else if (bytes.startsWith("\xFE\xFF")) {
        result.encoding = Encoding::Utf16Be;
        QStringDecoder decoder(QStringDecoder::Utf16BE);
        result.text = decoder.decode(bytes.mid(2));
    } else {
        // Unmarked: valid UTF-8 is UTF-8, anything else Windows-1252, as detect() says. The
        // one UTF-8 decode both decides and decodes: when it reports an error the bytes are
        // not UTF-8, so a large Windows-1252 file is not checked again before its decode.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(bytes);
        if (decoder.hasError()) {
            result.encoding = Encoding::Windows1252;
            result.text = fromWindows1252(bytes);
        } else {
            result.encoding = Encoding::Utf8;
        }
    }
    result.text = normaliseLineEndings(std::move(result.text));
    return result;
}

QString TextDecoding::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

} // namespace samverka::core
