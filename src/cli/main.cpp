// samverka-cli: entry point. Runs without a display (offscreen platform) because the
// documents need a QGuiApplication for fonts and PDF writing.

#include "CliApp.h"

#include "Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

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
#ifdef Q_OS_WIN
    // The output is UTF-8 (QTextStream's default), as files and pipes want it. A console
    // shows it right only in code page 65001: set that for this run, then give it back.
    const UINT consoleCodePage = GetConsoleOutputCP();
    SetConsoleOutputCP(CP_UTF8);
#endif
    QTextStream out(stdout);
    QTextStream err(stderr);
    samverka::cli::CliApp cli;
    const int code = cli.run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
#ifdef Q_OS_WIN
    if (consoleCodePage != 0)
        SetConsoleOutputCP(consoleCodePage);
#endif
    return code;
}
