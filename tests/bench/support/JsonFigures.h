#pragma once

// Figures for `scripts/bench --json`: when SAMVERKA_BENCH_JSON names a file, each
// benchmark appends one JSON object per measured operation to it, a line each (median,
// p95, min, max and count in milliseconds; with a reference measured in the same run,
// its median and the ratio). scripts/bench wraps the lines with the commit, the machine
// and the load into one document, so that runs can be compared.

#include "TimingSamples.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace samverka::bench {

class JsonFigures
{
public:
    /// Appends the figure of samples (against reference, when given) to the file named by
    /// SAMVERKA_BENCH_JSON; does nothing when it is not set.
    static void record(const QString &benchmark, const QString &name, const TimingSamples &samples,
                       const TimingSamples *reference = nullptr, const QString &referenceName = {})
    {
        const QString path = qEnvironmentVariable("SAMVERKA_BENCH_JSON");
        if (path.isEmpty() || samples.isEmpty())
            return;
        QJsonObject figure{{QStringLiteral("benchmark"), benchmark},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("unit"), QStringLiteral("ms")},
                           {QStringLiteral("count"), double(samples.count())},
                           {QStringLiteral("median"), samples.median()},
                           {QStringLiteral("p95"), samples.percentile95()},
                           {QStringLiteral("min"), samples.min()},
                           {QStringLiteral("max"), samples.max()}};
        if (reference && !reference->isEmpty()) {
            figure.insert(QStringLiteral("reference"), referenceName);
            figure.insert(QStringLiteral("referenceMedian"), reference->median());
            figure.insert(QStringLiteral("ratio"), samples.median() / reference->median());
        }
        QFile file(path);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write(QJsonDocument(figure).toJson(QJsonDocument::Compact) + '\n');
    }
};

} // namespace samverka::bench
