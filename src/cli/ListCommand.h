#pragma once

// samverka-cli list FILE: one tab-separated line per agreement (id, status,
// validFrom, validTo, title), sorted by validFrom, then title.

#include "Command.h"

namespace samverka::cli {

class ListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
