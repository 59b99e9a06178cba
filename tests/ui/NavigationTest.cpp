// Back and forward like a browser: AppContext's navigation history.

#include "AppContext.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace samverka::ui;
using P = NavTarget::Page;

TEST(NavigationTest, BackAndForwardWalkTheHistory)
{
    AppContext context;
    const NavTarget overview{P::Overview, {}, {}};
    const NavTarget measures{P::Measures, QStringLiteral("a1"), QStringLiteral("m1")};
    const NavTarget goals{P::Goals, QStringLiteral("a1"), {}};
    QSignalSpy navigated(&context, &AppContext::navigated);

    context.navigate(overview);
    context.navigate(measures);
    context.navigate(goals);
    EXPECT_EQ(navigated.count(), 3);
    EXPECT_TRUE(context.canGoBack());
    EXPECT_FALSE(context.canGoForward());

    context.goBack();
    EXPECT_EQ(context.currentTarget(), measures);
    context.goBack();
    EXPECT_EQ(context.currentTarget(), overview);
    EXPECT_FALSE(context.canGoBack());
    context.goBack(); // nothing further back: stays
    EXPECT_EQ(context.currentTarget(), overview);

    context.goForward();
    EXPECT_EQ(context.currentTarget(), measures);
    EXPECT_EQ(navigated.last().first().value<NavTarget>(), measures);
    context.goForward();
    EXPECT_EQ(context.currentTarget(), goals);
    EXPECT_FALSE(context.canGoForward());
}

TEST(NavigationTest, NewNavigationDropsTheForwardHistoryAndRepeatsAreIgnored)
{
    AppContext context;
    const NavTarget a{P::Overview, {}, {}};
    const NavTarget b{P::Part1, QStringLiteral("x"), {}};
    const NavTarget c{P::Part2, QStringLiteral("x"), {}};
    context.navigate(a);
    context.navigate(b);
    context.goBack();
    ASSERT_TRUE(context.canGoForward());
    context.navigate(c);
    EXPECT_FALSE(context.canGoForward());

    QSignalSpy navigated(&context, &AppContext::navigated);
    context.navigate(c);
    EXPECT_EQ(navigated.count(), 0);
    context.goBack();
    EXPECT_EQ(context.currentTarget(), a);
}

TEST(NavigationTest, OpeningAFileClearsTheHistory)
{
    AppContext context;
    context.navigate(NavTarget{P::Overview, {}, {}});
    context.navigate(NavTarget{P::People, {}, {}});
    context.closeFile();
    EXPECT_FALSE(context.canGoBack());
    EXPECT_FALSE(context.canGoForward());
    EXPECT_EQ(context.currentTarget().page, P::None);
}
