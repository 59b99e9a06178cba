#pragma once

// The lägesbild of Lag (2023:196) §4, one record per edition ("Lägesbild 2025"): who made
// it and when, its decision, when it falls due again, and two of its three parts: the
// other information (sections) and the analysis with the problems it leads to. The
// first part, the kartläggning, is built from the file's statistics when printed; the
// record keeps only the user's commentary to it. Records beside the agreements, never
// inside one: nothing here is an agreement's frozen content.

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samverka::core {

/// Part 2, "Annan information": one source of knowledge besides the statistics.
struct SituationSection {
    QString id;
    QString title;
    QString source; ///< who supplied it (the school, the rescue service, …)
    QDate date;
    bool confidential = false;
    QString text;

    bool operator==(const SituationSection &) const = default;
};

/// Part 3: a problem the analysis leads to. An agreement's problem picture may take it
/// over later; the lägesbild keeps its own, since an agreement's problems freeze.
struct SituationProblem {
    QString id;
    QString title;
    QString description;
    QString place;
    QString timePattern;
    QList<ProblemSource> sources;
    QList<SelectionCriterion> criteria; ///< Brå's reasons for choosing it
    bool confidential = false;

    bool operator==(const SituationProblem &) const = default;
};

struct SituationPicture {
    QString id;
    QString title;
    QDate date;
    std::optional<int> fromYear; ///< the years its data covers
    std::optional<int> toYear;
    QString madeBy;       ///< the samordningsfunktion that made it
    QString participants; ///< who took part
    SituationStatus status = SituationStatus::Draft;
    QString decidedBy; ///< the body that decided it (kommunstyrelsen, …)
    QDate decidedOn;
    QString decisionParagraph; ///< the paragraph of the minutes ("§ 45")
    QString diaryNumber;
    QStringList comparisons;      ///< municipality codes part 1 compares with
    QDate nextUpdate;             ///< when it falls due again (two years on by default)
    QString crimeCommentary;      ///< part 1: on the reported crime and its trend
    QString comparisonCommentary; ///< part 1: on the comparison with other areas
    QString surveyCommentary;     ///< part 1: on the survey indicators
    QString placeCommentary;      ///< part 1: on where and when
    QString analysis;             ///< part 3
    /// Part 1's numbers as they stood when the edition was adopted (SituationMappingJson's
    /// compact text); empty for a draft, or an edition adopted before they were kept.
    /// Set by the program, never typed.
    QString mappingSnapshot;
    QList<SituationSection> sections;
    QList<SituationProblem> problems;

    bool operator==(const SituationPicture &) const = default;
};

} // namespace samverka::core
