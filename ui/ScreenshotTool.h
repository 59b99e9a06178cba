#pragma once

// Screenshots of the main screens for the user guide (`samverka --screenshot DIR`):
// opens a fresh copy of the demo, shows each screen at 1366×768 and saves
// QWidget::grab() PNGs (a screen grab on the offscreen platform is garbage).

#include <QString>

namespace samverka::ui {

class AppContext;
class MainWindow;

class ScreenshotTool
{
public:
    /// Returns the process exit code (0 when every screenshot was written).
    static int run(MainWindow &window, AppContext &context, const QString &dir);
};

} // namespace samverka::ui
