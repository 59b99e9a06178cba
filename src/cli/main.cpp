// samverka-cli: entry point. Runs without a display (offscreen platform) because the
// documents need a QGuiApplication for fonts and PDF writing.

#include "CliApp.h"

#include "Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
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
