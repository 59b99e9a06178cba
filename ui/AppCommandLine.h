#pragma once

// The desktop program's command line (`samverka [--screenshot DIR] [file]`). Its help
// is written with tr() so that it follows the installed language, Qt's own parts too
// (qttexts/QtCommandLineTexts).

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace samverka::ui {

class AppCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AppCommandLine)

public:
    AppCommandLine();
    /// Parses the program's arguments; --help, --version and errors print and exit.
    void process(const QCoreApplication &app);
    bool screenshotMode() const { return m_parser.isSet(m_screenshots); }
    QString screenshotDir() const { return m_parser.value(m_screenshots); }
    /// The file to open, or an empty string.
    QString file() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_screenshots;
};

} // namespace samverka::ui
