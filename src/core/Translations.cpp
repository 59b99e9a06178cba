#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace samverka::core {

std::vector<std::unique_ptr<QTranslator>> Translations::install(QLocale::Language language)
{
    std::vector<std::unique_ptr<QTranslator>> installed;
    if (language != QLocale::Swedish)
        return installed;
    const QLocale locale(QLocale::Swedish, QLocale::Sweden);
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("samverka"), QStringLiteral("_"),
                  QStringLiteral(":/translations"))) {
        QCoreApplication::installTranslator(own.get());
        installed.push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
    return installed;
}

bool Translations::systemWantsSwedish()
{
    // Messages follow LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in that order, like every
    // other program; QLocale::system().language() would follow LC_NUMERIC instead.
    const QStringList languages = QLocale::system().uiLanguages();
    return languages.isEmpty() ? QLocale::system().language() == QLocale::Swedish
                               : QLocale(languages.first()).language() == QLocale::Swedish;
}

} // namespace samverka::core
