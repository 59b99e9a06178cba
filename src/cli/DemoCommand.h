#pragma once

// samverka-cli demo --output FILE.samverka: writes the bundled demo municipality.

#include "Command.h"

namespace samverka::cli {

class DemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    /// The bundled demo as read from the resources (shared with the app).
    static QByteArray demoDocument();
};

} // namespace samverka::cli
