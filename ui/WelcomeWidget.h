#pragma once

// What the window shows when no file is open: the files opened lately, and create a
// municipality file, open one, or open the demo municipality.

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace samverka::ui {

class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    /// The files opened lately, newest first; the list hides when there are none.
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void openPathRequested(const QString &path);

private:
    QLabel *m_recentLabel;
    QListWidget *m_recent;
};

} // namespace samverka::ui
