#pragma once

// samverka-cli export-table FILE --agreement ID --table action-plan|measures|follow-ups
// --format xlsx|csv --output F [--include-confidential]: writes one of an agreement's
// tables as an Excel workbook or a CSV file, in Swedish.

#include "Command.h"

#include <QCoreApplication>

namespace samverka::cli {

class ExportTableCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportTableCommand)

public:
    QString name() const override { return QStringLiteral("export-table"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
