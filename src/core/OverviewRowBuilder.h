#pragma once

// Computes one municipality's overview row (OverviewRow) from OverviewInput for a given
// day, by the rules the app's own overview page uses (AgreementFacts for in force, late
// and due; LawChecklist for the law), with every confidential record left out of the
// counts. The same code serves every source, so a file and the region database give the
// same row for the same content and day.

#include "Clock.h"
#include "OverviewDetail.h"
#include "OverviewInput.h"
#include "OverviewRow.h"

namespace samverka::core {

class OverviewRowBuilder
{
public:
    static OverviewRow build(const OverviewInput &input, const QDate &today);
    /// The report's lists for the same input and day (OverviewDetail): as many late
    /// measures and reports due as build() counts.
    static OverviewDetail detail(const OverviewInput &input, const QDate &today);
    /// The row of a source that could not be read: its state and why.
    static OverviewRow failure(const QString &source, OverviewState state, const QString &message);

    /// The agreement a row shows: the one in force on today (of several, the one that
    /// started last); else the last one not signed (a draft under way); else the last
    /// one. nullptr when there is none. Agreements are in the file's display order.
    static const Agreement *currentAgreement(const QList<Agreement> &agreements,
                                             const Clock &clock);
    /// The citizen promises for today: a set whose years include today's (of several, the
    /// one that starts last), else the set that ends last (undated last in the list).
    static const CitizenPromiseSet *currentPromiseSet(const QList<CitizenPromiseSet> &sets,
                                                      const QDate &today);
    /// Measures late on today in every agreement (AgreementFacts::isLate), confidential
    /// ones left out.
    static QList<OverviewDetail::LateMeasure> lateMeasures(const QList<Agreement> &agreements,
                                                           const QSet<QString> &confidential,
                                                           const Clock &clock);
    static int measuresLate(const QList<Agreement> &agreements, const QSet<QString> &confidential,
                            const Clock &clock)
    {
        return int(lateMeasures(agreements, confidential, clock).size());
    }
    /// Reports due by today and not reported (AgreementFacts::reportsDue, not satisfied,
    /// due date not after today) of the agreements in force; a follow-up of a confidential
    /// measure reports nothing here.
    static QList<OverviewDetail::ReportDue> reportsDue(const QList<Agreement> &agreements,
                                                       const QSet<QString> &confidential,
                                                       const Clock &clock);
    static int followUpsDue(const QList<Agreement> &agreements, const QSet<QString> &confidential,
                            const Clock &clock)
    {
        return int(reportsDue(agreements, confidential, clock).size());
    }
    /// Review comments not resolved, of every agreement, except those on a confidential
    /// record.
    static int openComments(const QList<Agreement> &agreements, const QSet<QString> &confidential);
};

} // namespace samverka::core
