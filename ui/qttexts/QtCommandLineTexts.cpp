#include "qttexts/QtCommandLineTexts.h"

namespace samverka::ui {

QList<QtText> QtCommandLineTexts::texts()
{
    static const char *const parser[] = {
        QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    };
    QList<QtText> texts;
    QtText::append(texts, "QCommandLineParser", parser);
    return texts;
}

} // namespace samverka::ui
