// Change notices (issue #13): an edit reloads only the page shown, and only when what it
// shows changed; a page visited before reloads when it is shown again; the sidebar is
// rebuilt only for what it shows; a colleague's change reaches the page shown the same way.
// From a new file, through the real window and its widgets.

#include "UiTestSupport.h"

#include "LanguageController.h"
#include "MainWindow.h"
#include "PageNavigation.h"
#include "models/ActionPlanModel.h"
#include "models/SidebarModel.h"
#include "pages/FocusAreaPage.h"
#include "pages/MeasuresPage.h"
#include "pages/Part1Page.h"
#include "widgets/RecordListPanel.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;
using P = NavTarget::Page;
using K = storage::RecordKind;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

struct Fixture {
    test::TempMunicipality file{false};
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QString a, b, focusArea, measureA, measureB;

    Fixture()
    {
        window.files().setOpenOptions(file.options());
        window.resize(1280, 720);
        window.show();
        EXPECT_TRUE(window.files().openPath(file.path()));
        a = context.insertRecord(K::Agreement, {}, {{q("title"), q("Överenskommelse A")}});
        b = context.insertRecord(K::Agreement, {}, {{q("title"), q("Överenskommelse B")}});
        focusArea = context.insertRecord(K::FocusArea, a, {{q("title"), q("Trygg centrum")}});
        measureA = context.insertRecord(
            K::Measure, a, {{q("title"), q("Trygghetsvandring")}, {q("focusArea"), focusArea}});
        measureB = context.insertRecord(K::Measure, b, {{q("title"), q("Krogtillsyn")}});
        test::settle();
    }

    Page *go(P page, const QString &agreementId, const QString &recordId = {})
    {
        context.navigate(test::targetOf(page, agreementId, recordId));
        test::settle();
        return window.currentPage();
    }

    /// The texts of the first column of a page's record list.
    static QStringList listed(ListEditorPage *page)
    {
        QStringList out;
        QTreeWidget *tree = page->list()->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->text(0);
        return out;
    }

    /// Types over the action plan's activity cell of the first row, as a user: F2, text,
    /// Return.
    void typeActivity(FocusAreaPage *page, const QString &text)
    {
        QTableView *view = page->actionPlanView();
        view->setFocus();
        view->setCurrentIndex(page->actionPlan()->index(0, ActionPlanModel::ActivityColumn));
        QTest::keyClick(view, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        ASSERT_NE(editor, view);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        test::settle();
    }
};

} // namespace

TEST(ChangeNoticesTest, AnEditReloadsThePageShownAndLeavesTheOthersUntilShown)
{
    Fixture f;
    auto *measuresA = qobject_cast<MeasuresPage *>(f.go(P::Measures, f.a));
    ASSERT_NE(measuresA, nullptr);
    EXPECT_TRUE(Fixture::listed(measuresA).join(q("|")).contains(q("Trygghetsvandring")));
    Page *part1 = f.go(P::Part1, f.b); // a page of the other agreement, visited
    ASSERT_NE(part1, nullptr);
    auto *plan = qobject_cast<FocusAreaPage *>(f.go(P::FocusArea, f.a, f.focusArea));
    ASSERT_NE(plan, nullptr);
    ASSERT_EQ(plan->actionPlan()->rowCount(), 1);

    QSignalSpy sidebarRebuilt(f.window.sidebarModel(), &QAbstractItemModel::modelReset);
    f.typeActivity(plan, q("Trygghetsvandring kvall"));
    EXPECT_EQ(f.context.file()->field(K::Measure, f.measureA, q("title")).toString(),
              q("Trygghetsvandring kvall"));
    EXPECT_EQ(plan->actionPlan()->index(0, ActionPlanModel::ActivityColumn).data().toString(),
              q("Trygghetsvandring kvall"));

    // The measures page of the same agreement waits, still showing the old title, until it
    // is shown; agreement B's page is not concerned at all; the sidebar shows no measures.
    EXPECT_TRUE(measuresA->isStale());
    EXPECT_TRUE(Fixture::listed(measuresA).join(q("|")).contains(q("Trygghetsvandring")));
    EXPECT_FALSE(Fixture::listed(measuresA).join(q("|")).contains(q("kvall")));
    EXPECT_FALSE(part1->isStale());
    EXPECT_EQ(sidebarRebuilt.count(), 0);

    ASSERT_EQ(f.go(P::Measures, f.a, f.measureA), measuresA);
    EXPECT_FALSE(measuresA->isStale());
    EXPECT_TRUE(Fixture::listed(measuresA).join(q("|")).contains(q("Trygghetsvandring kvall")));

    // Undo (Ctrl+Z in the window) on the page shown: the list follows at once.
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    test::settle();
    EXPECT_FALSE(Fixture::listed(measuresA).join(q("|")).contains(q("kvall")));
    EXPECT_EQ(sidebarRebuilt.count(), 0);

    // What the sidebar shows (an agreement's title) does rebuild it.
    f.context.setField(K::Agreement, f.a, q("title"), q("Överenskommelse A 2027"));
    test::settle();
    EXPECT_GE(sidebarRebuilt.count(), 1);
    EXPECT_TRUE(part1->isStale() == false); // agreement B's page: still not concerned
}

TEST(ChangeNoticesTest, AColleaguesChangeReachesThePageShownAndOnlyThePagesItConcerns)
{
    Fixture f;
    Page *part1B = f.go(P::Part1, f.b);
    Page *overview = f.go(P::Overview, {});
    auto *measuresA = qobject_cast<MeasuresPage *>(f.go(P::Measures, f.a));
    ASSERT_NE(measuresA, nullptr);
    {
        // The colleague: another program on the same file, through its own connection.
        auto colleague = f.file.open();
        colleague->setField(K::Measure, f.measureA, q("title"), q("Vuxna på stan"));
    }
    QSignalSpy told(f.context.file(), &storage::MunicipalityFile::changed);
    ASSERT_TRUE(f.context.file()->checkForExternalChanges()); // what the app's poll does
    test::settle();

    ASSERT_GE(told.count(), 1);
    const auto change = told.first().first().value<storage::Change>();
    EXPECT_EQ(change.extent, storage::Change::Extent::Record);
    EXPECT_EQ(change.kind, K::Measure);
    EXPECT_EQ(change.id, f.measureA);
    EXPECT_EQ(change.agreementId, f.a);
    EXPECT_TRUE(change.byColleague);

    EXPECT_TRUE(Fixture::listed(measuresA).join(q("|")).contains(q("Vuxna på stan")));
    EXPECT_FALSE(part1B->isStale());  // agreement B: not concerned
    EXPECT_TRUE(overview->isStale()); // lists every agreement: reloads when shown
    EXPECT_EQ(f.go(P::Overview, {}), overview);
    EXPECT_FALSE(overview->isStale());
}

TEST(ChangeNoticesTest, AColleaguesRemovalThatCannotBePlacedReloadsEverything)
{
    Fixture f;
    Page *part1B = f.go(P::Part1, f.b);
    f.go(P::Measures, f.a);
    {
        auto colleague = f.file.open();
        colleague->removeRecord(K::Measure, f.measureB); // gone: its agreement is not known
    }
    QSignalSpy told(f.context.file(), &storage::MunicipalityFile::changed);
    ASSERT_TRUE(f.context.file()->checkForExternalChanges());
    ASSERT_EQ(told.count(), 1);
    EXPECT_EQ(told.first().first().value<storage::Change>().extent,
              storage::Change::Extent::Everything);
    EXPECT_TRUE(part1B->isStale());
}
