// Errors the UI catches are never silenced (issue #12, defect 6): a misspelt field in a
// binding is a programming error (a critical message, which fails any other test), a record
// removed underneath by undo leaves its page empty without one, and a colleague's lock while
// a page loads is told to the user.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "Database.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "pages/AgreementPage.h"
#include "widgets/FieldBinder.h"
#include "widgets/LineField.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::settle;
using test::targetOf;

namespace {

/// Collects the critical messages (programming errors) while it lives, instead of the test
/// runner's handler that turns them into failures.
class CriticalCatcher
{
public:
    CriticalCatcher()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&CriticalCatcher::handle);
    }
    ~CriticalCatcher() { qInstallMessageHandler(m_previous); }
    CriticalCatcher(const CriticalCatcher &) = delete;
    CriticalCatcher &operator=(const CriticalCatcher &) = delete;

    QStringList messages() const { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type == QtCriticalMsg)
            s_messages << message;
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

TEST(SwallowedErrorsTest, AMisspeltFieldInABindingIsAProgrammingErrorNamingTheField)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString id = context.insertRecord(RecordKind::Agreement, {},
                                            {{QStringLiteral("title"), QStringLiteral("Början")}});
    ASSERT_FALSE(id.isEmpty());

    FieldBinder binder(context);
    LineField title;
    LineField misspelt;
    binder.bind(&title, QStringLiteral("title"), QStringLiteral("Ändra titel"));
    binder.bind(&misspelt, QStringLiteral("titel"), QStringLiteral("Ändra titel"));
    QSignalSpy told(&context, &AppContext::errorOccurred);
    QStringList critical;
    {
        CriticalCatcher catcher;
        binder.setRecord(RecordKind::Agreement, id);
        critical = catcher.messages();
    }
    ASSERT_EQ(critical.size(), 1) << "a misspelt binding went unnoticed";
    EXPECT_TRUE(critical.first().contains(QStringLiteral("\"titel\"")))
        << critical.first().toStdString();
    EXPECT_TRUE(told.isEmpty()) << "a programming error is not the user's to act on";
    EXPECT_EQ(title.value(), QStringLiteral("Början")) << "the other inputs still load";
    EXPECT_TRUE(misspelt.value().isEmpty());
}

TEST(SwallowedErrorsTest, UndoOfTheShownAgreementsInsertLeavesThePageEmptyWithoutAnError)
{
    test::TempMunicipality file; // a new file, not the demo
    AppContext context;
    LanguageController language;
    MainWindow window(context, language);
    window.files().setOpenOptions(file.options());
    ASSERT_TRUE(window.files().openPath(file.path()));
    window.show();
    QApplication::setActiveWindow(&window);
    QSignalSpy told(&context, &AppContext::errorOccurred);

    CriticalCatcher catcher;
    window.actions().newAgreement->trigger();
    settle();
    auto *page = qobject_cast<AgreementPage *>(window.currentPage());
    ASSERT_NE(page, nullptr);
    ASSERT_FALSE(page->titleField()->value().isEmpty()); // "New agreement"
    ASSERT_TRUE(page->titleField()->isEnabled());

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo the new agreement
    settle();
    ASSERT_TRUE(context.file()->agreements().isEmpty());
    EXPECT_TRUE(page->titleField()->value().isEmpty());
    EXPECT_FALSE(page->titleField()->isEnabled());
    EXPECT_TRUE(catcher.messages().isEmpty()) << catcher.messages().join(u'\n').toStdString();
    EXPECT_TRUE(told.isEmpty()) << "a record gone by undo is nothing to tell";
}

TEST(SwallowedErrorsTest, AColleaguesLockWhileAPageLoadsIsToldToTheUser)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString first = context.insertRecord(
        RecordKind::Agreement, {}, {{QStringLiteral("title"), QStringLiteral("Första")}});
    const QString second = context.insertRecord(
        RecordKind::Agreement, {}, {{QStringLiteral("title"), QStringLiteral("Andra")}});
    AgreementPage page(context);
    page.showTarget(targetOf(NavTarget::Page::Agreement, first));
    settle();
    ASSERT_EQ(page.titleField()->value(), QStringLiteral("Första"));
    QSignalSpy told(&context, &AppContext::errorOccurred);

    {
        // A colleague's program holds the file's exclusive lock while the page loads.
        storage::Database colleague(file.path(), storage::Database::Mode::ReadWrite);
        colleague.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        page.showTarget(targetOf(NavTarget::Page::Agreement, second));
        ASSERT_FALSE(told.isEmpty()) << "the lock was silenced";
        EXPECT_TRUE(told.first().first().toString().contains(file.path()))
            << told.first().first().toString().toStdString();
        // The first agreement's title must not stand for the second one's.
        EXPECT_TRUE(page.titleField()->value().isEmpty());
        EXPECT_FALSE(page.titleField()->isEnabled());
        colleague.exec(QStringLiteral("ROLLBACK"));
    }
    page.showTarget(targetOf(NavTarget::Page::Agreement, second));
    EXPECT_EQ(page.titleField()->value(), QStringLiteral("Andra"));
    EXPECT_TRUE(page.titleField()->isEnabled());
}
