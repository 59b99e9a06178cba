#pragma once

// Typed text is committed after a short pause as well as when focus leaves the field,
// so a crash loses at most a second of typing. Each visit of the field (focus in to
// focus out) has its own key, so that all commits of one visit merge into one undo step.

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace samverka::ui {

class TypingPause : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPauseMs = 1200;

    /// Watches field's focus; commit runs after a pause in typing.
    TypingPause(QWidget *field, std::function<void()> commit);

    /// The user changed the text: commit once they pause.
    void edited();
    /// A commit happens now anyway (focus left, Enter): no pause commit is due.
    void stop();
    /// Names the current visit of the field, e.g. "0x55d0c2a0:3".
    QString visitKey() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    std::function<void()> m_commit;
    int m_visit = 0;
};

} // namespace samverka::ui
