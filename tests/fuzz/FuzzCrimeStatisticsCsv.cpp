// Fuzz target: CrimeStatisticsCsvParser::parse on any bytes (any encoding, any layout).
// It either refuses the file with a StatisticsImportError or returns rows whose
// per-row lists agree.

#include "FuzzTarget.h"

#include "statistics/CrimeStatisticsCsvParser.h"
#include "statistics/StatisticsImportError.h"

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
    static const CrimeStatisticsCsvParser parser;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        const CrimeStatisticsCsvParser::Result result = parser.parse(bytes);
        if (result.sourceRates.size() != result.rows.size() ||
            result.sourceLines.size() != result.rows.size()) {
            std::fprintf(stderr, "rows %lld, rates %lld, lines %lld\n",
                         static_cast<long long>(result.rows.size()),
                         static_cast<long long>(result.sourceRates.size()),
                         static_cast<long long>(result.sourceLines.size()));
            std::abort();
        }
        for (const int line : result.sourceLines) {
            if (line < 1) {
                std::fprintf(stderr, "row from line %d\n", line);
                std::abort();
            }
        }
    } catch (const StatisticsImportError &error) {
        if (error.message().isEmpty()) {
            std::fprintf(stderr, "refused without a message (line %d)\n", error.line());
            std::abort();
        }
    }
    return 0;
}
