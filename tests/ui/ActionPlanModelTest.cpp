// The action-plan table of a focus area (Mål | Aktivitet | När | Ansvarig): a sound
// item model, edits in place that undo, and rows that move by keyboard and by drag
// with the order kept in the file.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "models/ActionPlanModel.h"
#include "pages/FocusAreaPage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QMimeData>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::settle;

namespace {

struct Plan {
    QString agreement;
    QString area;
    QString otherArea;
    QString goal;
    QStringList measures; ///< of 'area', in order
};

Plan makePlan(AppContext &context)
{
    Plan p;
    p.agreement = context.insertRecord(RecordKind::Agreement, {},
                                       {{QStringLiteral("title"), QStringLiteral("Plan")}});
    p.area = context.insertRecord(RecordKind::FocusArea, p.agreement,
                                  {{QStringLiteral("title"), QStringLiteral("Trygg stadskärna")}});
    p.otherArea = context.insertRecord(RecordKind::FocusArea, p.agreement,
                                       {{QStringLiteral("title"), QStringLiteral("Trafik")}});
    p.goal = context.insertRecord(RecordKind::Goal, p.agreement,
                                  {{QStringLiteral("kind"), QStringLiteral("effect")},
                                   {QStringLiteral("text"), QStringLiteral("Ökad trygghet")}});
    const QString party =
        context.insertRecord(RecordKind::Party, {},
                             {{QStringLiteral("kind"), QStringLiteral("police")},
                              {QStringLiteral("name"), QStringLiteral("Polisen")}});
    const char *titles[] = {"Krogtillsyn", "Trygghetsvandring", "Vuxna på stan"};
    for (int i = 0; i < 3; ++i) {
        p.measures << context.insertRecord(RecordKind::Measure, p.agreement,
                                           {{QStringLiteral("title"), QString::fromUtf8(titles[i])},
                                            {QStringLiteral("focusArea"), p.area}});
        // A measure of another focus area between them: moves must skip it.
        context.insertRecord(
            RecordKind::Measure, p.agreement,
            {{QStringLiteral("title"), QStringLiteral("Hastighetskontroll %1").arg(i)},
             {QStringLiteral("focusArea"), p.otherArea}});
    }
    context.setField(RecordKind::Measure, p.measures.at(0), QStringLiteral("goals"),
                     QStringList{p.goal});
    context.setField(RecordKind::Measure, p.measures.at(0), QStringLiteral("when"),
                     QStringLiteral("Varje fredag och lördag 21–03"));
    context.setField(RecordKind::Measure, p.measures.at(1), QStringLiteral("responsible"),
                     QStringList{party});
    return p;
}

QStringList areaOrder(AppContext &context, const Plan &p)
{
    QStringList ids;
    for (const core::Measure &m : context.file()->agreement(p.agreement).measures)
        if (m.focusArea == p.area)
            ids << m.id;
    return ids;
}

} // namespace

TEST(ActionPlanModelTest, ShowsTheFocusAreasMeasuresAsThePlanPrintsThem)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Plan p = makePlan(context);
    ActionPlanModel model(context);
    model.setFocusArea(p.agreement, p.area);
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.index(0, ActionPlanModel::GoalsColumn).data().toString(),
              QStringLiteral("Ökad trygghet"));
    EXPECT_EQ(model.index(0, ActionPlanModel::ActivityColumn).data().toString(),
              QStringLiteral("Krogtillsyn"));
    EXPECT_EQ(model.index(0, ActionPlanModel::WhenColumn).data().toString(),
              QStringLiteral("Varje fredag och lördag 21–03"));
    EXPECT_EQ(model.index(1, ActionPlanModel::ResponsibleColumn).data().toString(),
              QStringLiteral("Polisen"));
    EXPECT_FALSE(model.flags(model.index(0, ActionPlanModel::GoalsColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(model.index(0, ActionPlanModel::ActivityColumn)) & Qt::ItemIsEditable);
}

TEST(ActionPlanModelTest, PassesTheItemModelTesterThroughEditsMovesAndReloads)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Plan p = makePlan(context);
    ActionPlanModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFocusArea(p.agreement, p.area);
    EXPECT_TRUE(model.setData(model.index(1, ActionPlanModel::ActivityColumn),
                              QStringLiteral("Nattvandring")));
    settle();
    EXPECT_TRUE(model.moveMeasure(2, 0));
    settle();
    context.undoStack()->undo();
    settle();
    model.setFocusArea(p.agreement, p.otherArea);
    EXPECT_EQ(model.rowCount(), 3);
    model.setFocusArea(p.agreement, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ActionPlanModelTest, EditsInPlaceWriteTheMeasureAndUndo)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Plan p = makePlan(context);
    ActionPlanModel model(context);
    model.setFocusArea(p.agreement, p.area);
    ASSERT_TRUE(model.setData(model.index(2, ActionPlanModel::WhenColumn),
                              QStringLiteral("Under höstterminen")));
    ASSERT_TRUE(model.setData(model.index(2, ActionPlanModel::ResponsibleColumn),
                              QStringLiteral("Kommunen i samverkan med polisen")));
    ASSERT_TRUE(model.setData(model.index(2, ActionPlanModel::ActivityColumn),
                              QStringLiteral("Vuxna på stan, helger")));
    EXPECT_FALSE(model.setData(model.index(2, ActionPlanModel::GoalsColumn), QStringLiteral("x")));
    settle();
    core::Measure m = context.file()->agreement(p.agreement).measures.at(4);
    EXPECT_EQ(m.when, QStringLiteral("Under höstterminen"));
    EXPECT_EQ(m.responsibleText, QStringLiteral("Kommunen i samverkan med polisen"));
    EXPECT_EQ(m.title, QStringLiteral("Vuxna på stan, helger"));
    EXPECT_EQ(model.index(2, ActionPlanModel::ResponsibleColumn).data().toString(),
              QStringLiteral("Kommunen i samverkan med polisen"));
    context.undoStack()->undo();
    settle();
    EXPECT_EQ(model.index(2, ActionPlanModel::ActivityColumn).data().toString(),
              QStringLiteral("Vuxna på stan"));
}

TEST(ActionPlanModelTest, KeyboardMoveIsPersistedAcrossReopen)
{
    test::TempMunicipality temp;
    Plan p;
    {
        AppContext context;
        temp.openInto(context);
        p = makePlan(context);
        FocusAreaPage page(context);
        NavTarget t;
        t.page = NavTarget::Page::FocusArea;
        t.agreementId = p.agreement;
        t.recordId = p.area;
        page.showTarget(t);
        page.resize(1000, 700);
        page.show();
        QTableView *view = page.actionPlanView();
        view->setFocus();
        view->setCurrentIndex(page.actionPlan()->index(0, ActionPlanModel::ActivityColumn));
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        settle();
        EXPECT_EQ(areaOrder(context, p),
                  (QStringList{p.measures.at(1), p.measures.at(0), p.measures.at(2)}));
        EXPECT_EQ(view->currentIndex().row(), 1); // the moved row stays selected
        EXPECT_TRUE(page.moveSelected(1));
        settle();
        EXPECT_EQ(areaOrder(context, p),
                  (QStringList{p.measures.at(1), p.measures.at(2), p.measures.at(0)}));
        context.closeFile();
    }
    AppContext context;
    temp.openInto(context);
    EXPECT_EQ(areaOrder(context, p),
              (QStringList{p.measures.at(1), p.measures.at(2), p.measures.at(0)}));
    // The other focus area's measures kept their relative order.
    QStringList others;
    for (const core::Measure &m : context.file()->agreement(p.agreement).measures)
        if (m.focusArea == p.otherArea)
            others << m.title;
    EXPECT_EQ(others, (QStringList{QStringLiteral("Hastighetskontroll 0"),
                                   QStringLiteral("Hastighetskontroll 1"),
                                   QStringLiteral("Hastighetskontroll 2")}));
}

TEST(ActionPlanModelTest, DroppingAMeasureIdMovesIt)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Plan p = makePlan(context);
    ActionPlanModel model(context);
    model.setFocusArea(p.agreement, p.area);
    EXPECT_TRUE(model.supportedDropActions() & Qt::MoveAction);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2, 1)}));
    ASSERT_TRUE(mime);
    EXPECT_EQ(QString::fromUtf8(mime->data(QString::fromLatin1(ActionPlanModel::MimeType))),
              p.measures.at(2));
    // Dropped before the first row.
    model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
    settle();
    EXPECT_EQ(areaOrder(context, p),
              (QStringList{p.measures.at(2), p.measures.at(0), p.measures.at(1)}));
    context.undoStack()->undo();
    settle();
    EXPECT_EQ(areaOrder(context, p), p.measures);
}

TEST(ActionPlanModelTest, SignedPlanIsNeitherEditableNorMovable)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Plan p = makePlan(context);
    context.insertRecord(RecordKind::Signature, p.agreement,
                         {{QStringLiteral("name"), QStringLiteral("Per Persson")}});
    ASSERT_TRUE(context.run([&] {
        context.file()->sign(p.agreement, QDate(2024, 2, 1), QStringLiteral("Härnösand"));
    }));
    FocusAreaPage page(context);
    NavTarget t;
    t.page = NavTarget::Page::FocusArea;
    t.agreementId = p.agreement;
    t.recordId = p.area;
    page.showTarget(t);
    ActionPlanModel *model = page.actionPlan();
    EXPECT_FALSE(model->flags(model->index(0, ActionPlanModel::ActivityColumn)) &
                 Qt::ItemIsEditable);
    EXPECT_FALSE(model->flags(model->index(0, ActionPlanModel::ActivityColumn)) &
                 Qt::ItemIsDragEnabled);
    EXPECT_FALSE(
        model->setData(model->index(0, ActionPlanModel::ActivityColumn), QStringLiteral("Ändrad")));
    page.actionPlanView()->setCurrentIndex(model->index(0, 1));
    EXPECT_FALSE(page.moveSelected(1));
    EXPECT_EQ(areaOrder(context, p), p.measures);
    EXPECT_TRUE(page.addMeasure().isEmpty());
}
