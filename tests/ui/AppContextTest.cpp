// AppContext: every edit is applied at once, is one undoable command, survives a
// reopen, and a refused edit changes nothing and says why.

#include "UiTestSupport.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;

namespace {

QString newAgreement(AppContext &context, const QString &title = QStringLiteral("Överenskommelse"))
{
    return context.insertRecord(RecordKind::Agreement, {}, {{QStringLiteral("title"), title}});
}

QString addSignatory(AppContext &context, const QString &agreementId)
{
    return context.insertRecord(
        RecordKind::Signature, agreementId,
        {{QStringLiteral("name"), QStringLiteral("Anna Andersson")},
         {QStringLiteral("title"), QStringLiteral("Kommunstyrelsens ordförande")}});
}

} // namespace

TEST(AppContextTest, SetFieldIsAppliedAtOnceAndUndoRedoes)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString id = newAgreement(context, QStringLiteral("Första"));
    ASSERT_FALSE(id.isEmpty());
    QSignalSpy changed(&context, &AppContext::dataChanged);

    ASSERT_TRUE(context.setField(RecordKind::Agreement, id, QStringLiteral("title"),
                                 QStringLiteral("Andra"), QStringLiteral("Ändra titel")));
    EXPECT_EQ(context.file()->agreement(id).title, QStringLiteral("Andra"));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(context.undoStack()->undoText(), QStringLiteral("Ändra titel"));

    context.undoStack()->undo();
    EXPECT_EQ(context.file()->agreement(id).title, QStringLiteral("Första"));
    context.undoStack()->redo();
    EXPECT_EQ(context.file()->agreement(id).title, QStringLiteral("Andra"));
}

TEST(AppContextTest, InsertUndoRemovesAndRedoRestoresTheSameRecord)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString agreement = newAgreement(context);
    const QString problem =
        context.insertRecord(RecordKind::Problem, agreement,
                             {{QStringLiteral("title"), QStringLiteral("Våld på torget")}});
    ASSERT_FALSE(problem.isEmpty());
    ASSERT_EQ(context.file()->agreement(agreement).problems.size(), 1);

    context.undoStack()->undo();
    EXPECT_TRUE(context.file()->agreement(agreement).problems.isEmpty());
    context.undoStack()->redo();
    const auto problems = context.file()->agreement(agreement).problems;
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().id, problem);
    EXPECT_EQ(problems.first().title, QStringLiteral("Våld på torget"));
}

TEST(AppContextTest, RemoveUndoBringsBackTheRecordWithEverythingUnderIt)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString agreement = newAgreement(context);
    const QString problem = context.insertRecord(
        RecordKind::Problem, agreement, {{QStringLiteral("title"), QStringLiteral("Otrygghet")}});
    for (const char *text : {"Dålig belysning", "Folksamlingar", "Alkohol"})
        ASSERT_FALSE(context
                         .insertRecord(RecordKind::Cause, problem,
                                       {{QStringLiteral("text"), QString::fromUtf8(text)}})
                         .isEmpty());

    ASSERT_TRUE(context.removeRecord(RecordKind::Problem, problem));
    EXPECT_TRUE(context.file()->agreement(agreement).problems.isEmpty());
    context.undoStack()->undo();
    const auto problems = context.file()->agreement(agreement).problems;
    ASSERT_EQ(problems.size(), 1);
    ASSERT_EQ(problems.first().causes.size(), 3);
    EXPECT_EQ(problems.first().causes.at(2).text, QStringLiteral("Alkohol"));
    context.undoStack()->redo();
    EXPECT_TRUE(context.file()->agreement(agreement).problems.isEmpty());
}

TEST(AppContextTest, MoveUndoPutsTheRecordBack)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString agreement = newAgreement(context);
    QStringList ids;
    for (const char *title : {"Ett", "Två", "Tre"})
        ids << context.insertRecord(RecordKind::Problem, agreement,
                                    {{QStringLiteral("title"), QString::fromUtf8(title)}});
    const auto order = [&] {
        QStringList titles;
        for (const core::Problem &p : context.file()->agreement(agreement).problems)
            titles << p.title;
        return titles.join(QLatin1Char(','));
    };
    ASSERT_EQ(order(), QStringLiteral("Ett,Två,Tre"));
    ASSERT_TRUE(context.moveRecord(RecordKind::Problem, ids.at(2), 0));
    EXPECT_EQ(order(), QStringLiteral("Tre,Ett,Två"));
    context.undoStack()->undo();
    EXPECT_EQ(order(), QStringLiteral("Ett,Två,Tre"));
    context.undoStack()->redo();
    EXPECT_EQ(order(), QStringLiteral("Tre,Ett,Två"));
}

// The scenario: an agreement, a problem with three causes, an effect goal and
// a measure aimed at two causes; each step undone and redone; all of it there after
// closing and reopening.
TEST(AppContextTest, AgreementScenarioSurvivesUndoRedoAndReopen)
{
    test::TempMunicipality file;
    QString agreement, problem, goal, measure;
    QStringList causes;
    {
        AppContext context;
        file.openInto(context);
        QUndoStack &undo = *context.undoStack();
        const auto undoRedo = [&undo] {
            undo.undo();
            undo.redo();
        };
        agreement = newAgreement(context, QStringLiteral("Samverkansöverenskommelse 2024–2027"));
        undoRedo();
        problem = context.insertRecord(RecordKind::Problem, agreement,
                                       {{QStringLiteral("title"), QStringLiteral("Krogvåld")},
                                        {QStringLiteral("prioritized"), true}});
        undoRedo();
        for (const char *text : {"Berusning", "Trängsel vid stängning", "Få vakter"}) {
            causes << context.insertRecord(RecordKind::Cause, problem,
                                           {{QStringLiteral("text"), QString::fromUtf8(text)}});
            undoRedo();
        }
        goal =
            context.insertRecord(RecordKind::Goal, agreement,
                                 {{QStringLiteral("kind"), QStringLiteral("effect")},
                                  {QStringLiteral("text"), QStringLiteral("Färre misshandelsfall")},
                                  {QStringLiteral("problem"), problem}});
        undoRedo();
        measure = context.insertRecord(RecordKind::Measure, agreement,
                                       {{QStringLiteral("title"), QStringLiteral("Krogtillsyn")}});
        undoRedo();
        ASSERT_TRUE(context.setField(RecordKind::Measure, measure, QStringLiteral("causes"),
                                     QStringList{causes.at(0), causes.at(2)}));
        undo.undo();
        EXPECT_TRUE(context.file()->agreement(agreement).measures.first().causes.isEmpty());
        undo.redo();
        ASSERT_TRUE(context.setField(RecordKind::Measure, measure, QStringLiteral("goals"),
                                     QStringList{goal}));
        undoRedo();
        context.closeFile();
        EXPECT_FALSE(context.hasFile());
        EXPECT_EQ(context.undoStack()->count(), 0);
    }
    const auto reopened = file.open();
    const core::Agreement a = reopened->agreement(agreement);
    EXPECT_EQ(a.title, QStringLiteral("Samverkansöverenskommelse 2024–2027"));
    ASSERT_EQ(a.problems.size(), 1);
    ASSERT_EQ(a.problems.first().causes.size(), 3);
    ASSERT_EQ(a.goals.size(), 1);
    EXPECT_EQ(a.goals.first().kind, core::GoalKind::Effect);
    ASSERT_EQ(a.measures.size(), 1);
    EXPECT_EQ(a.measures.first().causes, (QStringList{causes.at(0), causes.at(2)}));
    EXPECT_EQ(a.measures.first().goals, QStringList{goal});
}

TEST(AppContextTest, SignedAgreementRefusesEditsAndSaysWhy)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString id = newAgreement(context, QStringLiteral("Låst"));
    addSignatory(context, id);
    ASSERT_TRUE(context.run(
        [&] { context.file()->sign(id, QDate(2024, 3, 1), QStringLiteral("Härnösand")); }));
    ASSERT_TRUE(context.file()->agreement(id).isSigned());
    const int commands = context.undoStack()->count();

    QSignalSpy errors(&context, &AppContext::errorOccurred);
    EXPECT_FALSE(context.setField(RecordKind::Agreement, id, QStringLiteral("title"),
                                  QStringLiteral("Ändrad")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_FALSE(errors.first().first().toString().isEmpty());
    EXPECT_EQ(context.file()->agreement(id).title, QStringLiteral("Låst"));
    EXPECT_EQ(context.undoStack()->count(), commands);
    EXPECT_TRUE(context
                    .insertRecord(RecordKind::Problem, id,
                                  {{QStringLiteral("title"), QStringLiteral("Nytt")}})
                    .isEmpty());
    EXPECT_EQ(errors.count(), 2);
}

TEST(AppContextTest, UndoThatTheFileRefusesIsReportedAndDropped)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    const QString id = newAgreement(context, QStringLiteral("Före"));
    addSignatory(context, id);
    ASSERT_TRUE(context.setField(RecordKind::Agreement, id, QStringLiteral("title"),
                                 QStringLiteral("Efter")));
    ASSERT_TRUE(context.run(
        [&] { context.file()->sign(id, QDate(2024, 3, 1), QStringLiteral("Härnösand")); }));
    const int before = context.undoStack()->count();

    QSignalSpy errors(&context, &AppContext::errorOccurred);
    context.undoStack()->undo(); // the title is frozen now
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(context.file()->agreement(id).title, QStringLiteral("Efter"));
    EXPECT_EQ(context.undoStack()->count(), before - 1);
}

TEST(AppContextTest, EditsWithoutAFileAreRefusedQuietly)
{
    AppContext context;
    QSignalSpy errors(&context, &AppContext::errorOccurred);
    EXPECT_FALSE(context.setField(RecordKind::Agreement, QStringLiteral("x"),
                                  QStringLiteral("title"), QStringLiteral("y")));
    EXPECT_TRUE(context.insertRecord(RecordKind::Agreement, {}, {}).isEmpty());
    EXPECT_FALSE(context.run([] {}));
    EXPECT_EQ(errors.count(), 0);
}
