// The language switch at runtime: in a running main window with a file open, the
// View › Language actions turn menus, pages and the sidebar English and back to
// Swedish, and the choice is remembered. Settings go to a folder of the test's own,
// never to the user's.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "LanguageController.h"
#include "MainWindow.h"
#include "models/SidebarModel.h"
#include "pages/Page.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCoreApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>

using namespace samverka;
using namespace samverka::ui;
using test::settle;

namespace {

/// Points QSettings at a temporary folder and a test organisation for one test, and
/// puts everything back afterwards (also the default locale the switch changes).
class LocalSettings
{
public:
    LocalSettings()
        : m_organisation(QCoreApplication::organizationName())
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SamverkaLanguageTest"));
    }
    ~LocalSettings()
    {
        QCoreApplication::setOrganizationName(m_organisation);
        const QString config =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
        QLocale::setDefault(m_locale);
    }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_organisation;
    QLocale m_locale;
};

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString sidebarTexts(MainWindow &window)
{
    QStringList texts;
    SidebarModel *model = window.sidebarModel();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            texts << index.data().toString();
            walk(index);
        }
    };
    walk({});
    return texts.join(QLatin1Char('|'));
}

} // namespace

TEST(LanguageSwitchTest, SwitchesAtRuntimeAndIsRemembered)
{
    LocalSettings settings;
    test::TempMunicipality demo{true};
    AppContext context;
    LanguageController language;
    language.apply(LanguageController::saved()); // nothing saved yet: Swedish
    EXPECT_EQ(language.current(), LanguageController::Language::Swedish);
    ASSERT_TRUE(language.ownTranslationLoaded());
    MainWindow window(context, language);
    window.files().setOpenOptions(demo.options());
    window.files().setErrorReporter(
        [](const QString &, const QString &text) { ADD_FAILURE() << text.toStdString(); });
    ASSERT_TRUE(window.files().openPath(demo.path()));
    settle();

    // Swedish first: the File menu is "Arkiv" and the overview page is "Översikt".
    ASSERT_NE(window.currentPage(), nullptr);
    EXPECT_TRUE(menuTitles(window).contains(QStringLiteral("&Arkiv")));
    EXPECT_EQ(window.currentPage()->title(), QStringLiteral("Översikt"));
    EXPECT_TRUE(window.actions().swedish->isChecked());
    const QString swedishSidebar = sidebarTexts(window);

    // The user picks English in the menu.
    window.actions().english->trigger();
    settle();
    EXPECT_EQ(language.current(), LanguageController::Language::English);
    EXPECT_TRUE(menuTitles(window).contains(QStringLiteral("&File")));
    EXPECT_FALSE(menuTitles(window).contains(QStringLiteral("&Arkiv")));
    ASSERT_NE(window.currentPage(), nullptr);
    EXPECT_EQ(window.currentPage()->title(), QStringLiteral("Overview"));
    EXPECT_TRUE(window.actions().english->isChecked());
    EXPECT_NE(sidebarTexts(window), swedishSidebar);
    // The file is still open on the same page; nothing was lost in the rebuild.
    EXPECT_TRUE(context.hasFile());
    EXPECT_EQ(window.currentPage()->target().page, NavTarget::Page::Overview);

    // Remembered: a program started now would come up in English.
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(LanguageController::saved(), LanguageController::Language::English);

    // And back to Swedish.
    window.actions().swedish->trigger();
    settle();
    EXPECT_EQ(language.current(), LanguageController::Language::Swedish);
    EXPECT_TRUE(menuTitles(window).contains(QStringLiteral("&Arkiv")));
    ASSERT_NE(window.currentPage(), nullptr);
    EXPECT_EQ(window.currentPage()->title(), QStringLiteral("Översikt"));
    EXPECT_EQ(sidebarTexts(window), swedishSidebar);
    EXPECT_EQ(LanguageController::saved(), LanguageController::Language::Swedish);

    // The settings went to the test's own folder, nowhere else.
    EXPECT_TRUE(QSettings().fileName().startsWith(settings.dir()))
        << QSettings().fileName().toStdString();
}
