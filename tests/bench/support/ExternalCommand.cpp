#include "ExternalCommand.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <stdexcept>

namespace samverka::bench {

double ExternalCommand::run(const QString &program, const QStringList &arguments,
                            int timeoutSeconds)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        throw std::runtime_error("cannot start " + program.toStdString());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        throw std::runtime_error(program.toStdString() + " timed out");
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error(program.toStdString() + " failed (exit " +
                                 std::to_string(process.exitCode()) +
                                 "): " + process.readAllStandardError().toStdString());
    return ms;
}

QString ExternalCommand::find(const QString &program)
{
    return QStandardPaths::findExecutable(program);
}

} // namespace samverka::bench
