#include "TypingPause.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace samverka::ui {

TypingPause::TypingPause(QWidget *field, std::function<void()> commit)
    : QObject(field)
    , m_timer(new QTimer(this))
    , m_commit(std::move(commit))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPauseMs);
    connect(m_timer, &QTimer::timeout, this, [this] { m_commit(); });
    field->installEventFilter(this);
}

void TypingPause::edited()
{
    m_timer->start();
}

void TypingPause::stop()
{
    m_timer->stop();
}

QString TypingPause::visitKey() const
{
    return QStringLiteral("%1:%2").arg(quintptr(parent()), 0, 16).arg(m_visit);
}

bool TypingPause::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        ++m_visit;
    return QObject::eventFilter(watched, event);
}

} // namespace samverka::ui
