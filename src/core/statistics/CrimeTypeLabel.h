#pragma once

// Reads what a crime-type label says about itself. The national statistics nest crime
// types up to five levels ("Misshandel inkl. grov, därav mot kvinna"); the importer
// keeps the full label as the crime type, so the hierarchy survives storage and the
// exchange format without a field of its own: a label's parent is the text before its
// last ", därav ". Also: discontinued types "(t.o.m. 2016)" and the grand total.

#include <QString>
#include <QStringList>

#include <optional>

namespace samverka::core {

class CrimeTypeLabel
{
public:
    /// The separator the importer writes between a parent and a part of it.
    static QString partSeparator() { return QStringLiteral(", därav "); }

    /// The full label of the parent, or empty for a top-level type.
    static QString parentOf(const QString &label);
    /// True when the label is a part ("därav") of another type.
    static bool isPart(const QString &label) { return !parentOf(label).isEmpty(); }
    /// 1 for a top-level type, 2 for a part of it, ...
    static int depth(const QString &label);
    /// The label's own last level, for display: "mot kvinna".
    static QString leafName(const QString &label);
    /// The full labels from the top level down to the label itself.
    static QStringList ancestry(const QString &label);
    /// The last year of a discontinued type, "(t.o.m. 2016)" -> 2016.
    static std::optional<int> discontinuedAfter(const QString &label);
    static bool isDiscontinued(const QString &label)
    {
        return discontinuedAfter(label).has_value();
    }
    /// "Samtliga brott", "Totalt": the sum of all types, not a type of its own.
    static bool isGrandTotal(const QString &label);
    /// Lower-case label without "(t.o.m. ...)", law references "(3 kap. 5 § BrB)",
    /// "inkl./exkl." punctuation noise and surplus white space; for matching.
    static QString normalised(const QString &label);
    /// Removes a leading "därav"/"därav:"/"- " from an indented child's label.
    static QString stripPartPrefix(const QString &label);
    /// True when the label starts with "därav".
    static bool hasPartPrefix(const QString &label);
};

} // namespace samverka::core
