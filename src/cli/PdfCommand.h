#pragma once

// samverka-cli pdf FILE --agreement ID --document KIND --output OUT.pdf
// [--include-confidential]: writes a document of an agreement as PDF/A-1b, in Swedish;
// with --document lagesbild or atgardsplan [--id ID], the municipality's lägesbild or
// åtgärdsplan.

#include "Command.h"

namespace samverka::cli {

class PdfCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("pdf"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
