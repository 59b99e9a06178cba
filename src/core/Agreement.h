#pragma once

// The collaboration agreement (samverkansöverenskommelse): part 1, part 2, the
// problem picture with its cause analysis, goals, measures, and the work under it.

#include "CheckItem.h"
#include "Commitment.h"
#include "FocusArea.h"
#include "FollowUp.h"
#include "Goal.h"
#include "Group.h"
#include "Measure.h"
#include "Problem.h"
#include "ReviewComment.h"
#include "RowId.h"
#include "Signature.h"

namespace samverka::core {

struct DiaryNumber {
    QString party; ///< party id
    QString number;
    RowId rowId{}; ///< the file's id of the row; not exchanged

    bool operator==(const DiaryNumber &) const = default;
};

struct Coordinator {
    QString party;  ///< party id
    QString person; ///< person id
    RowId rowId{};  ///< the file's id of the row; not exchanged

    bool operator==(const Coordinator &) const = default;
};

struct ReportingRule {
    ReportingTarget to = ReportingTarget::SteeringGroup;
    int everyMonths = 12;
    RowId rowId{}; ///< the file's id of the row; not exchanged

    bool operator==(const ReportingRule &) const = default;
};

struct Part1 {
    QString introduction;
    QString purpose;
    QStringList startingPoints;
    RowIds startingPointIds{}; ///< the file's ids of startingPoints, in order; not exchanged
    QString collaborationModel;
    QList<Commitment> commitments;
    QList<Group> groups;
    QList<Coordinator> coordinators;
    QString communicationPlan;
    QString followUpPlan;
    QList<ReportingRule> reporting;

    bool operator==(const Part1 &) const = default;
};

struct Part2 {
    QString text;
    QList<Commitment> commitments;

    bool operator==(const Part2 &) const = default;
};

struct Agreement {
    QString id;
    QString title;
    QStringList parties; ///< party ids
    QList<DiaryNumber> diaryNumbers;
    AgreementStatus status = AgreementStatus::Draft;
    QString replaces; ///< agreement id, or empty
    QDate validFrom;
    bool validFromSigning = false;
    QDate validTo;
    bool continuesUntilFurtherNotice = false;
    Part1 part1;
    Part2 part2;
    QList<Problem> problems;
    QList<FocusArea> focusAreas;
    QList<Goal> goals;
    QList<Measure> measures;
    QList<FollowUp> followUps;
    QList<Signature> signatures;
    QList<ReviewComment> comments;
    QString fingerprint; ///< SHA-256 hex of the frozen content, set at signing
    QString decidedBy;
    QDate decidedOn;
    /// The user's own check items of the five steps; an exchange extension
    /// ("checkItems"), not frozen and not part of the fingerprint.
    QList<CheckItem> checkItems;

    bool isSigned() const { return status == AgreementStatus::Signed; }
    bool operator==(const Agreement &) const = default;
};

} // namespace samverka::core
