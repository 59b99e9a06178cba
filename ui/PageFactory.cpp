#include "PageFactory.h"

#include "pages/OverviewPage.h"

// Every domain type first, so a page header still in the making compiles here.
#include "MunicipalityData.h"

// The editor pages are registered as soon as their header is in the tree (each
// page class is named after its NavTarget::Page, in ui/pages/, with the constructor
// of Page: (AppContext &, QWidget *parent)).
#if __has_include("pages/AgreementPage.h")
#include "pages/AgreementPage.h"
#define SAMVERKA_HAS_AGREEMENT_PAGE 1
#endif
#if __has_include("pages/Part1Page.h")
#include "pages/Part1Page.h"
#define SAMVERKA_HAS_PART1_PAGE 1
#endif
#if __has_include("pages/Part2Page.h")
#include "pages/Part2Page.h"
#define SAMVERKA_HAS_PART2_PAGE 1
#endif
#if __has_include("pages/ProblemPicturePage.h")
#include "pages/ProblemPicturePage.h"
#define SAMVERKA_HAS_PROBLEM_PICTURE_PAGE 1
#endif
#if __has_include("pages/CauseAnalysisPage.h")
#include "pages/CauseAnalysisPage.h"
#define SAMVERKA_HAS_CAUSE_ANALYSIS_PAGE 1
#endif
#if __has_include("pages/FocusAreaPage.h")
#include "pages/FocusAreaPage.h"
#define SAMVERKA_HAS_FOCUS_AREA_PAGE 1
#endif
#if __has_include("pages/GoalsPage.h")
#include "pages/GoalsPage.h"
#define SAMVERKA_HAS_GOALS_PAGE 1
#endif
#if __has_include("pages/MeasuresPage.h")
#include "pages/MeasuresPage.h"
#define SAMVERKA_HAS_MEASURES_PAGE 1
#endif
#if __has_include("pages/FollowUpsPage.h")
#include "pages/FollowUpsPage.h"
#define SAMVERKA_HAS_FOLLOW_UPS_PAGE 1
#endif
#if __has_include("pages/SignaturesPage.h")
#include "pages/SignaturesPage.h"
#define SAMVERKA_HAS_SIGNATURES_PAGE 1
#endif
#if __has_include("pages/CommentsPage.h")
#include "pages/CommentsPage.h"
#define SAMVERKA_HAS_COMMENTS_PAGE 1
#endif
#if __has_include("pages/PromiseSetsPage.h")
#include "pages/PromiseSetsPage.h"
#define SAMVERKA_HAS_PROMISE_SETS_PAGE 1
#endif
#include "pages/MeasurePlanPage.h"
#include "pages/SituationPicturePage.h"
#if __has_include("pages/MeetingsPage.h")
#include "pages/MeetingsPage.h"
#define SAMVERKA_HAS_MEETINGS_PAGE 1
#endif
#if __has_include("pages/AttachmentsPage.h")
#include "pages/AttachmentsPage.h"
#define SAMVERKA_HAS_ATTACHMENTS_PAGE 1
#endif
#if __has_include("pages/PeoplePage.h")
#include "pages/PeoplePage.h"
#define SAMVERKA_HAS_PEOPLE_PAGE 1
#endif
#if __has_include("pages/StatisticsPage.h")
#include "pages/StatisticsPage.h"
#define SAMVERKA_HAS_STATISTICS_PAGE 1
#endif
#if __has_include("pages/MunicipalityPage.h")
#include "pages/MunicipalityPage.h"
#define SAMVERKA_HAS_MUNICIPALITY_PAGE 1
#endif

namespace samverka::ui {

using P = NavTarget::Page;

PageFactory::PageFactory()
{
    // The registration list: one line per page class.
    add<OverviewPage>(P::Overview);
#ifdef SAMVERKA_HAS_AGREEMENT_PAGE
    add<AgreementPage>(P::Agreement);
#endif
#ifdef SAMVERKA_HAS_PART1_PAGE
    add<Part1Page>(P::Part1);
#endif
#ifdef SAMVERKA_HAS_PART2_PAGE
    add<Part2Page>(P::Part2);
#endif
#ifdef SAMVERKA_HAS_PROBLEM_PICTURE_PAGE
    add<ProblemPicturePage>(P::ProblemPicture);
#endif
#ifdef SAMVERKA_HAS_CAUSE_ANALYSIS_PAGE
    add<CauseAnalysisPage>(P::CauseAnalysis);
#endif
#ifdef SAMVERKA_HAS_FOCUS_AREA_PAGE
    add<FocusAreaPage>(P::FocusArea);
#endif
#ifdef SAMVERKA_HAS_GOALS_PAGE
    add<GoalsPage>(P::Goals);
#endif
#ifdef SAMVERKA_HAS_MEASURES_PAGE
    add<MeasuresPage>(P::Measures);
#endif
#ifdef SAMVERKA_HAS_FOLLOW_UPS_PAGE
    add<FollowUpsPage>(P::FollowUps);
#endif
#ifdef SAMVERKA_HAS_SIGNATURES_PAGE
    add<SignaturesPage>(P::Signatures);
#endif
#ifdef SAMVERKA_HAS_COMMENTS_PAGE
    add<CommentsPage>(P::Comments);
#endif
#ifdef SAMVERKA_HAS_PROMISE_SETS_PAGE
    add<PromiseSetsPage>(P::PromiseSets);
#endif
    add<SituationPicturePage>(P::SituationPicture);
    add<MeasurePlanPage>(P::MeasurePlan);
#ifdef SAMVERKA_HAS_MEETINGS_PAGE
    add<MeetingsPage>(P::Meetings);
#endif
#ifdef SAMVERKA_HAS_ATTACHMENTS_PAGE
    add<AttachmentsPage>(P::Attachments);
#endif
#ifdef SAMVERKA_HAS_PEOPLE_PAGE
    add<PeoplePage>(P::People);
#endif
#ifdef SAMVERKA_HAS_STATISTICS_PAGE
    add<StatisticsPage>(P::Statistics);
#endif
#ifdef SAMVERKA_HAS_MUNICIPALITY_PAGE
    add<MunicipalityPage>(P::Municipality);
#endif
}

Page *PageFactory::create(NavTarget::Page page, AppContext &context, QWidget *parent) const
{
    const auto it = m_creators.find(page);
    return it == m_creators.end() ? nullptr : it->second(context, parent);
}

QList<NavTarget::Page> PageFactory::pages() const
{
    QList<NavTarget::Page> result;
    for (const auto &[page, creator] : m_creators)
        result << page;
    return result;
}

void PageFactory::add(NavTarget::Page page, Creator creator)
{
    m_creators[page] = std::move(creator);
}

} // namespace samverka::ui
