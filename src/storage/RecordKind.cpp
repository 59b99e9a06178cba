#include "RecordKind.h"

namespace samverka::storage {

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Municipality:
        return QStringLiteral("municipality");
    case RecordKind::Party:
        return QStringLiteral("party");
    case RecordKind::Person:
        return QStringLiteral("person");
    case RecordKind::Agreement:
        return QStringLiteral("agreement");
    case RecordKind::DiaryNumber:
        return QStringLiteral("diaryNumber");
    case RecordKind::StartingPoint:
        return QStringLiteral("startingPoint");
    case RecordKind::Commitment:
        return QStringLiteral("commitment");
    case RecordKind::Group:
        return QStringLiteral("group");
    case RecordKind::GroupMember:
        return QStringLiteral("groupMember");
    case RecordKind::Coordinator:
        return QStringLiteral("coordinator");
    case RecordKind::ReportingRule:
        return QStringLiteral("reportingRule");
    case RecordKind::Problem:
        return QStringLiteral("problem");
    case RecordKind::Cause:
        return QStringLiteral("cause");
    case RecordKind::FocusArea:
        return QStringLiteral("focusArea");
    case RecordKind::Goal:
        return QStringLiteral("goal");
    case RecordKind::Measure:
        return QStringLiteral("measure");
    case RecordKind::FollowUp:
        return QStringLiteral("followUp");
    case RecordKind::Signature:
        return QStringLiteral("signature");
    case RecordKind::Comment:
        return QStringLiteral("comment");
    case RecordKind::CommentReply:
        return QStringLiteral("commentReply");
    case RecordKind::CheckItem:
        return QStringLiteral("checkItem");
    case RecordKind::PromiseSet:
        return QStringLiteral("promiseSet");
    case RecordKind::Promise:
        return QStringLiteral("promise");
    case RecordKind::Meeting:
        return QStringLiteral("meeting");
    case RecordKind::Attachment:
        return QStringLiteral("attachment");
    case RecordKind::Population:
        return QStringLiteral("population");
    case RecordKind::SituationPicture:
        return QStringLiteral("situationPicture");
    case RecordKind::SituationSection:
        return QStringLiteral("situationSection");
    case RecordKind::SituationProblem:
        return QStringLiteral("situationProblem");
    case RecordKind::MeasurePlan:
        return QStringLiteral("measurePlan");
    case RecordKind::PlanFollowUpDate:
        return QStringLiteral("planFollowUpDate");
    case RecordKind::PlanRow:
        return QStringLiteral("planRow");
    case RecordKind::PlanRating:
        return QStringLiteral("planRating");
    }
    return QStringLiteral("unknown");
}

std::optional<RecordKind> recordKindNamed(const QString &name)
{
    for (int k = int(RecordKind::Municipality); k <= int(lastRecordKind); ++k)
        if (recordKindName(RecordKind(k)) == name)
            return RecordKind(k);
    return std::nullopt;
}

} // namespace samverka::storage
