#pragma once

// Loads the program's compiled-in translation (":/translations/samverka_<lang>.qm")
// together with Qt's own, for the app, the CLI and the documents alike.

#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace samverka::core {

class Translations
{
public:
    /// Installs Samverka's and Qt's translations for the language on the running
    /// application; English needs none. The returned objects must outlive their use
    /// (destroying them uninstalls them).
    static std::vector<std::unique_ptr<QTranslator>> install(QLocale::Language language);
    /// True when the user's message language is Swedish (LANGUAGE, LC_ALL, LC_MESSAGES
    /// or LANG sv_*).
    static bool systemWantsSwedish();
};

} // namespace samverka::core
