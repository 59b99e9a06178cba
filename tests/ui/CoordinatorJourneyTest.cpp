// Issue 11's proof: the coordinator's whole journey through the real widgets, from a new
// file to a signed, revised, exported and reopened agreement (see CoordinatorJourney.h),
// once in Swedish, as the program starts, and once in English.

#include "CoordinatorJourney.h"

#include "models/SidebarModel.h"

#include <gtest/gtest.h>

#include <utility>

using namespace samverka::ui;
using samverka::ui::test::CoordinatorJourney;
using Language = LanguageController::Language;

namespace {

/// The steps in the order a coordinator takes them; a step that fails stops the journey
/// (what follows builds on it) and names itself.
void travel(CoordinatorJourney &j)
{
    using Step = void (CoordinatorJourney::*)();
    const std::pair<const char *, Step> steps[] = {
        {"1. New file for a municipality chosen from the list", &CoordinatorJourney::createFile},
        {"2. People", &CoordinatorJourney::addPeople},
        {"1. The situation picture: an edition, a source, a problem, a copy undone",
         &CoordinatorJourney::writeSituationPicture},
        {"1. The situation picture adopted keeps its numbers; Ctrl+Z takes both back",
         &CoordinatorJourney::adoptSituationPicture},
        {"1. The situation picture as a PDF, from its page",
         &CoordinatorJourney::exportSituationPicture},
        {"1. The samordningsfunktion named, the overview says so",
         &CoordinatorJourney::nameCoordinatingFunction},
        {"2. The agreement and its period", &CoordinatorJourney::addAgreement},
        {"2. Part 1: purpose and coordinator", &CoordinatorJourney::writePart1},
        {"3. A problem with three causes", &CoordinatorJourney::addProblemWithCauses},
        {"3. A problem taken over from the situation picture, then undone",
         &CoordinatorJourney::takeOverFromSituation},
        {"3. A focus area", &CoordinatorJourney::addFocusArea},
        {"3. An effect goal with indicator, baseline and target", &CoordinatorJourney::addGoal},
        {"3. Two measures linked to causes and the goal", &CoordinatorJourney::addMeasures},
        {"4. The action plan edited in place, a row moved", &CoordinatorJourney::editActionPlan},
        {"8. Undo and redo", &CoordinatorJourney::undoAndRedo},
        {"4. The åtgärdsplan: an adopted and an own measure, a date, a rating, decided",
         &CoordinatorJourney::makeMeasurePlan},
        {"5. A review comment resolved", &CoordinatorJourney::commentAndResolve},
        {"5. Mark ready: the checklist, Enter on a finding", &CoordinatorJourney::markReady},
        {"5. Signatories and signing", &CoordinatorJourney::addSignatoriesAndSign},
        {"6. A signed field refused", &CoordinatorJourney::signedFieldsAreRefused},
        {"6. Revise", &CoordinatorJourney::revise},
        {"7. The agreement PDF", &CoordinatorJourney::exportPdf},
        {"8. Closed and opened again", &CoordinatorJourney::closeAndReopen},
    };
    for (const auto &[name, step] : steps) {
        SCOPED_TRACE(name);
        (j.*step)();
        if (::testing::Test::HasFatalFailure())
            return;
    }
    EXPECT_TRUE(j.errors().isEmpty()) << j.errors().join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(CoordinatorJourneyTest, FromANewFileToASignedRevisedAndExportedAgreementInSwedish)
{
    CoordinatorJourney journey(Language::Swedish);
    // The texts the steps look for are Swedish here.
    ASSERT_EQ(SidebarModel::tr("Focus areas"), QStringLiteral("Fokusområden"));
    travel(journey);
}

TEST(CoordinatorJourneyTest, FromANewFileToASignedRevisedAndExportedAgreementInEnglish)
{
    CoordinatorJourney journey(Language::English);
    ASSERT_EQ(SidebarModel::tr("Focus areas"), QStringLiteral("Focus areas"));
    travel(journey);
}
