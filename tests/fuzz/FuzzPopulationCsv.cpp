// Fuzz target: PopulationCsvParser::parse on any bytes. It either refuses the file with
// a StatisticsImportError that says what is wrong, or returns one row per (code, year).

#include "FuzzTarget.h"

#include "statistics/PopulationCsvParser.h"
#include "statistics/StatisticsImportError.h"

#include <QByteArray>
#include <QSet>

#include <cstdio>
#include <cstdlib>

using namespace samverka::core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const PopulationCsvParser parser;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        const PopulationCsvParser::Result result = parser.parse(bytes);
        QSet<QString> keys;
        for (const Population &row : result.rows) {
            const QString key = row.municipalityCode + QLatin1Char('/') + QString::number(row.year);
            if (keys.contains(key)) {
                std::fprintf(stderr, "repeated key %s\n", qPrintable(key));
                std::abort();
            }
            keys.insert(key);
        }
    } catch (const StatisticsImportError &error) {
        if (error.message().isEmpty()) {
            std::fprintf(stderr, "refused without a message (line %d)\n", error.line());
            std::abort();
        }
    }
    return 0;
}
