#pragma once

// samverka-cli's dispatcher: finds the command, runs it, and turns every failure into
// one line on stderr and the exit code of spec/cli.md. Never lets an exception out.

#include "Command.h"

#include <memory>
#include <vector>

namespace samverka::cli {

class CliApp
{
public:
    CliApp();
    ~CliApp();

    /// args without the program name; returns the exit code.
    int run(const QStringList &args, QTextStream &out, QTextStream &err);
    void addCommand(std::unique_ptr<Command> command);
    /// Sends the lower layers' log to standard error, errors only: standard output is the
    /// commands' machine-readable contract, and what a person must know (an interrupted
    /// write rolled back, a backup that failed) the commands say there themselves.
    static void routeLogToStandardError();

private:
    QString usage() const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace samverka::cli
