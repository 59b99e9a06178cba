#pragma once

// samverka-cli export FILE --output EXCHANGE.json [--with-attachments]: writes the
// file's content as an exchange document.

#include "Command.h"

namespace samverka::cli {

class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
