#pragma once

// The texts Qt 6 puts on standard buttons ("Cancel", "&Yes", ...) under the context
// QPlatformTheme. Debian ships no qtbase_sv for Qt 6, so they are listed here for
// lupdate and translated in Samverka's own catalogue, which is installed app-wide.

#include <QStringList>

namespace samverka::ui {

class QtStandardTexts
{
public:
    /// The source texts (untranslated), for tests.
    static QStringList buttonTexts();
};

} // namespace samverka::ui
