#pragma once

// samverka-cli revise FILE --agreement ID: makes a new draft that replaces a signed
// agreement and prints its id.

#include "Command.h"

namespace samverka::cli {

class ReviseCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("revise"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
