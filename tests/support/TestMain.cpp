// The main() of every test runner: a QApplication on the offscreen platform
// (gtest discovery runs the binary without the test environment), then GoogleTest.

#include <gtest/gtest.h>

#include <QCoreApplication>
#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#endif

#include <memory>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
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
