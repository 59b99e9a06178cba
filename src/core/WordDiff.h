#pragma once

// A word-by-word comparison of two texts: the runs of words both share, the words
// struck from the first and the words inserted by the second, in reading order.

#include <QList>
#include <QString>

namespace samverka::core {

struct WordRun {
    enum class Kind { Same, Removed, Inserted };
    Kind kind = Kind::Same;
    QString text; ///< the run's words, joined by single spaces

    bool operator==(const WordRun &) const = default;
};

class WordDiff
{
public:
    /// The runs that turn before into after. Words are split at white space; a run
    /// joins its words with one space. Equal texts give one Same run (none when empty).
    static QList<WordRun> compare(const QString &before, const QString &after);
    /// The word for a run's kind in the diff JSON: "same", "removed", "inserted".
    static QString word(WordRun::Kind kind);
};

} // namespace samverka::core
