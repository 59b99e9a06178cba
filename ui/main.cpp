// samverka: the desktop application's entry point.

#include "AppCommandLine.h"
#include "AppContext.h"
#include "AppStyle.h"
#include "FileController.h"
#include "FileOpenAhead.h"
#include "FirstPaintProbe.h"
#include "FontConfigWarmup.h"
#include "LanguageController.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ScreenshotTool.h"
#include "UserIdentity.h"

#include <QApplication>
#include <QIcon>

#include <memory>

int main(int argc, char **argv)
{
    samverka::ui::FontConfigWarmup fonts; // beside QApplication's connection to the display
    QApplication app(argc, argv);
    fonts.finish();
    QApplication::setStyle(new samverka::ui::AppStyle); // rows tall enough for Å, Ä, Ö
    QCoreApplication::setOrganizationName(QStringLiteral("Samverka"));
    QCoreApplication::setApplicationName(QStringLiteral("Samverka"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // The installed .desktop entry's id, so that Wayland compositors match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.samverka.Samverka"));
    // Samverka's own icon, from the resources: the icon theme's lookup cost each start
    // about 10 ms, and it showed a generic document. Qt decodes each file as it is
    // added, so only the sizes a window's icon is shown in (title bar, task bar,
    // Alt+Tab); the larger ones are for the desktop's menus (the installed icon theme).
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64})
        icon.addFile(QStringLiteral(":/icons/samverka-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // The help speaks the user's language, so the translators go in before parsing.
    samverka::ui::LanguageController language;
    language.apply(samverka::ui::LanguageController::saved());
    samverka::ui::AppCommandLine commandLine;
    commandLine.process(app);

    const bool screenshotMode = commandLine.screenshotMode();
    if (screenshotMode) { // leave the user's settings and recent files alone
        QCoreApplication::setOrganizationName(QStringLiteral("Samverka-screenshots"));
        language.apply(samverka::ui::LanguageController::Language::Swedish);
    }

    samverka::ui::Logging::start();
    // The file opens on a thread of its own while the window is built. Not on the first
    // start: the settings asked for then may move the backup copy made on opening.
    std::unique_ptr<samverka::ui::FileOpenAhead> ahead;
    if (!screenshotMode && !commandLine.file().isEmpty() &&
        !samverka::ui::UserIdentity::name().isEmpty())
        ahead = std::make_unique<samverka::ui::FileOpenAhead>(
            commandLine.file(), samverka::ui::FileController::openOptionsFromSettings());
    samverka::ui::AppContext context;
    context.setUserName(samverka::ui::UserIdentity::name());
    samverka::ui::MainWindow window(context, language);

    if (screenshotMode)
        return samverka::ui::ScreenshotTool::run(window, context, commandLine.screenshotDir());

    samverka::ui::FirstPaintProbe::installIfAsked(window); // tests/bench only
    window.show();
    // Asked once: the name shown as author, kept on this computer only.
    if (samverka::ui::UserIdentity::name().isEmpty())
        window.editSettings(true);
    if (ahead)
        window.files().openAhead(*ahead);
    else if (!commandLine.file().isEmpty())
        window.files().openPath(commandLine.file());
    return app.exec();
}
