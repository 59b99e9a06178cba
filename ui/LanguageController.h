#pragma once

// The interface language: Swedish by default, English on request, remembered in
// QSettings. Installing or removing the translators makes Qt send LanguageChange to
// every widget, which is where the window retranslates itself.

#include <QObject>
#include <QTranslator>

#include <memory>
#include <vector>

namespace samverka::ui {

class LanguageController : public QObject
{
    Q_OBJECT

public:
    enum class Language { Swedish, English };

    explicit LanguageController(QObject *parent = nullptr);

    /// The remembered language (Swedish when none was chosen).
    static Language saved();
    Language current() const { return m_current; }
    /// Installs the language's translations and remembers the choice.
    void apply(Language language);
    /// True when Samverka's own Swedish translation was found and installed.
    bool ownTranslationLoaded() const { return m_ownLoaded; }

signals:
    void languageChanged(samverka::ui::LanguageController::Language language);

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    Language m_current = Language::English;
    bool m_ownLoaded = false;
};

} // namespace samverka::ui
