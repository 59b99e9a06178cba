#pragma once

// For the start-up benchmark (tests/bench/samverka_bench_start, issue #13): when the
// environment variable SAMVERKA_BENCH_FIRST_PAINT is set, the first time the window is
// painted the program prints "painted" on standard output and quits. The benchmark
// measures from starting the process to that line. Without the variable, nothing is
// installed and the program behaves as always.

#include <QObject>

class QWidget;

namespace samverka::ui {

class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    /// Installs a probe on window when the benchmark asked for one.
    static void installIfAsked(QWidget &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget &window);

    QWidget &m_window;
    bool m_seen = false;
};

} // namespace samverka::ui
