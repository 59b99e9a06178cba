#pragma once

// Runs the built samverka-cli in a child process (English messages, no display) and
// collects its exit code and output; tests assert on the contract of spec/cli.md.

#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

/// Runs the CLI through a wrapper program when 'wrapper' is not empty (its first element
/// is the program, the rest its arguments before the CLI's path).
inline CliResult runCliVia(const QStringList &wrapper, const QStringList &args,
                           const QString &language = QStringLiteral("C"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"),
               language == QLatin1String("C") ? QStringLiteral("C.UTF-8") : language);
    env.insert(QStringLiteral("LANG"), env.value(QStringLiteral("LC_ALL")));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"),
               env.value(QStringLiteral("SAMVERKA_TEST_HOME"), env.value(QStringLiteral("HOME"))));
    process.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        process.start(QStringLiteral(SAMVERKA_CLI_PATH), args);
    else
        process.start(wrapper.first(),
                      wrapper.mid(1) + QStringList{QStringLiteral(SAMVERKA_CLI_PATH)} + args);
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline CliResult runCli(const QStringList &args, const QString &language = QStringLiteral("C"))
{
    return runCliVia({}, args, language);
}

/// As the unprivileged user "nobody" (for root, file modes are no obstacle).
inline CliResult runCliAsNobody(const QStringList &args)
{
    return runCliVia({QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                      QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")},
                     args);
}
