#pragma once

// samverka-cli demo --output FILE.samverka: writes the bundled demo municipality;
// samverka-cli demo --workspace FOLDER: the demo's police area (core::DemoWorkspace).

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

private:
    static int writeWorkspace(const QString &folder, bool force, QTextStream &out);
};

} // namespace samverka::cli
