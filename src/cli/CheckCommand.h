#pragma once

// samverka-cli check FILE [--strict]: the file's integrity, the method checklist's
// findings and every signed agreement's fingerprint.

#include "Command.h"

namespace samverka::cli {

class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
