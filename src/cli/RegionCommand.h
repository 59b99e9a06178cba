#pragma once

// samverka-cli region init --database CONNINFO: creates the region database's schema, its
// roles and its row-level security, or updates an older schema (issue #17,
// docs/region-database.md). Run once by IT, with a role that may create schemas and roles.

#include "Command.h"

#include <QCoreApplication>

namespace samverka::cli {

class RegionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RegionCommand)

public:
    QString name() const override { return QStringLiteral("region"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
