#include "FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace samverka::ui {

FirstPaintProbe::FirstPaintProbe(QWidget &window)
    : QObject(&window)
    , m_window(window)
{}

void FirstPaintProbe::installIfAsked(QWidget &window)
{
    if (qEnvironmentVariableIsEmpty("SAMVERKA_BENCH_FIRST_PAINT"))
        return;
    qApp->installEventFilter(new FirstPaintProbe(window));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == &m_window) {
        m_seen = true;
        // The rest of the window is painted in the same pass, before this timer fires.
        QTimer::singleShot(0, qApp, [] {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace samverka::ui
