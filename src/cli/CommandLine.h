#pragma once

// The parsed arguments of one command: positional arguments, flags with a value
// ("--output FILE" or "--output=FILE") and switches ("--force"). Unknown options and
// missing values are user errors (CliError).

#include <QMap>
#include <QSet>
#include <QStringList>

namespace samverka::cli {

class CommandLine
{
public:
    /// Parses args (without the program and command names). valueOptions take a
    /// value; switchOptions do not. Throws CliError for anything else.
    CommandLine(const QStringList &args, const QSet<QString> &valueOptions,
                const QSet<QString> &switchOptions);

    const QStringList &positional() const { return m_positional; }
    bool has(const QString &option) const;
    QString value(const QString &option) const;
    /// The value of an option that must be there; throws CliError naming it.
    QString required(const QString &option) const;
    /// The n-th positional argument that must be there; 'what' names it in the error.
    QString positionalAt(int n, const QString &what) const;
    bool wantsHelp() const { return m_help; }

private:
    QStringList m_positional;
    QMap<QString, QString> m_values;
    QSet<QString> m_switches;
    bool m_help = false;
};

} // namespace samverka::cli
