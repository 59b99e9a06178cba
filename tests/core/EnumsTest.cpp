#include "Enums.h"

#include <gtest/gtest.h>

using namespace samverka::core;

TEST(Enums, WordsRoundTrip)
{
    for (auto status : allValues<AgreementStatus>())
        EXPECT_EQ(fromWord<AgreementStatus>(toWord(status)), status);
    EXPECT_EQ(toWord(AgreementStatus::ReadyForSigning), QStringLiteral("ready_for_signing"));
    EXPECT_EQ(toWord(PartyKind::RescueService), QStringLiteral("rescue_service"));
}

TEST(Enums, UnknownWordIsRefused)
{
    EXPECT_FALSE(fromWord<MeasureStatus>(QStringLiteral("late")).has_value());
    EXPECT_FALSE(fromWord<GoalKind>(QString()).has_value());
}

TEST(Enums, AllWordsMatchTheSchemaOrder)
{
    EXPECT_EQ(allWords<MeasureStatus>(),
              (QStringList{QStringLiteral("planned"), QStringLiteral("ongoing"),
                           QStringLiteral("done"), QStringLiteral("cancelled")}));
}
