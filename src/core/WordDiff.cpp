#include "WordDiff.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace samverka::core {

namespace {

/// Texts longer than this (words left after the common ends are cut) are not aligned
/// word by word: the middle is shown struck and inserted whole.
constexpr qsizetype maxCells = 4'000'000;

void append(QList<WordRun> &runs, WordRun::Kind kind, const QString &word)
{
    if (!runs.isEmpty() && runs.last().kind == kind) {
        runs.last().text += QLatin1Char(' ') + word;
        return;
    }
    runs.append({kind, word});
}

/// Longest common subsequence of a and b, appended to runs as Same, Removed, Inserted.
void align(QList<WordRun> &runs, const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n * m > maxCells) {
        for (const QString &w : a)
            append(runs, WordRun::Kind::Removed, w);
        for (const QString &w : b)
            append(runs, WordRun::Kind::Inserted, w);
        return;
    }
    // lcs[i][j]: the length of the common subsequence of a[i..] and b[j..].
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a.at(i) == b.at(j) ? lcs[at(i + 1, j + 1)] + 1
                                               : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            append(runs, WordRun::Kind::Same, a.at(i));
            ++i;
            ++j;
        } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            append(runs, WordRun::Kind::Removed, a.at(i++));
        } else {
            append(runs, WordRun::Kind::Inserted, b.at(j++));
        }
    }
    while (i < n)
        append(runs, WordRun::Kind::Removed, a.at(i++));
    while (j < m)
        append(runs, WordRun::Kind::Inserted, b.at(j++));
}

} // namespace

QList<WordRun> WordDiff::compare(const QString &before, const QString &after)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList a = before.split(space, Qt::SkipEmptyParts);
    const QStringList b = after.split(space, Qt::SkipEmptyParts);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;

    QList<WordRun> runs;
    for (qsizetype k = 0; k < head; ++k)
        append(runs, WordRun::Kind::Same, a.at(k));
    align(runs, a.mid(head, a.size() - head - tail), b.mid(head, b.size() - head - tail));
    for (qsizetype k = a.size() - tail; k < a.size(); ++k)
        append(runs, WordRun::Kind::Same, a.at(k));
    return runs;
}

QString WordDiff::word(WordRun::Kind kind)
{
    switch (kind) {
    case WordRun::Kind::Same:
        return QStringLiteral("same");
    case WordRun::Kind::Removed:
        return QStringLiteral("removed");
    case WordRun::Kind::Inserted:
        break;
    }
    return QStringLiteral("inserted");
}

} // namespace samverka::core
