// The main window: opening (and failing to open) files, the title, navigation to
// pages, the signed-agreement banner, undo naming the edit, dropped files.

#include "UiTestSupport.h"

#include "FileController.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "SidebarView.h"
#include "models/SidebarModel.h"
#include "pages/Page.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QUrl>

using namespace samverka;
using namespace samverka::ui;
using P = NavTarget::Page;

namespace {

// A page that only remembers what it was asked to show.
class ProbePage : public Page
{
public:
    ProbePage(AppContext &context, QWidget *parent)
        : Page(context, parent)
    {}
    void showTarget(const NavTarget &target) override { setTarget(target); }
    void reload() override { ++reloads; }
    QString title() const override { return QStringLiteral("Probe"); }
    bool frozen() const { return isFrozen(); }
    int reloads = 0;
};

struct Fixture {
    test::TempMunicipality demo{true};
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QStringList errors;

    Fixture()
    {
        window.files().setOpenOptions(demo.options());
        window.files().setErrorReporter(
            [this](const QString &, const QString &text) { errors << text; });
    }

    QString signedId() const
    {
        for (const core::Agreement &a : context.file()->agreements())
            if (a.isSigned())
                return a.id;
        return {};
    }
};

} // namespace

TEST(MainWindowTest, OpensAFileAndNamesItInTheTitle)
{
    Fixture f;
    EXPECT_EQ(f.window.currentPage(), nullptr); // the welcome screen
    ASSERT_TRUE(f.window.files().openPath(f.demo.path()));
    EXPECT_TRUE(f.context.hasFile());
    EXPECT_TRUE(f.window.windowTitle().contains(QStringLiteral("Härnösand")));
    EXPECT_TRUE(f.window.windowTitle().contains(QStringLiteral("Demokommun.samverka")));
    EXPECT_TRUE(f.window.windowTitle().endsWith(QStringLiteral("Samverka")));
    ASSERT_NE(f.window.currentPage(), nullptr);
    EXPECT_EQ(f.window.currentPage()->target().page, P::Overview);
    EXPECT_TRUE(f.window.files().recentFiles().contains(f.demo.path()));
    EXPECT_TRUE(f.errors.isEmpty());
}

TEST(MainWindowTest, AFileThatCannotBeOpenedIsNamedInTheMessageAndNothingChanges)
{
    Fixture f;
    const QString bogus = f.demo.dir() + QStringLiteral("/inte-en-kommunfil.samverka");
    QFile text(bogus);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("Det här är ingen databas.\n");
    text.close();

    EXPECT_FALSE(f.window.files().openPath(bogus));
    ASSERT_EQ(f.errors.size(), 1);
    EXPECT_TRUE(f.errors.first().contains(QStringLiteral("inte-en-kommunfil.samverka")));
    EXPECT_FALSE(f.context.hasFile());

    ASSERT_TRUE(f.window.files().openPath(f.demo.path()));
    EXPECT_FALSE(f.window.files().openPath(f.demo.dir() + QStringLiteral("/saknas.samverka")));
    EXPECT_EQ(f.errors.size(), 2);
    EXPECT_TRUE(f.context.hasFile()); // the open file stays open
}

TEST(MainWindowTest, NavigatesToRegisteredPagesAndFallsBackForOthers)
{
    Fixture f;
    f.window.pageFactory().add(P::Measures, [](AppContext &c, QWidget *parent) -> Page * {
        return new ProbePage(c, parent);
    });
    f.window.sidebarModel()->rebuild();
    ASSERT_TRUE(f.window.files().openPath(f.demo.path()));
    const QString id = f.context.file()->agreements().first().id;

    f.context.navigate(NavTarget{P::Measures, id, QStringLiteral("m")});
    ASSERT_NE(f.window.currentPage(), nullptr);
    EXPECT_EQ(f.window.currentPage()->title(), QStringLiteral("Probe"));
    EXPECT_EQ(f.window.currentPage()->target(), (NavTarget{P::Measures, id, QStringLiteral("m")}));
    // The sidebar follows.
    const QModelIndex current = f.window.sidebar()->currentIndex();
    EXPECT_EQ(current.data(SidebarModel::TargetRole).value<NavTarget>(),
              (NavTarget{P::Measures, id, {}}));

    f.window.actions().back->trigger();
    EXPECT_EQ(f.window.currentPage()->target().page, P::Overview);
    EXPECT_TRUE(f.window.actions().forward->isEnabled());
    f.window.actions().forward->trigger();
    EXPECT_EQ(f.window.currentPage()->title(), QStringLiteral("Probe"));
}

TEST(MainWindowTest, ASignedAgreementShowsTheLockedBannerAndItsPagesAreFrozen)
{
    Fixture f;
    f.window.pageFactory().add(P::Part1, [](AppContext &c, QWidget *parent) -> Page * {
        return new ProbePage(c, parent);
    });
    ASSERT_TRUE(f.window.files().openPath(f.demo.path()));
    const QString signedId = f.signedId();
    ASSERT_FALSE(signedId.isEmpty());

    f.context.navigate(NavTarget{P::Part1, signedId, {}});
    auto *page = dynamic_cast<ProbePage *>(f.window.currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->frozen());
    EXPECT_FALSE(f.window.bannerText().isEmpty());
    EXPECT_TRUE(f.window.actions().revise->isEnabled());
    EXPECT_FALSE(f.window.actions().sign->isEnabled());

    f.context.navigate(NavTarget{P::Overview, {}, {}});
    EXPECT_TRUE(f.window.bannerText().isEmpty());
}

TEST(MainWindowTest, TheUndoActionNamesTheEditAndUndoesIt)
{
    Fixture f;
    ASSERT_TRUE(f.window.files().openPath(f.demo.path()));
    EXPECT_FALSE(f.window.actions().undo->isEnabled());
    const QString id = f.context.insertRecord(
        storage::RecordKind::Agreement, {}, {{QStringLiteral("title"), QStringLiteral("Utkast")}});
    ASSERT_TRUE(f.context.setField(storage::RecordKind::Agreement, id, QStringLiteral("title"),
                                   QStringLiteral("Nytt namn"), QStringLiteral("Byt namn")));
    EXPECT_TRUE(f.window.actions().undo->isEnabled());
    EXPECT_TRUE(f.window.actions().undo->text().contains(QStringLiteral("Byt namn")));
    f.window.actions().undo->trigger();
    EXPECT_EQ(f.context.file()->agreement(id).title, QStringLiteral("Utkast"));
    EXPECT_TRUE(f.window.actions().redo->text().contains(QStringLiteral("Byt namn")));
}

TEST(MainWindowTest, NewAgreementIsOneUndoableStepWithTheHandbooksCheckItems)
{
    Fixture f;
    ASSERT_TRUE(f.window.files().openPath(f.demo.path()));
    const int before = int(f.context.file()->agreements().size());
    f.window.actions().newAgreement->trigger();
    const QList<core::Agreement> after = f.context.file()->agreements();
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_EQ(after.last().checkItems.size(), 2);
    EXPECT_EQ(f.context.currentTarget().agreementId, after.last().id);
    f.context.undoStack()->undo();
    EXPECT_EQ(f.context.file()->agreements().size(), before);
}

TEST(MainWindowTest, ADroppedSamverkaFileIsRecognised)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/readme.txt")),
                  QUrl::fromLocalFile(QStringLiteral("/tmp/Härnösand.samverka"))});
    EXPECT_EQ(FileController::droppedFile(&mime), QStringLiteral("/tmp/Härnösand.samverka"));
    QMimeData other;
    other.setText(QStringLiteral("Härnösand.samverka"));
    EXPECT_TRUE(FileController::droppedFile(&other).isEmpty());
}
