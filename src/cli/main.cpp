// samverka-cli: entry point. Runs without a display (offscreen platform) because the
// documents need a QGuiApplication for fonts and PDF writing.

#include "CliApp.h"

#include "Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QtMessageHandler s_qtHandler = nullptr;

// Without a desktop session (ssh, cron, CI) Qt notes on stderr that XDG_RUNTIME_DIR is
// not set, in English, before anything the command prints. The CLI never uses that
// folder, so the note is dropped; every other message of Qt's goes through.
void quietRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: ")) &&
        message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    s_qtHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    s_qtHandler = qInstallMessageHandler(quietRuntimeDirNotice);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samverka"));
    QCoreApplication::setApplicationName(QStringLiteral("samverka-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMVERKA_VERSION));

    const auto translators = samverka::core::Translations::install(
        samverka::core::Translations::systemWantsSwedish() ? QLocale::Swedish : QLocale::English);

    samverka::cli::CliApp::routeLogToStandardError();
    QTextStream out(stdout);
    QTextStream err(stderr);
    samverka::cli::CliApp cli;
    const int code = cli.run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
