#pragma once

// samverka-cli overview (FILE… | --workspace W.json) [--format text|json]
// [--today YYYY-MM-DD] [--output F]: one row per municipality file (issue #16), read
// without changing or locking anything (storage's OverviewReader). A file that cannot be
// read gets a row with a word for why; the command still exits 0.

#include "Command.h"

#include "OverviewDetail.h"
#include "OverviewRow.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDate>

namespace samverka::cli {

class CommandLine;

class OverviewCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OverviewCommand)

public:
    QString name() const override { return QStringLiteral("overview"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    /// --today's day, else the system's today. Throws CliError for a day not YYYY-MM-DD.
    static QDate today(const CommandLine &cl);
    /// The workspace file at path. Throws CliError naming the file and what is wrong.
    static core::Workspace workspace(const QString &path);
    /// The rows of --database (with --police-area, --county), for today; with details,
    /// the report's lists too. Throws CliError.
    static QList<core::OverviewRow> databaseRows(const CommandLine &cl, const QDate &today,
                                                 QList<core::OverviewDetail> *details = nullptr);

private:
    static QList<core::OverviewRow> fileRows(const CommandLine &cl, const QDate &today,
                                             QString *workspaceName);
};

} // namespace samverka::cli
