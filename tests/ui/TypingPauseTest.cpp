// Typed text is saved after a short pause, not only when focus leaves; one visit of a
// field is one undo step; a reload never overwrites the field being typed in.

#include "UiTestSupport.h"

#include "LanguageController.h"
#include "MainWindow.h"
#include "PageNavigation.h"
#include "Typing.h"
#include "pages/AgreementPage.h"
#include "widgets/LineField.h"
#include "widgets/TypingPause.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QTest>

using namespace samverka;
using namespace samverka::ui;

namespace {

struct Fixture {
    test::TempMunicipality municipality;
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QString agreementId;

    Fixture()
    {
        window.files().setOpenOptions(municipality.options());
        window.show();
        QApplication::setActiveWindow(&window);
        EXPECT_TRUE(window.files().openPath(municipality.path()));
        window.actions().newAgreement->trigger();
        test::settle();
        agreementId = context.currentTarget().agreementId;
    }

    AgreementPage *page() const { return qobject_cast<AgreementPage *>(window.currentPage()); }
    QString storedTitle() const { return context.file()->agreement(agreementId).title; }

    /// Waits out the typing pause (a timer, not a timed assertion).
    static void pause() { QTest::qWait(TypingPause::kPauseMs + 300); }
};

} // namespace

TEST(TypingPauseTest, TypedTextIsSavedAfterAPauseWhileTheFieldKeepsFocus)
{
    Fixture f;
    AgreementPage *page = f.page();
    ASSERT_NE(page, nullptr);
    const QString before = f.storedTitle();
    LineField *title = page->titleField();
    title->setFocus();
    title->selectAll();
    test::typeText(QStringLiteral("Överenskommelse Sollefteå"));
    EXPECT_EQ(f.storedTitle(), before); // not yet: the user is still typing
    Fixture::pause();
    EXPECT_TRUE(title->hasFocus());
    EXPECT_EQ(f.storedTitle(), QStringLiteral("Överenskommelse Sollefteå"));

    // Typing on in the same visit, then leaving: still one undo step for the visit.
    test::typeText(QStringLiteral(" 2025"));
    Fixture::pause();
    QTest::keyClick(title, Qt::Key_Tab);
    test::settle();
    EXPECT_EQ(f.storedTitle(), QStringLiteral("Överenskommelse Sollefteå 2025"));
    f.window.actions().undo->trigger();
    test::settle();
    EXPECT_EQ(f.storedTitle(), before);
}

TEST(TypingPauseTest, TwoVisitsAreTwoUndoSteps)
{
    Fixture f;
    LineField *title = f.page()->titleField();
    const QString before = f.storedTitle();
    title->setFocus();
    title->selectAll();
    test::typeText(QStringLiteral("Första"));
    QTest::keyClick(title, Qt::Key_Tab);
    title->setFocus();
    title->selectAll();
    test::typeText(QStringLiteral("Andra"));
    QTest::keyClick(title, Qt::Key_Tab);
    test::settle();
    EXPECT_EQ(f.storedTitle(), QStringLiteral("Andra"));
    f.window.actions().undo->trigger();
    EXPECT_EQ(f.storedTitle(), QStringLiteral("Första"));
    f.window.actions().undo->trigger();
    EXPECT_EQ(f.storedTitle(), before);
}

TEST(TypingPauseTest, AReloadNeverOverwritesTheFieldBeingTypedIn)
{
    Fixture f;
    AgreementPage *page = f.page();
    LineField *title = page->titleField();
    title->setFocus();
    title->selectAll();
    test::typeText(QStringLiteral("Mitt i skrivandet"));
    // A colleague's change (or any reload) arrives while the user types.
    f.context.file()->setField(storage::RecordKind::Agreement, f.agreementId,
                               QStringLiteral("title"), QStringLiteral("Kollegans"));
    test::settle();
    page->reload();
    EXPECT_EQ(title->text(), QStringLiteral("Mitt i skrivandet"));
    QTest::keyClick(title, Qt::Key_Tab);
    test::settle();
    EXPECT_EQ(f.storedTitle(), QStringLiteral("Mitt i skrivandet"));
}
