// Fuzz target: TextDecoding on any bytes. decode() agrees with detect(), leaves no "\r",
// and a Windows-1252 text goes back to the same bytes.

#include "FuzzTarget.h"

#include "statistics/TextDecoding.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

using namespace samverka::core;

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "TextDecoding: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const TextDecoding::Decoded decoded = TextDecoding::decode(bytes);
    if (decoded.encoding != TextDecoding::detect(bytes))
        fail("decode() and detect() disagree");
    if (decoded.text.contains(QLatin1Char('\r')))
        fail("a \\r is left after decoding");
    if (TextDecoding::isValidUtf8(bytes) && !bytes.startsWith("\xFF\xFE") &&
        !bytes.startsWith("\xFE\xFF") && !bytes.startsWith("\xEF\xBB\xBF") &&
        decoded.encoding != TextDecoding::Encoding::Utf8)
        fail("valid UTF-8 not decoded as UTF-8");
    const QString windows1252 = TextDecoding::fromWindows1252(bytes);
    if (windows1252.size() != bytes.size())
        fail("Windows-1252 is not one character per byte");
    if (TextDecoding::toWindows1252(windows1252) != bytes)
        fail("Windows-1252 does not go back to the same bytes");
    if (TextDecoding::normaliseLineEndings(decoded.text) != decoded.text)
        fail("normaliseLineEndings() is not idempotent");
    return 0;
}
