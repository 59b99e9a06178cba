#pragma once

// samverka-cli publish FILE --database CONNINFO: sends the municipality file's content to
// the region database (issue #17), replacing the municipality's previous publication in one
// transaction. Confidential records, people's contact details and the audit log are never
// sent; of the statistics, only the municipality's own rows.

#include "Command.h"

#include <QCoreApplication>

namespace samverka::cli {

class PublishCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)

public:
    QString name() const override { return QStringLiteral("publish"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
