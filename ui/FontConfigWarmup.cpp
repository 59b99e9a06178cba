#include "FontConfigWarmup.h"

#ifdef SAMVERKA_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace samverka::ui {

FontConfigWarmup::FontConfigWarmup()
{
#ifdef SAMVERKA_HAVE_FONTCONFIG
    // FcInit loads the configuration and the font caches once per process; Qt's own call
    // (QFontconfigDatabase) then finds them made. Thread-safe since fontconfig 2.10.91.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontConfigWarmup::~FontConfigWarmup()
{
    finish();
}

void FontConfigWarmup::finish()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace samverka::ui
