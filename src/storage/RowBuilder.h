#pragma once

// Turns the core's domain structs into the file's table rows: the one place that
// knows how an exchange record maps onto the schema for writing (DataLoader and
// AgreementLoader are the way back). Used by import, merge and revision.

#include "MunicipalityData.h"
#include "TableRow.h"

namespace samverka::storage {

class RowBuilder
{
public:
    static RecordRows party(const core::Party &party, int position);
    static RecordRows person(const core::Person &person, int position);
    /// The agreement's own row and its id-less arrays (parties, diary numbers,
    /// starting points, commitments, groups and members, coordinators, reporting,
    /// signatures), which are replaced as a whole.
    static RecordRows agreement(const core::Agreement &agreement);
    static RecordRows problem(const core::Problem &problem, const QString &agreementId,
                              int position);
    static RecordRows cause(const core::Cause &cause, const QString &problemId, int position);
    static RecordRows focusArea(const core::FocusArea &area, const QString &agreementId,
                                int position);
    static RecordRows goal(const core::Goal &goal, const QString &agreementId, int position);
    static RecordRows measure(const core::Measure &measure, const QString &agreementId,
                              int position);
    static RecordRows followUp(const core::FollowUp &followUp, const QString &agreementId,
                               int position);
    /// A comment without an id gets internalId (kept out of exports).
    static RecordRows comment(const core::ReviewComment &comment, const QString &agreementId,
                              int position, const QString &internalId = {});
    static RecordRows checkItem(const core::CheckItem &item, const QString &agreementId,
                                int position);
    static RecordRows promiseSet(const core::CitizenPromiseSet &set, int position);
    static RecordRows promise(const core::CitizenPromise &promise, const QString &setId,
                              int position);
    static RecordRows meeting(const core::Meeting &meeting, int position);
    /// Without data (hasData false) the data column is left out, so a merge keeps the bytes.
    static RecordRows attachment(const core::Attachment &attachment, int position);
    static TableRow population(const core::Population &row, const QString &defaultCode);
    static TableRow surveyIndicator(const core::SurveyIndicator &row);

    static RecordRows situationPicture(const core::SituationPicture &picture, int position);
    static RecordRows situationSection(const core::SituationSection &section,
                                       const QString &pictureId, int position);
    static RecordRows situationProblem(const core::SituationProblem &problem,
                                       const QString &pictureId, int position);

    static RecordRows measurePlan(const core::MeasurePlan &plan, int position);
    static RecordRows planFollowUpDate(const core::PlanFollowUpDate &date, const QString &planId,
                                       int position);
    static RecordRows planRow(const core::PlanRow &row, const QString &planId, int position);
    static RecordRows planRating(const core::PlanRating &rating, const QString &rowId,
                                 int position);

    /// Every row of an agreement and what hangs under it, parents first.
    static QList<TableRow> allRows(const core::Agreement &agreement);
    /// Every row of a lägesbild's edition and what hangs under it, parents first.
    static QList<TableRow> allRows(const core::SituationPicture &picture, int position);
    /// Every row of an åtgärdsplan and what hangs under it, parents first.
    static QList<TableRow> allRows(const core::MeasurePlan &plan, int position);

    // Stored forms of values.
    static QVariant text(const QString &value);
    static QVariant ref(const QString &value);
    static QVariant date(const QDate &value);
    static QVariant flag(bool value);
    static QString newId();
};

} // namespace samverka::storage
