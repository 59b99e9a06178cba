// Under a Swedish locale the CLI's help is Swedish from its first line, with no
// English notice of Qt's before it (the child gets the locale explicitly: CTest runs
// the tests with LC_ALL=C.UTF-8).

#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

struct Output {
    QString out;
    QString err;
};

Output runWithSwedishLocale(const QString &program, const QStringList &args)
{
    const QTemporaryDir home; // no saved language choice: the program's default
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("sv_SE.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // as under ssh or cron
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    EXPECT_TRUE(process.waitForFinished(120000));
    return {QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(CliSwedishHelpTest, HelpIsSwedishFromTheFirstLine)
{
    const Output result =
        runWithSwedishLocale(QStringLiteral(SAMVERKA_CLI_PATH), {QStringLiteral("--help")});
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Användning: samverka-cli KOMMANDO")))
        << result.out.toStdString();
    EXPECT_EQ(result.err, QString()) << result.err.toStdString();
}

TEST(CliSwedishHelpTest, LcMessagesAloneChoosesSwedish)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("sv_SE.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SAMVERKA_CLI_PATH), {QStringLiteral("--help")});
    ASSERT_TRUE(process.waitForFinished(120000));
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput())
                    .startsWith(QStringLiteral("Användning:")));
}

// The desktop program: tests/CMakeLists.txt gives this runner its path.
TEST(CliSwedishHelpTest, DesktopProgramHelpIsSwedish)
{
    const Output result =
        runWithSwedishLocale(QStringLiteral(SAMVERKA_APP_PATH), {QStringLiteral("--help")});
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Användning: "))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Visar hjälp om kommandoradsalternativen.")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Alternativ:"))) << result.out.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("Displays"))) << result.out.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("Options:"))) << result.out.toStdString();
}
