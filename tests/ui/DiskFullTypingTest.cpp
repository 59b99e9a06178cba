// Typing into the real window when the disk is full (issue #12, I/O errors), from a new
// file and in Swedish: the user is shown the message (what happened, that the change was
// not saved, what to do); the typed text stays in the field, marked as not saved, so it is
// neither lost nor passed off as saved; nothing joins the undo history; and once there is
// room, leaving the field saves it. The fault comes from FaultInjectingVfs under SQLite.

#include "UiTestSupport.h"

#include "FaultInjectingVfs.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "PageNavigation.h"
#include "Typing.h"
#include "pages/AgreementPage.h"
#include "widgets/LineField.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>

using namespace samverka;
using namespace samverka::ui;
using samverka::testing::FaultInjectingVfs;

namespace {

struct Fixture {
    test::TempMunicipality municipality; // a new, empty file
    FaultInjectingVfs vfs{municipality.path()};
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QString agreementId;

    Fixture()
    {
        language.apply(LanguageController::Language::Swedish);
        window.files().setOpenOptions(municipality.options());
        window.show();
        QApplication::setActiveWindow(&window);
        EXPECT_TRUE(window.files().openPath(municipality.path()));
        window.actions().newAgreement->trigger();
        test::settle();
        agreementId = context.currentTarget().agreementId;
    }

    ~Fixture()
    {
        window.close();
        context.closeFile(); // every connection closed before the VFS goes
        language.apply(LanguageController::Language::English);
    }

    AgreementPage *page() const { return qobject_cast<AgreementPage *>(window.currentPage()); }
    /// The title as the file holds it, read by a connection of its own.
    QString storedTitle() const { return municipality.open()->agreement(agreementId).title; }

    /// Types into the title and leaves the field (Tab), as a user does.
    void typeTitle(const QString &text)
    {
        LineField *title = page()->titleField();
        title->setFocus();
        title->selectAll();
        test::typeText(text);
        QTest::keyClick(title, Qt::Key_Tab);
        test::settle();
    }

    QMessageBox *errorBox() const
    {
        return window.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    }
};

} // namespace

TEST(DiskFullTypingTest, TheTypedTitleIsKeptUnsavedAndTheSwedishMessageShown)
{
    Fixture f;
    ASSERT_NE(f.page(), nullptr);
    f.typeTitle(QStringLiteral("Trygghet i Härnösand"));
    ASSERT_EQ(f.storedTitle(), QStringLiteral("Trygghet i Härnösand"));
    const int undoSteps = f.context.undoStack()->count();

    f.vfs.arm(FaultInjectingVfs::fullDisk());
    f.typeTitle(QStringLiteral("Trygg skolväg"));

    QMessageBox *box = f.errorBox();
    ASSERT_NE(box, nullptr) << "the user was not told";
    EXPECT_TRUE(box->isVisible());
    const QString message = box->text();
    EXPECT_TRUE(message.contains(QStringLiteral("är full"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("sparades inte"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(f.municipality.path())));
    EXPECT_FALSE(f.window.statusBar()->currentMessage().isEmpty());
    // Not pretended saved: neither the file nor the undo history has it ...
    f.vfs.disarm();
    EXPECT_EQ(f.storedTitle(), QStringLiteral("Trygghet i Härnösand"));
    EXPECT_EQ(f.context.undoStack()->count(), undoSteps);
    // ... and not lost: the field keeps it, and says it is not saved.
    LineField *title = f.page()->titleField();
    EXPECT_EQ(title->text(), QStringLiteral("Trygg skolväg"));
    EXPECT_TRUE(f.window.statusBar()->currentMessage().contains(QStringLiteral("Inte sparat")))
        << f.window.statusBar()->currentMessage().toStdString();

    // There is room again: back into the field and out saves what was typed.
    box->close();
    test::settle();
    QApplication::setActiveWindow(&f.window);
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Tab);
    test::settle();
    EXPECT_EQ(f.storedTitle(), QStringLiteral("Trygg skolväg"));
    EXPECT_EQ(f.context.undoStack()->count(), undoSteps + 1);
    f.window.actions().undo->trigger();
    test::settle();
    EXPECT_EQ(f.storedTitle(), QStringLiteral("Trygghet i Härnösand"));
}
