#include "LanguageController.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace samverka::ui {

namespace {
const auto kLanguageKey = QStringLiteral("language");
}

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{}

LanguageController::Language LanguageController::saved()
{
    return QSettings().value(kLanguageKey).toString() == QLatin1String("en") ? Language::English
                                                                             : Language::Swedish;
}

void LanguageController::apply(Language language)
{
    m_translators.clear(); // uninstalls the previous language
    m_ownLoaded = false;
    if (language == Language::Swedish) {
        // Debian's Qt 6 has no qtbase_sv; its older qt_sv still translates the file,
        // print and date dialogs. Installed first, so the newer catalogues win.
        auto legacy = std::make_unique<QTranslator>();
        const bool haveLegacy = legacy->load(QStringLiteral("qt_sv"),
                                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (haveLegacy)
            QCoreApplication::installTranslator(legacy.get());
        m_translators = core::Translations::install(QLocale::Swedish);
        if (haveLegacy)
            m_translators.insert(m_translators.begin(), std::move(legacy));
        for (const auto &t : m_translators)
            if (t->filePath().contains(QStringLiteral("samverka")))
                m_ownLoaded = true;
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    m_current = language;
    // Written only when it changes: a QSettings write at every start costs a lock and a
    // rewrite of the settings file.
    const QString word =
        language == Language::English ? QStringLiteral("en") : QStringLiteral("sv");
    QSettings settings;
    if (settings.value(kLanguageKey).toString() != word)
        settings.setValue(kLanguageKey, word);
    emit languageChanged(language);
}

} // namespace samverka::ui
