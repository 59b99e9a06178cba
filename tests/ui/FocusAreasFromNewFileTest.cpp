// A coordinator's first steps in part 2, from a new file and through the real widgets:
// the new file has the two parties, the focus-area list teaches what it is for, a focus
// area is added, named and given an action-plan row, reordered, removed and restored.

#include "UiTestSupport.h"

#include "FileController.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "SidebarView.h"
#include "Typing.h"
#include "dialogs/NewFileDialog.h"
#include "models/ActionPlanModel.h"
#include "models/SidebarModel.h"
#include "pages/FocusAreaPage.h"
#include "widgets/LineField.h"
#include "widgets/RecordListPanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;

namespace {

struct Fixture {
    QTemporaryDir dir;
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QStringList errors;

    Fixture()
    {
        storage::MunicipalityFile::OpenOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        window.files().setOpenOptions(options);
        window.files().setErrorReporter(
            [this](const QString &, const QString &text) { errors << text; });
        language.apply(LanguageController::Language::Swedish);
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
    }

    /// File › New through the real dialog: the municipality typed into its search field.
    QString createFile(const QString &search)
    {
        const QString path = dir.filePath(QStringLiteral("Ny.samverka"));
        auto handled = test::onModal<NewFileDialog>([&](NewFileDialog *dialog) {
            QApplication::setActiveWindow(dialog);
            auto *filter = dialog->findChild<QLineEdit *>();
            filter->setFocus();
            test::typeText(search);
            for (auto *edit : dialog->findChildren<QLineEdit *>())
                if (edit != filter) {
                    edit->selectAll();
                    QTest::keyClicks(edit, path);
                }
            QTest::keyClick(dialog, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject(); // never leave the test waiting on a dialog
        });
        window.actions().newFile->trigger();
        EXPECT_TRUE(*handled);
        test::settle();
        QApplication::setActiveWindow(&window); // back from the dialog
        return path;
    }

    /// Clicks the sidebar entry with this key, as a user does.
    void clickSidebar(const QString &key)
    {
        SidebarView *view = window.sidebar();
        const QModelIndexList found =
            window.sidebarModel()->match(window.sidebarModel()->index(0, 0), SidebarModel::KeyRole,
                                         key, 1, Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_EQ(found.size(), 1) << key.toStdString();
        view->scrollTo(found.first());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(found.first()).center());
        test::settle();
    }

    FocusAreaPage *focusPage() const { return qobject_cast<FocusAreaPage *>(window.currentPage()); }
};

} // namespace

TEST(FocusAreasFromNewFileTest, ANewFileHasTheMunicipalityAndThePolice)
{
    Fixture f;
    f.createFile(QStringLiteral("Sollefteå"));
    ASSERT_TRUE(f.context.hasFile()) << f.errors.join(QLatin1Char('\n')).toStdString();
    const QList<core::Party> parties = f.context.file()->parties();
    ASSERT_EQ(parties.size(), 2);
    EXPECT_EQ(parties.at(0).kind, core::PartyKind::Municipality);
    EXPECT_EQ(parties.at(0).name, QStringLiteral("Sollefteå kommun"));
    EXPECT_EQ(parties.at(1).kind, core::PartyKind::Police);
    EXPECT_TRUE(parties.at(1).name.startsWith(QStringLiteral("Polismyndigheten")));
}

TEST(FocusAreasFromNewFileTest, AFocusAreaIsAddedNamedAndGetsAnActionPlanRow)
{
    Fixture f;
    f.createFile(QStringLiteral("Sollefteå"));
    ASSERT_TRUE(f.context.hasFile());
    f.window.actions().newAgreement->trigger();
    test::settle();
    const QString agreementId = f.context.currentTarget().agreementId;
    ASSERT_FALSE(agreementId.isEmpty());

    f.clickSidebar(QStringLiteral("agreement:") + agreementId + QStringLiteral("/focus"));
    FocusAreaPage *page = f.focusPage();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(page->showsList());
    // The empty list says what it is for and offers the one action to take.
    EXPECT_TRUE(page->areaList()->emptyLabel()->isVisible());
    EXPECT_TRUE(page->areaList()->emptyLabel()->text().contains(QStringLiteral("fokusområden")))
        << page->areaList()->emptyLabel()->text().toStdString();
    ASSERT_TRUE(page->areaList()->addButton()->isEnabled());

    QTest::mouseClick(page->areaList()->addButton(), Qt::LeftButton);
    test::settle();
    // The new focus area is open, its title selected: typing names it.
    ASSERT_EQ(f.focusPage(), page);
    ASSERT_FALSE(page->showsList());
    ASSERT_EQ(QApplication::focusWidget(), page->titleField());
    test::typeText(QStringLiteral("Trygg stadskärna"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    test::settle();
    core::Agreement a = f.context.file()->agreement(agreementId);
    ASSERT_EQ(a.focusAreas.size(), 1);
    EXPECT_EQ(a.focusAreas.at(0).title, QStringLiteral("Trygg stadskärna"));
    const QString areaId = a.focusAreas.at(0).id;

    // Lägg till åtgärd: the activity cell opens for typing, its placeholder selected so
    // that what is typed replaces it (after the page has read the new row back); Enter
    // commits.
    QPushButton *add = nullptr;
    for (auto *button : page->findChildren<QPushButton *>())
        if (button->isVisible() &&
            button->text() ==
                QCoreApplication::translate("samverka::ui::FocusAreaPage", "Add measure"))
            add = button;
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    test::settle();
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    auto *line = qobject_cast<QLineEdit *>(editor);
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->selectedText(), line->text()); // the placeholder, for typing over
    test::typeText(QStringLiteral("Trygghetsvandring i centrum"));
    QTest::keyClick(editor, Qt::Key_Return);
    test::settle();
    a = f.context.file()->agreement(agreementId);
    ASSERT_EQ(a.measures.size(), 1);
    EXPECT_EQ(a.measures.at(0).title, QStringLiteral("Trygghetsvandring i centrum"));
    EXPECT_EQ(a.measures.at(0).focusArea, areaId);
    EXPECT_EQ(page->actionPlan()->rowCount(), 1);

    // The list names it, with its action plan counted.
    f.clickSidebar(QStringLiteral("agreement:") + agreementId + QStringLiteral("/focus"));
    ASSERT_TRUE(page->showsList());
    EXPECT_FALSE(page->areaList()->emptyLabel()->isVisible());
    ASSERT_EQ(page->areaList()->tree()->topLevelItemCount(), 1);
    EXPECT_EQ(page->areaList()->tree()->topLevelItem(0)->text(0),
              QStringLiteral("1. Trygg stadskärna"));
    EXPECT_TRUE(
        page->areaList()->tree()->topLevelItem(0)->text(1).contains(QStringLiteral("1 åtgärd")));
}

TEST(FocusAreasFromNewFileTest, FocusAreasAreReorderedRemovedAndRestoredWithTheKeyboard)
{
    Fixture f;
    f.createFile(QStringLiteral("Härnösand"));
    ASSERT_TRUE(f.context.hasFile());
    f.window.actions().newAgreement->trigger();
    test::settle();
    const QString agreementId = f.context.currentTarget().agreementId;
    const QString listKey = QStringLiteral("agreement:") + agreementId + QStringLiteral("/focus");
    for (const QString &name : {QStringLiteral("Ungdomar"), QStringLiteral("Trafik")}) {
        f.clickSidebar(listKey);
        QTest::mouseClick(f.focusPage()->areaList()->addButton(), Qt::LeftButton);
        test::settle();
        test::typeText(name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        test::settle();
    }
    f.clickSidebar(listKey);
    FocusAreaPage *page = f.focusPage();
    QTreeWidget *tree = page->areaList()->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(1));
    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    test::settle();
    auto titles = [&] {
        QStringList result;
        for (const core::FocusArea &area : f.context.file()->agreement(agreementId).focusAreas)
            result << area.title;
        return result;
    };
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("Trafik"), QStringLiteral("Ungdomar")}));
    EXPECT_EQ(page->areaList()->currentId(),
              f.context.file()->agreement(agreementId).focusAreas.at(0).id);

    QTest::mouseClick(page->areaList()->removeButton(), Qt::LeftButton);
    test::settle();
    EXPECT_EQ(titles(), QStringList{QStringLiteral("Ungdomar")});
    f.window.actions().undo->trigger();
    test::settle();
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("Trafik"), QStringLiteral("Ungdomar")}));

    // Enter on an entry opens it.
    tree->setCurrentItem(tree->topLevelItem(1));
    QTest::keyClick(tree, Qt::Key_Return);
    test::settle();
    EXPECT_FALSE(page->showsList());
    EXPECT_EQ(page->title(), QStringLiteral("Ungdomar"));
}
