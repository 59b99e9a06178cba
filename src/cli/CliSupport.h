#pragma once

// Small shared steps of the commands: opening a municipality file the CLI way,
// reading an input file, writing an output file atomically, translating an error
// of the lower layers into the CLI's exit codes.

#include "CliError.h"

#include "MunicipalityFile.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <memory>

namespace samverka::cli {

class CliSupport
{
public:
    enum class Access { Read, Write };

    /// Opens a municipality file; read access makes no backup and takes no lock. Both may
    /// roll back a write that a crash interrupted, and then say so on err.
    static std::unique_ptr<storage::MunicipalityFile> open(const QString &path, Access access,
                                                           QTextStream &err);
    /// Reads a whole input file; a missing or unreadable file is a CliError (exit 1).
    static QByteArray readInput(const QString &path);
    /// Writes bytes through a temporary file renamed into place: never a partial output.
    static void writeOutput(const QString &path, const QByteArray &bytes);
    /// Refuses an existing output path unless 'force'.
    static void checkOverwrite(const QString &path, bool force);
    /// The CLI's view of a storage error: exit 2 for a damaged or foreign file, else 1.
    static CliError fromStorage(const storage::StorageError &error, const QString &path);
    static QString tr(const char *text);
};

} // namespace samverka::cli
