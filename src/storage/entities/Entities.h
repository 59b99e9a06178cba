#pragma once

// The entity declarations, one per kind of record: see Entity.h. FieldRegistry lists
// their KindSpecs; RowBuilder, AgreementLoader and DataLoader store and load through them.

#include "Entity.h"

#include "Agreement.h"
#include "Attachment.h"
#include "CitizenPromiseSet.h"
#include "MeasurePlan.h"
#include "Meeting.h"
#include "Municipality.h"
#include "Party.h"
#include "Person.h"
#include "Population.h"
#include "SituationPicture.h"

namespace samverka::storage::entities {

// The municipality's register.
const Entity<core::Municipality> &municipality();
const Entity<core::Party> &party();
const Entity<core::Person> &person();
const Entity<core::Population> &population();

// The agreement's own row, and its arrays that the exchange format keeps without ids.
const Entity<core::Agreement> &agreement();
const Entity<core::DiaryNumber> &diaryNumber();
const Entity<QString> &startingPoint();
const Entity<core::Commitment> &commitment();
const Entity<core::Group> &group();
const Entity<core::GroupMember> &groupMember();
const Entity<core::Coordinator> &coordinator();
const Entity<core::ReportingRule> &reportingRule();

// The analysis and the plan.
const Entity<core::Problem> &problem();
const Entity<core::Cause> &cause();
const Entity<core::FocusArea> &focusArea();
const Entity<core::Goal> &goal();
const Entity<core::Measure> &measure();
const Entity<core::FollowUp> &followUp();

// Review and signing.
const Entity<core::Signature> &signature();
const Entity<core::ReviewComment> &comment();
const Entity<core::CommentReply> &commentReply();
const Entity<core::CheckItem> &checkItem();

// Citizen promises, meetings and attachments.
const Entity<core::CitizenPromiseSet> &promiseSet();
const Entity<core::CitizenPromise> &promise();
const Entity<core::Meeting> &meeting();
const Entity<core::Attachment> &attachment();

// The lägesbild's editions, with their other information and problems.
const Entity<core::SituationPicture> &situationPicture();
const Entity<core::SituationSection> &situationSection();
const Entity<core::SituationProblem> &situationProblem();

// The åtgärdsplaner, with their follow-up dates, rows and the rows' ratings.
const Entity<core::MeasurePlan> &measurePlan();
const Entity<core::PlanFollowUpDate> &planFollowUpDate();
const Entity<core::PlanRow> &planRow();
const Entity<core::PlanRating> &planRating();

} // namespace samverka::storage::entities
