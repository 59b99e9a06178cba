#pragma once

// The result of comparing two agreements (AgreementComparer): what was added, removed,
// changed or moved, section by section, with each changed field's before and after and
// a text's changes word by word. Pure data; the CLI, the PDF and the app present it.

#include "WordDiff.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace samverka::core {

/// The sections of a comparison, in the order they are shown.
enum class DiffSection {
    Agreement,    ///< the agreement's own fields and Part 1's (and Part 2's text)
    Parties,      ///< the parties to the agreement
    DiaryNumbers, ///< the parties' diary numbers
    FocusAreas,
    Problems,
    Causes,
    Goals,
    Measures,
    CitizenPromises,
};

enum class DiffKind { Added, Removed, Changed, Moved };

/// How the two records of a difference were found to be the same record.
enum class DiffMatch {
    None,    ///< added or removed: there is no other record
    Origin,  ///< the later one was copied from the earlier one by Revidera (origin id)
    Id,      ///< the same id in both (a party, a diary number's party)
    Content, ///< a guess: the same cause number, title, text or position
};

/// One field that differs. Before and after are the exchange format's values, with the
/// records a field refers to named by their labels (titles, "Orsak 1.2", party names).
struct FieldDifference {
    QString field;     ///< the exchange format's property ("title", "target.value", "causes")
    QJsonValue before; ///< Undefined when the field was not set
    QJsonValue after;
    QList<WordRun> words; ///< for text: the changes word by word; empty otherwise

    bool operator==(const FieldDifference &) const = default;
};

struct DiffItem {
    DiffSection section = DiffSection::Agreement;
    DiffKind kind = DiffKind::Changed;
    DiffMatch match = DiffMatch::None;
    QString fromId;            ///< the record in the earlier agreement (empty when added)
    QString toId;              ///< the record in the later agreement (empty when removed)
    QString label;             ///< what the record is called (the later one's, when there is one)
    bool confidential = false; ///< either side is confidential
    /// Changed and moved: the fields that differ (for a move, the field that moved it
    /// first: "focusArea", "problem" or "number").
    QList<FieldDifference> fields;

    bool isGuess() const { return match == DiffMatch::Content; }
    bool operator==(const DiffItem &) const = default;
};

struct DiffSide {
    QString id;
    QString title;
    QString status; ///< the exchange word
    /// A signed agreement whose stored fingerprint no longer matches its content.
    bool fingerprintBroken = false;

    bool operator==(const DiffSide &) const = default;
};

struct AgreementDiff {
    DiffSide from;
    DiffSide to;
    QList<DiffItem> items; ///< in section order, then in the later agreement's order

    /// The items to show: the confidential ones only when asked.
    QList<DiffItem> visible(bool includeConfidential) const;
    /// How many of items are of section and kind.
    static int count(const QList<DiffItem> &items, DiffSection section, DiffKind kind);
    /// The word for a section, a kind, a match in the diff JSON ("measures", "moved", …).
    static QString word(DiffSection section);
    static QString word(DiffKind kind);
    static QString word(DiffMatch match);
    static QList<DiffSection> sections();

    bool operator==(const AgreementDiff &) const = default;
};

} // namespace samverka::core
