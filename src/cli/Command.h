#pragma once

// One subcommand of samverka-cli: its name, its help text and what it does. A
// command writes its results to 'out', warnings to 'err', and fails by throwing
// CliError (or a storage/core error, which CliApp turns into an exit code).

#include "CliError.h"

#include <QStringList>
#include <QTextStream>

namespace samverka::cli {

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// Usage line and description, translated.
    virtual QString help() const = 0;
    /// Runs with the arguments after the command's name; returns the exit code.
    virtual int run(const QStringList &args, QTextStream &out, QTextStream &err) = 0;
};

} // namespace samverka::cli
