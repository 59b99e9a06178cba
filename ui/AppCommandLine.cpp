#include "AppCommandLine.h"

namespace samverka::ui {

AppCommandLine::AppCommandLine()
    : m_screenshots(QStringLiteral("screenshot"),
                    tr("Open the demo, save screenshots of the main screens to DIR and quit."),
                    tr("DIR"))
{
    m_parser.setApplicationDescription(
        tr("Samverka: collaboration agreements between the municipality and the police."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_screenshots);
    m_parser.addPositionalArgument(tr("file"), tr("A municipality file (.samverka) to open."));
}

void AppCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

QString AppCommandLine::file() const
{
    const QStringList files = m_parser.positionalArguments();
    return files.isEmpty() ? QString() : files.first();
}

} // namespace samverka::ui
