// The editor pages end to end: a file is filled through the pages' own actions
// (problem, three causes, an effect goal, a measure linked to two causes), every
// step undoes and redoes, everything survives a reopen, and a signed agreement's
// pages refuse edits while the work under it stays editable.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "pages/AgreementPage.h"
#include "pages/CauseAnalysisPage.h"
#include "pages/GoalsPage.h"
#include "pages/MeasuresPage.h"
#include "pages/ProblemPicturePage.h"
#include "widgets/DateField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/LineField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/MeasureEditor.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLabel>
#include <QSignalSpy>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::settle;
using test::targetOf;

namespace {

struct Built {
    QString agreement;
    QString problem;
    QStringList causes;
    QString goal;
    QString measure;
};

/// Builds the flow through the pages; returns the ids.
Built buildThroughPages(AppContext &context)
{
    Built b;
    b.agreement = context.insertRecord(
        RecordKind::Agreement, {},
        {{QStringLiteral("title"), QStringLiteral("Överenskommelse 2024–2027")}});
    ProblemPicturePage problems(context);
    problems.showTarget(targetOf(NavTarget::Page::ProblemPicture, b.agreement));
    b.problem = problems.addProblem(QStringLiteral("Misshandel på torget"));

    CauseAnalysisPage causes(context);
    causes.showTarget(targetOf(NavTarget::Page::CauseAnalysis, b.agreement, b.problem));
    for (const char *text :
         {"Berusade besökare efter stängning", "Dålig belysning", "Få vuxna ute på kvällarna"})
        b.causes << causes.addCause(b.problem, QString::fromUtf8(text));

    GoalsPage goals(context);
    goals.showTarget(targetOf(NavTarget::Page::Goals, b.agreement));
    b.goal = goals.addGoal(QStringLiteral("effect"), QStringLiteral("Färre misshandelsbrott"));

    MeasuresPage measures(context);
    measures.showTarget(targetOf(NavTarget::Page::Measures, b.agreement));
    b.measure = measures.addMeasure(QStringLiteral("Trygghetsvandring"));
    settle();
    measures.selectMeasure(b.measure);
    measures.editor()->causes()->toggle(b.causes.at(0), true);
    measures.editor()->causes()->toggle(b.causes.at(2), true);
    return b;
}

} // namespace

TEST(EditorsFlowTest, BuildsTheAgreementThroughThePages)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Built b = buildThroughPages(context);
    ASSERT_FALSE(b.agreement.isEmpty());
    ASSERT_EQ(b.causes.size(), 3);
    for (const QString &id : b.causes)
        ASSERT_FALSE(id.isEmpty());

    const core::Agreement a = context.file()->agreement(b.agreement);
    ASSERT_EQ(a.problems.size(), 1);
    EXPECT_EQ(a.problems.first().title, QStringLiteral("Misshandel på torget"));
    ASSERT_EQ(a.problems.first().causes.size(), 3);
    EXPECT_EQ(a.problems.first().causes.at(1).text, QStringLiteral("Dålig belysning"));
    ASSERT_EQ(a.goals.size(), 1);
    EXPECT_EQ(a.goals.first().kind, core::GoalKind::Effect);
    ASSERT_EQ(a.measures.size(), 1);
    EXPECT_EQ(a.measures.first().causes, (QStringList{b.causes.at(0), b.causes.at(2)}));
}

TEST(EditorsFlowTest, EveryStepUndoesAndRedoes)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Built b = buildThroughPages(context);
    QUndoStack *undo = context.undoStack();
    // agreement, problem, 3 causes, goal, measure, 2 cause links
    ASSERT_EQ(undo->count(), 9);

    auto snapshot = [&] {
        try {
            const core::Agreement a = context.file()->agreement(b.agreement);
            const int causes = a.problems.isEmpty() ? 0 : int(a.problems.first().causes.size());
            const int links = a.measures.isEmpty() ? 0 : int(a.measures.first().causes.size());
            return QList<int>{
                1,    int(a.problems.size()), causes, int(a.goals.size()), int(a.measures.size()),
                links};
        } catch (const std::exception &) {
            return QList<int>{0, 0, 0, 0, 0, 0};
        }
    };
    const QList<QList<int>> expectedBefore = {
        {1, 1, 3, 1, 1, 1}, // before the second link
        {1, 1, 3, 1, 1, 0}, {1, 1, 3, 1, 0, 0}, {1, 1, 3, 0, 0, 0}, {1, 1, 2, 0, 0, 0},
        {1, 1, 1, 0, 0, 0}, {1, 1, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}};
    EXPECT_EQ(snapshot(), (QList<int>{1, 1, 3, 1, 1, 2}));
    for (int step = 0; step < 9; ++step) {
        undo->undo();
        EXPECT_EQ(snapshot(), expectedBefore.at(step)) << "after undo " << step + 1;
    }
    for (int step = 8; step >= 0; --step) {
        undo->redo();
        const QList<int> expected =
            step == 0 ? QList<int>{1, 1, 3, 1, 1, 2} : expectedBefore.at(step - 1);
        EXPECT_EQ(snapshot(), expected) << "after redo " << 9 - step;
    }
    // The redone links point at the same causes as before.
    EXPECT_EQ(context.file()->agreement(b.agreement).measures.first().causes,
              (QStringList{b.causes.at(0), b.causes.at(2)}));
}

TEST(EditorsFlowTest, EverythingIsThereAfterReopening)
{
    test::TempMunicipality temp;
    Built b;
    {
        AppContext context;
        temp.openInto(context);
        b = buildThroughPages(context);
        context.closeFile();
    }
    AppContext context;
    temp.openInto(context);
    const core::Agreement a = context.file()->agreement(b.agreement);
    EXPECT_EQ(a.title, QStringLiteral("Överenskommelse 2024–2027"));
    ASSERT_EQ(a.problems.size(), 1);
    EXPECT_EQ(a.problems.first().causes.size(), 3);
    ASSERT_EQ(a.goals.size(), 1);
    EXPECT_EQ(a.goals.first().text, QStringLiteral("Färre misshandelsbrott"));
    ASSERT_EQ(a.measures.size(), 1);
    EXPECT_EQ(a.measures.first().title, QStringLiteral("Trygghetsvandring"));
    EXPECT_EQ(a.measures.first().causes, (QStringList{b.causes.at(0), b.causes.at(2)}));

    // The measure page shows the links as "Orsak 1.x – …" items, checked.
    MeasuresPage page(context);
    page.showTarget(targetOf(NavTarget::Page::Measures, b.agreement, b.measure));
    EXPECT_EQ(page.editor()->causes()->count(), 3);
    EXPECT_EQ(page.editor()->causes()->checkedIds(), (QStringList{b.causes.at(0), b.causes.at(2)}));
    EXPECT_TRUE(page.editor()->causes()->item(1)->text().contains(QStringLiteral("1.2")));
    EXPECT_TRUE(
        page.editor()->causes()->item(1)->text().contains(QStringLiteral("Dålig belysning")));
}

TEST(EditorsFlowTest, SignedAgreementPagesAreReadOnlyAndRefuseEdits)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Built b = buildThroughPages(context);
    ASSERT_FALSE(context
                     .insertRecord(RecordKind::Signature, b.agreement,
                                   {{QStringLiteral("name"), QStringLiteral("Anna Andersson")}})
                     .isEmpty());
    ASSERT_TRUE(context.run([&] {
        context.file()->sign(b.agreement, QDate(2024, 1, 15), QStringLiteral("Härnösand"));
    }));

    AgreementPage agreementPage(context);
    agreementPage.showTarget(targetOf(NavTarget::Page::Agreement, b.agreement));
    EXPECT_FALSE(agreementPage.titleField()->isEnabled());
    EXPECT_FALSE(agreementPage.validFromField()->isEnabled());
    EXPECT_FALSE(agreementPage.partiesField()->isEnabled());

    // An edit that reaches the file anyway is refused, said, and changes nothing.
    QSignalSpy errors(&context, &AppContext::errorOccurred);
    const int commands = context.undoStack()->count();
    EXPECT_FALSE(agreementPage.binder()->commit(QStringLiteral("title"), QStringLiteral("Ändrad")));
    EXPECT_FALSE(context.setField(RecordKind::Agreement, b.agreement, QStringLiteral("title"),
                                  QStringLiteral("Ändrad")));
    EXPECT_GE(errors.count(), 1);
    EXPECT_EQ(context.undoStack()->count(), commands);
    EXPECT_EQ(context.file()->agreement(b.agreement).title,
              QStringLiteral("Överenskommelse 2024–2027"));

    // The measure as planned is frozen; its execution status is not.
    MeasuresPage measures(context);
    measures.showTarget(targetOf(NavTarget::Page::Measures, b.agreement, b.measure));
    EXPECT_FALSE(measures.editor()->titleField()->isEnabled());
    EXPECT_FALSE(measures.editor()->causes()->isEnabled());
    EXPECT_TRUE(measures.editor()->status()->isEnabled());
    EXPECT_TRUE(
        measures.editor()->binder()->commit(QStringLiteral("status"), QStringLiteral("ongoing")));
    EXPECT_EQ(context.file()->agreement(b.agreement).measures.first().status,
              core::MeasureStatus::Ongoing);

    ProblemPicturePage problems(context);
    problems.showTarget(targetOf(NavTarget::Page::ProblemPicture, b.agreement));
    EXPECT_FALSE(problems.titleField()->isEnabled());
    EXPECT_TRUE(problems.addProblem().isEmpty());
}

TEST(EditorsFlowTest, PeriodEndingBeforeItStartsIsNotSavedAndSaysWhy)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Built b = buildThroughPages(context);
    MeasuresPage page(context);
    page.showTarget(targetOf(NavTarget::Page::Measures, b.agreement, b.measure));
    MeasureEditor *editor = page.editor();
    editor->startField()->pick(QDate(2024, 5, 1));
    EXPECT_EQ(context.file()->agreement(b.agreement).measures.first().start, QDate(2024, 5, 1));
    editor->endField()->pick(QDate(2024, 4, 1));
    EXPECT_FALSE(context.file()->agreement(b.agreement).measures.first().end.isValid());
    EXPECT_FALSE(editor->hintLabel()->isHidden());
    EXPECT_TRUE(editor->hintLabel()->text().contains(QStringLiteral("2024-04-01")));
    editor->endField()->pick(QDate(2024, 9, 30));
    EXPECT_EQ(context.file()->agreement(b.agreement).measures.first().end, QDate(2024, 9, 30));
    EXPECT_TRUE(editor->hintLabel()->isHidden());
}

TEST(EditorsFlowTest, ReloadAfterAnEditKeepsSelectionAndWritesNothingBack)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Built b = buildThroughPages(context);
    ProblemPicturePage page(context);
    page.showTarget(targetOf(NavTarget::Page::ProblemPicture, b.agreement));
    const QString second = page.addProblem(QStringLiteral("Skadegörelse i skolor"));
    page.selectProblem(second);
    settle();
    const int commands = context.undoStack()->count();
    // Another view edits the first problem: this page follows without writing.
    ASSERT_TRUE(context.setField(RecordKind::Problem, b.problem, QStringLiteral("place"),
                                 QStringLiteral("Stora torget")));
    settle();
    EXPECT_EQ(context.undoStack()->count(), commands + 1);
    EXPECT_EQ(page.binder()->recordId(), second);
    EXPECT_EQ(page.titleField()->text(), QStringLiteral("Skadegörelse i skolor"));
    context.undoStack()->undo();
    settle();
    EXPECT_EQ(context.undoStack()->count(), commands + 1); // undo does not add commands
    EXPECT_EQ(page.binder()->recordId(), second);
}

TEST(EditorsFlowTest, EffectGoalHintNamesWhatIsMissing)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const Built b = buildThroughPages(context);
    GoalsPage page(context);
    page.showTarget(targetOf(NavTarget::Page::Goals, b.agreement, b.goal));
    EXPECT_FALSE(page.measurableHint()->isHidden());
    EXPECT_TRUE(page.binder()->commit(QStringLiteral("indicator"),
                                      QStringLiteral("Anmälda misshandelsbrott utomhus")));
    EXPECT_TRUE(page.binder()->commit(QStringLiteral("baseline.value"), 120.0));
    EXPECT_FALSE(page.measurableHint()->isHidden());
    EXPECT_TRUE(page.binder()->commit(QStringLiteral("target.value"), 90.0));
    EXPECT_TRUE(page.measurableHint()->isHidden());
    const core::Goal goal = context.file()->agreement(b.agreement).goals.first();
    EXPECT_EQ(goal.baseline.value, 120.0);
    EXPECT_EQ(goal.target.value, 90.0);
}
