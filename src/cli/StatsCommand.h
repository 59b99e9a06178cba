#pragma once

// samverka-cli stats import FILE STATS.csv | stats population FILE POP.csv: imports
// reported-crime statistics or population, all rows or none.

#include "Command.h"

namespace samverka::cli {

class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    int importCrimes(const QString &path, const QString &csv, QTextStream &out, QTextStream &err);
    int importPopulation(const QString &path, const QString &csv, QTextStream &out,
                         QTextStream &err);
};

} // namespace samverka::cli
