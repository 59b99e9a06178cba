// After Add on a list page, the user names the new record at once: its first input has
// the focus with "Ny åtgärd" selected, so typing replaces it (before, the focus stayed on
// the Add button and every space typed added another record). From a new file, through
// the real window, the mouse and the keyboard.

#include "UiTestSupport.h"

#include "LanguageController.h"
#include "MainWindow.h"
#include "PageNavigation.h"
#include "pages/MeasuresPage.h"
#include "widgets/RecordListPanel.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;

TEST(AddedRecordIsNamedFirstTest, TypingAfterAddNamesTheNewMeasure)
{
    test::TempMunicipality file{false};
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    window.files().setOpenOptions(file.options());
    window.resize(1280, 720);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(window.files().openPath(file.path()));
    const QString agreement = context.insertRecord(
        storage::RecordKind::Agreement, {}, {{QStringLiteral("title"), QStringLiteral("A")}});
    context.navigate(test::targetOf(NavTarget::Page::Measures, agreement));
    test::settle();
    auto *page = qobject_cast<MeasuresPage *>(window.currentPage());
    ASSERT_NE(page, nullptr);

    QTest::mouseClick(page->list()->addButton(), Qt::LeftButton);
    test::settle();
    auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(focused, nullptr);
    EXPECT_TRUE(page->isAncestorOf(focused));
    EXPECT_EQ(focused->selectedText(), focused->text());
    QTest::keyClicks(focused, QStringLiteral("Trygghetsvandring i centrum"));
    QTest::keyClick(focused, Qt::Key_Return);
    test::settle();

    const QList<core::Measure> measures = context.file()->agreement(agreement).measures;
    ASSERT_EQ(measures.size(), 1);
    EXPECT_EQ(measures.first().title, QStringLiteral("Trygghetsvandring i centrum"));
    EXPECT_EQ(page->list()->tree()->topLevelItem(0)->text(0),
              QStringLiteral("Trygghetsvandring i centrum"));
}
