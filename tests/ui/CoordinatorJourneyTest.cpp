// Issue 11's proof: the coordinator's whole journey through the real widgets, from a new
// file to a signed, revised, exported and reopened agreement (see CoordinatorJourney.h),
// once in Swedish, as the program starts, and once in English.

#include "CoordinatorJourney.h"

#include "pages/FocusAreaPage.h"

#include <gtest/gtest.h>

using namespace samverka::ui;
using samverka::ui::test::CoordinatorJourney;
using Language = LanguageController::Language;

namespace {

void travel(CoordinatorJourney &j)
{
    fprintf(stderr, "STEP createFile\n"); ASSERT_NO_FATAL_FAILURE(j.createFile());
    fprintf(stderr, "STEP addPeople\n"); ASSERT_NO_FATAL_FAILURE(j.addPeople());
    fprintf(stderr, "STEP addAgreement\n"); ASSERT_NO_FATAL_FAILURE(j.addAgreement());
    fprintf(stderr, "STEP writePart1\n"); ASSERT_NO_FATAL_FAILURE(j.writePart1());
    fprintf(stderr, "STEP addProblemWithCauses\n"); ASSERT_NO_FATAL_FAILURE(j.addProblemWithCauses());
    fprintf(stderr, "STEP addFocusArea\n"); ASSERT_NO_FATAL_FAILURE(j.addFocusArea());
    fprintf(stderr, "STEP addGoal\n"); ASSERT_NO_FATAL_FAILURE(j.addGoal());
    fprintf(stderr, "STEP addMeasures\n"); ASSERT_NO_FATAL_FAILURE(j.addMeasures());
    fprintf(stderr, "STEP editActionPlan\n"); ASSERT_NO_FATAL_FAILURE(j.editActionPlan());
    fprintf(stderr, "STEP undoAndRedo\n"); ASSERT_NO_FATAL_FAILURE(j.undoAndRedo());
    fprintf(stderr, "STEP commentAndResolve\n"); ASSERT_NO_FATAL_FAILURE(j.commentAndResolve());
    fprintf(stderr, "STEP markReady\n"); ASSERT_NO_FATAL_FAILURE(j.markReady());
    fprintf(stderr, "STEP addSignatoriesAndSign\n"); ASSERT_NO_FATAL_FAILURE(j.addSignatoriesAndSign());
    fprintf(stderr, "STEP signedFieldsAreRefused\n"); ASSERT_NO_FATAL_FAILURE(j.signedFieldsAreRefused());
    fprintf(stderr, "STEP revise\n"); ASSERT_NO_FATAL_FAILURE(j.revise());
    fprintf(stderr, "STEP exportPdf\n"); ASSERT_NO_FATAL_FAILURE(j.exportPdf());
    fprintf(stderr, "STEP closeAndReopen\n"); ASSERT_NO_FATAL_FAILURE(j.closeAndReopen());
    EXPECT_TRUE(j.errors().isEmpty()) << j.errors().join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(CoordinatorJourneyTest, FromANewFileToASignedRevisedAndExportedAgreementInSwedish)
{
    CoordinatorJourney journey(Language::Swedish);
    // The texts the steps look for are Swedish here.
    ASSERT_EQ(FocusAreaPage::tr("Focus areas"), QStringLiteral("Fokusområden"));
    travel(journey);
}

TEST(CoordinatorJourneyTest, FromANewFileToASignedRevisedAndExportedAgreementInEnglish)
{
    CoordinatorJourney journey(Language::English);
    ASSERT_EQ(FocusAreaPage::tr("Focus areas"), QStringLiteral("Focus areas"));
    travel(journey);
}
