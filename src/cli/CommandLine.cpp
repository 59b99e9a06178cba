#include "CommandLine.h"

#include "CliError.h"

#include <QCoreApplication>

namespace samverka::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::cli::CommandLine", text);
}
} // namespace

CommandLine::CommandLine(const QStringList &args, const QSet<QString> &valueOptions,
                         const QSet<QString> &switchOptions)
{
    bool onlyPositional = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyPositional || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            m_positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_help = true;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        if (valueOptions.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                throw CliError{CliError::UserError, tr("The option --%1 needs a value.").arg(name)};
            }
        } else if (switchOptions.contains(name) && !hasInline) {
            m_switches.insert(name);
        } else {
            throw CliError{CliError::UserError, tr("Unknown option: --%1 (see --help).").arg(name)};
        }
    }
}

bool CommandLine::has(const QString &option) const
{
    return m_switches.contains(option) || m_values.contains(option);
}

QString CommandLine::value(const QString &option) const
{
    return m_values.value(option);
}

QString CommandLine::required(const QString &option) const
{
    const QString v = m_values.value(option);
    if (v.trimmed().isEmpty())
        throw CliError{CliError::UserError, tr("The option --%1 is required.").arg(option)};
    return v;
}

QString CommandLine::positionalAt(int n, const QString &what) const
{
    if (n >= m_positional.size() || m_positional.at(n).isEmpty())
        throw CliError{CliError::UserError, tr("Missing argument: %1.").arg(what)};
    return m_positional.at(n);
}

} // namespace samverka::cli
