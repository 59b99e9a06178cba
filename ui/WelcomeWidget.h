#pragma once

// What the window shows when no file is open: create a municipality file, open one,
// or open the demo municipality.

#include <QWidget>

class QPushButton;

namespace samverka::ui {

class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
};

} // namespace samverka::ui
