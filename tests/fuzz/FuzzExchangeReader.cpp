// Fuzz target: ExchangeReader::read on any bytes. A document it accepts must also
// survive the way back: written out and read again, it gives the same document.

#include "FuzzTarget.h"

#include "ExchangeReader.h"
#include "ExchangeWriter.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

using namespace samverka::core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ExchangeReadResult result;
    try {
        result = ExchangeReader::read(bytes);
    } catch (const ExchangeError &) {
        return 0; // refused with a message naming the path: what must happen
    }
    const ExchangeWriter::Options options{true, {}, false};
    const QByteArray written = ExchangeWriter::write(result.data, options);
    QByteArray rewritten;
    try {
        rewritten = ExchangeWriter::write(ExchangeReader::read(written).data, options);
    } catch (const ExchangeError &error) {
        std::fprintf(stderr, "The writer's own document is refused: %s\n%s\n",
                     qPrintable(error.message()), written.constData());
        std::abort();
    }
    if (rewritten != written) {
        std::fprintf(stderr, "Export, import, export differs:\n%s\n%s\n", written.constData(),
                     rewritten.constData());
        std::abort();
    }
    return 0;
}
