// The main() of every test runner: a QApplication on the offscreen platform
// (gtest discovery runs the binary without the test environment), then GoogleTest.
// A critical message (a programming error the UI caught, UiErrors) fails the running test;
// a test that provokes one on purpose installs its own handler for that moment.

#include <gtest/gtest.h>

#include <QCoreApplication>
#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#endif

#include <QtGlobal>

#include <cstdio>
#include <memory>

namespace {

QtMessageHandler s_previousHandler = nullptr;

void failOnCritical(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg)
        ADD_FAILURE() << "critical message: " << message.toStdString();
    if (s_previousHandler)
        s_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    s_previousHandler = qInstallMessageHandler(failOnCritical);
#if defined(QT_WIDGETS_LIB)
    QApplication app(argc, argv);
#elif defined(QT_GUI_LIB)
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("SamverkaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("samverka-tests"));
    return RUN_ALL_TESTS();
}
