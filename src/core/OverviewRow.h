#pragma once

// One municipality's line in the overview of many (issue #16, "Many municipalities at a
// glance"): the current agreement, the citizen promises, what is late and due, the law's
// status and the last change. Made by OverviewRowBuilder from domain data, whatever the
// source (a municipality file, or the region database of issue #17), so both give the
// same rows. A source that cannot be read gives a row with only its state and message.

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace samverka::core {

/// Why a row has no summary; the machine words are stable (docs/cli.md, "overview").
enum class OverviewState {
    Ok,            ///< "ok": read
    Missing,       ///< "missing": no such file
    Unreadable,    ///< "unreadable": no permission to read it (or a folder)
    NotSamverka,   ///< "not-samverka": not SQLite, or another program's database
    Locked,        ///< "locked": a lock held longer than the wait
    Damaged,       ///< "damaged": cut short, corrupt, no schema version
    NeedsRecovery, ///< "needs-recovery": a write interrupted by a crash, not rolled back
    NewerVersion,  ///< "newer-version": written by a newer Samverka
};

/// How the law's lägesbild (§ 4) stands, from LawChecklist's requirement.
enum class SituationPictureState {
    Current,  ///< "current": an adopted edition not past its next update
    Outdated, ///< "outdated": the adopted edition in force is past its next update
    Draft,    ///< "draft": only drafts
    Missing,  ///< "missing": no edition
};

/// How the law's åtgärdsplan (§ 5) stands, from PlanChecklist's requirement.
enum class MeasurePlanState {
    Decided,    ///< "decided": decided, valid today, based on the lägesbild in force
    NotCurrent, ///< "not-current": decided, but based on another lägesbild
    Expired,    ///< "expired": the decided plan in force ended before today
    Draft,      ///< "draft": only drafts
    Missing,    ///< "missing": no plan
};

struct OverviewRow {
    QString source; ///< the file's path (or the database's name for the municipality)
    OverviewState state = OverviewState::Ok;
    QString message; ///< why the row has no summary, for a person; empty when Ok

    QString municipality; ///< name
    QString code;         ///< SCB's four digits
    QString localPoliceArea;

    /// The current agreement (OverviewRowBuilder::currentAgreement); id empty when none.
    QString agreementId;
    QString agreementTitle;
    AgreementStatus agreementStatus = AgreementStatus::Draft;
    QDate validFrom; ///< the first day (the signing date when it runs from signing)
    bool validFromSigning = false;
    QDate validTo;
    bool untilFurtherNotice = false;
    bool inForce = false;

    /// The citizen promises for today (OverviewRowBuilder::currentPromiseSet).
    bool hasPromises = false;
    std::optional<int> promisesFromYear;
    std::optional<int> promisesToYear;
    PromiseSetStatus promisesStatus = PromiseSetStatus::Draft;

    int measuresLate = 0; ///< in the whole file, confidential ones left out
    int followUpsDue = 0; ///< reports due by today and not reported, of agreements in force
    int openComments = 0; ///< review comments not resolved, of every agreement
    SituationPictureState situationPicture = SituationPictureState::Missing;
    MeasurePlanState measurePlan = MeasurePlanState::Missing;

    QDateTime lastChangeAt; ///< UTC; invalid when the log is empty
    QString lastChangeBy;

    bool isOk() const { return state == OverviewState::Ok; }
    bool operator==(const OverviewRow &) const = default;
};

/// The machine words above ("newer-version", "not-current").
QString overviewWord(OverviewState state);
QString overviewWord(SituationPictureState state);
QString overviewWord(MeasurePlanState state);

} // namespace samverka::core
