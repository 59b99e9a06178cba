#pragma once

// A failed command: the exit code of spec/cli.md and one line for stderr that names
// the file, the place in it and what is wrong.

#include <QString>

namespace samverka::cli {

struct CliError {
    enum Code { UserError = 1, DamagedFile = 2, StrictFindings = 3 };

    int exitCode = UserError;
    QString message;
    /// The file needs a journal left by a crash rolled back, which this run may not do:
    /// the command prints "integrity<TAB>needs-recovery" on standard output.
    bool needsRecovery = false;
};

} // namespace samverka::cli
