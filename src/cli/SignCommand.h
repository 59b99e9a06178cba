#pragma once

// samverka-cli sign FILE --agreement ID --date YYYY-MM-DD --place PLACE: records that
// every listed signatory signed, stores the fingerprint and locks the agreement.

#include "Command.h"

namespace samverka::cli {

class SignCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("sign"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
