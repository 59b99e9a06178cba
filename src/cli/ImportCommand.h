#pragma once

// samverka-cli import EXCHANGE.json (--output FILE [--force] | --into FILE): creates a
// file from an exchange document, or merges one into a file, all or nothing.

#include "Command.h"

namespace samverka::cli {

class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
