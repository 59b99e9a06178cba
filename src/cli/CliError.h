#pragma once

// A failed command: the exit code of spec/cli.md and one line for stderr that names
// the file, the place in it and what is wrong.

#include <QString>

namespace samverka::cli {

struct CliError {
    enum Code { UserError = 1, DamagedFile = 2, StrictFindings = 3 };

    int exitCode = UserError;
    QString message;
};

} // namespace samverka::cli
