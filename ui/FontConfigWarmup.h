#pragma once

// Reads fontconfig's configuration on a thread of its own while QApplication connects to
// the display. Qt reads it on the main thread the first time a widget needs a font (in
// Samverka the main window's status bar): some 40 files under /etc/fonts, about 6 ms of
// the start on this machine, beside which the main thread could build the window
// (docs/performance.md). Where Qt does not use fontconfig (Windows, macOS) this does
// nothing.

#include <thread>

namespace samverka::ui {

class FontConfigWarmup
{
public:
    /// Starts reading at once.
    FontConfigWarmup();
    /// Waits for the reading (finish()).
    ~FontConfigWarmup();
    FontConfigWarmup(const FontConfigWarmup &) = delete;
    FontConfigWarmup &operator=(const FontConfigWarmup &) = delete;

    /// Waits until fontconfig is read: call it before anything asks Qt for a font, so that
    /// Qt finds the configuration made and never reads it a second time beside this.
    void finish();

private:
    std::thread m_thread;
};

} // namespace samverka::ui
