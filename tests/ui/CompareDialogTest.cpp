// Överenskommelse › Jämför med… (issue #16) from a new file, through the real widgets:
// two agreements, a focus area typed into the later one; the comparison lists it as
// added under its section, the filter narrows the list, and a click on the record opens
// its page.

#include "NewFileFixture.h"
#include "UiTestSupport.h"

#include "dialogs/CompareDialog.h"
#include "pages/FocusAreaPage.h"
#include "widgets/RecordListPanel.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

using namespace samverka;
using namespace samverka::ui;

namespace {

struct Fixture : test::NewFileFixture {
    QString earlier;
    QString later;

    /// Two new agreements; the later one gets the focus area title, typed.
    void twoAgreements(const QString &title)
    {
        createFile();
        if (!context.hasFile())
            return;
        window.actions().newAgreement->trigger();
        test::settle();
        earlier = context.currentTarget().agreementId;
        window.actions().newAgreement->trigger();
        test::settle();
        later = context.currentTarget().agreementId;
        ASSERT_FALSE(earlier.isEmpty());
        ASSERT_NE(earlier, later);
        clickSidebar(QStringLiteral("agreement:") + later + QStringLiteral("/focus"));
        auto *page = qobject_cast<FocusAreaPage *>(window.currentPage());
        ASSERT_NE(page, nullptr);
        QTest::mouseClick(page->areaList()->addButton(), Qt::LeftButton);
        test::settle();
        test::typeText(title);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        test::settle();
        ASSERT_EQ(context.file()->agreement(later).focusAreas.size(), 1);
    }

    CompareDialog *dialog() const { return window.findChild<CompareDialog *>(); }
};

} // namespace

TEST(CompareDialogTest, WhatTheLaterAgreementAddedIsListedAndOpensItsPage)
{
    Fixture f;
    ASSERT_NO_FATAL_FAILURE(f.twoAgreements(QStringLiteral("Trygg stadskärna")));
    ASSERT_TRUE(f.window.actions().compare->isEnabled());
    EXPECT_EQ(f.window.actions().compare->text(), QStringLiteral("&Jämför med…"));
    f.window.actions().compare->trigger();
    test::settle();
    CompareDialog *dialog = f.dialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->fromCombo()->currentData().toString(), f.earlier);
    EXPECT_EQ(dialog->toCombo()->currentData().toString(), f.later);

    const QString text = dialog->view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Fokusområden (1)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tillagd Trygg stadskärna"))) << text.toStdString();

    // Only what was removed: nothing.
    dialog->kindFilter()->setCurrentIndex(
        dialog->kindFilter()->findText(QStringLiteral("Borttagen")));
    test::settle();
    EXPECT_TRUE(dialog->view()->toPlainText().contains(QStringLiteral("Inga skillnader.")))
        << dialog->view()->toPlainText().toStdString();
    dialog->kindFilter()->setCurrentIndex(0);
    test::settle();

    // The other way round, the focus area was removed.
    dialog->fromCombo()->setCurrentIndex(dialog->fromCombo()->findData(f.later));
    dialog->toCombo()->setCurrentIndex(dialog->toCombo()->findData(f.earlier));
    test::settle();
    EXPECT_TRUE(
        dialog->view()->toPlainText().contains(QStringLiteral("Borttagen Trygg stadskärna")))
        << dialog->view()->toPlainText().toStdString();
    dialog->fromCombo()->setCurrentIndex(dialog->fromCombo()->findData(f.earlier));
    dialog->toCombo()->setCurrentIndex(dialog->toCombo()->findData(f.later));
    test::settle();

    // The same as the document Ändringar i överenskommelsen, through the save dialog.
    const QString pdf = f.dir.filePath(QStringLiteral("Ändringar.pdf"));
    const auto saved = test::answerFileDialog(pdf);
    ASSERT_TRUE(dialog->pdfButton()->isEnabled());
    QTest::mouseClick(dialog->pdfButton(), Qt::LeftButton);
    test::settle();
    ASSERT_TRUE(*saved) << "no save dialog";
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << pdf.toStdString();
    EXPECT_TRUE(written.read(5).startsWith("%PDF-"));

    // A click on the record opens its page.
    f.clickSidebar(QStringLiteral("agreement:") + f.earlier);
    ASSERT_NE(f.context.currentTarget().agreementId, f.later);
    const QTextCursor found = dialog->view()->document()->find(QStringLiteral("Trygg stadskärna"));
    ASSERT_FALSE(found.isNull());
    QTextCursor inside = found;
    inside.setPosition(found.selectionStart() + 2);
    const QPoint at = dialog->view()->cursorRect(inside).center();
    QTest::mouseClick(dialog->view()->viewport(), Qt::LeftButton, {}, at);
    test::settle();
    EXPECT_EQ(f.context.currentTarget().agreementId, f.later);
    EXPECT_EQ(f.context.currentTarget().page, NavTarget::Page::FocusArea);
}
