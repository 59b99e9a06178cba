// samverka: the desktop application's entry point.

#include "AppContext.h"
#include "FileController.h"
#include "LanguageController.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ScreenshotTool.h"
#include "UserIdentity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samverka"));
    QCoreApplication::setApplicationName(QStringLiteral("Samverka"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("x-office-document")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Samverka"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshot"),
        QStringLiteral("Open the demo, save screenshots of the main screens to DIR and quit."),
        QStringLiteral("DIR"));
    parser.addOption(screenshots);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A municipality file (.samverka) to open."));
    parser.process(app);

    const bool screenshotMode = parser.isSet(screenshots);
    if (screenshotMode) // leave the user's settings and recent files alone
        QCoreApplication::setOrganizationName(QStringLiteral("Samverka-screenshots"));

    samverka::ui::Logging::start();
    samverka::ui::LanguageController language;
    language.apply(screenshotMode ? samverka::ui::LanguageController::Language::Swedish
                                  : samverka::ui::LanguageController::saved());
    samverka::ui::AppContext context;
    context.setUserName(samverka::ui::UserIdentity::name());
    samverka::ui::MainWindow window(context, language);

    if (screenshotMode)
        return samverka::ui::ScreenshotTool::run(window, context, parser.value(screenshots));

    window.show();
    // Asked once: the name shown as author, kept on this computer only.
    if (samverka::ui::UserIdentity::name().isEmpty())
        window.editSettings(true);
    if (!parser.positionalArguments().isEmpty())
        window.files().openPath(parser.positionalArguments().first());
    return app.exec();
}
