#pragma once

// samverka-cli diff FILE --from ID --to ID [--format text|json] [--output F]
// [--include-confidential]: what changed between two agreements of a file (issue #16).
// --from defaults to the agreement --to replaces. Exits 0 with or without differences.

#include "Command.h"

namespace samverka::cli {

class DiffCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
