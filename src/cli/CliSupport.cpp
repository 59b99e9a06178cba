#include "CliSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace samverka::cli {

QString CliSupport::tr(const char *text)
{
    return QCoreApplication::translate("samverka::cli::CliSupport", text);
}

std::unique_ptr<storage::MunicipalityFile> CliSupport::open(const QString &path, Access access,
                                                            QTextStream &err)
{
    storage::MunicipalityFile::OpenOptions options;
    options.readOnly = access == Access::Read;
    options.backupOnOpen = access == Access::Write;
    try {
        auto file = storage::MunicipalityFile::open(path, options);
        if (file->wasRecovered())
            err << file->recoveryMessage() << Qt::endl;
        // The command goes on: a missing routine copy must not stop the work, but the
        // person must know their safety net is missing.
        if (!file->backupFailure().isEmpty())
            err << tr("%1: no backup copy was made before the change. %2")
                       .arg(path, file->backupFailure())
                << Qt::endl;
        if (access == Access::Write && file->isReadOnly())
            throw CliError{CliError::UserError,
                           tr("%1: the file can only be read (it is from a newer version of "
                              "Samverka, or write-protected); nothing was changed.")
                               .arg(path)};
        return file;
    } catch (const storage::StorageError &error) {
        throw fromStorage(error, path);
    }
}

QByteArray CliSupport::readInput(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        throw CliError{CliError::UserError, tr("%1: the file does not exist.").arg(path)};
    if (QFileInfo(path).isDir())
        throw CliError{CliError::UserError, tr("%1: is a folder, not a file.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        throw CliError{CliError::UserError,
                       tr("%1: cannot be read (%2).").arg(path, file.errorString())};
    return file.readAll();
}

void CliSupport::writeOutput(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw CliError{CliError::UserError,
                       tr("%1: cannot be written (%2).").arg(path, file.errorString())};
}

void CliSupport::checkOverwrite(const QString &path, bool force)
{
    if (QFileInfo::exists(path) && !force)
        throw CliError{CliError::UserError,
                       tr("%1: the file exists already; use --force to replace it.").arg(path)};
}

CliError CliSupport::fromStorage(const storage::StorageError &error, const QString &path)
{
    using Kind = storage::StorageError::Kind;
    const Kind kind = error.kind();
    const bool damaged = kind == Kind::NotSqlite || kind == Kind::ForeignFile ||
                         kind == Kind::Damaged || kind == Kind::MigrationFailed;
    QString message = error.message();
    const QString name = QFileInfo(path).fileName();
    if (!path.isEmpty() && !message.contains(path) && !message.contains(name))
        message = QStringLiteral("%1: %2").arg(path, message);
    CliError cliError{damaged ? CliError::DamagedFile : CliError::UserError, message};
    cliError.needsRecovery = kind == Kind::NeedsRecovery;
    return cliError;
}

} // namespace samverka::cli
