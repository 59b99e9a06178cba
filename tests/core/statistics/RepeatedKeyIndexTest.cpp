// RepeatedKeyIndex against a plain hash table of every key: the run-based look-up must
// give the same answer for any order of rows, not only an export's usual grouping.

#include "statistics/RepeatedKeyIndex.h"

#include <QHash>

#include <gtest/gtest.h>

#include <random>

using namespace samverka::core;

namespace {

struct Key {
    QString code;
    int year = 0;
    QString period;
    int typeId = 0;
    friend bool operator==(const Key &, const Key &) = default;
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.code, key.year, key.period, key.typeId);
}

/// What RepeatedKeyIndex::find promises, the obvious way: the row number of the key's
/// first row, new rows numbered 0, 1, 2, ... in the order they came.
class ReferenceIndex
{
public:
    qsizetype find(const Key &key)
    {
        const auto found = m_rows.constFind(key);
        if (found != m_rows.cend())
            return found.value();
        m_rows.insert(key, m_rows.size());
        return -1;
    }

private:
    QHash<Key, qsizetype> m_rows;
};

} // namespace

TEST(RepeatedKeyIndex, AgreesWithAHashTableOnRandomSequences)
{
    const QStringList codes = {QStringLiteral("2280"), QStringLiteral("2262"),
                               QStringLiteral("0180")};
    const QStringList periods = {QString(), QStringLiteral("2023-03"), QStringLiteral("2023-Q1")};
    std::mt19937 random(20231124); // fixed: a failure can be replayed
    const auto below = [&random](int n) {
        return std::uniform_int_distribution<int>(0, n - 1)(random);
    };

    int repeats = 0;
    for (int sequence = 0; sequence < 400; ++sequence) {
        RepeatedKeyIndex index;
        ReferenceIndex reference;
        // Few groups and types, so that repeats inside a run, groups that come back and
        // groups that come back again all happen; runs of one group as an export has them,
        // or single rows in a random order.
        const int types = 1 + below(12);
        const bool scattered = sequence % 4 == 0;
        const int rows = 1 + below(300);
        Key key;
        int runLeft = 0;
        for (int row = 0; row < rows; ++row) {
            if (runLeft == 0 || scattered) {
                key.code = codes.at(below(int(codes.size())));
                key.year = 2021 + below(3);
                key.period = periods.at(below(int(periods.size())));
                runLeft = 1 + below(2 * types);
            }
            --runLeft;
            key.typeId = below(types);
            const qsizetype expected = reference.find(key);
            if (expected >= 0)
                ++repeats;
            ASSERT_EQ(index.find(key.code, key.year, key.period, key.typeId), expected)
                << "sequence " << sequence << ", row " << row;
        }
    }
    EXPECT_GT(repeats, 1000) << "the sequences hardly repeat a key";
}
