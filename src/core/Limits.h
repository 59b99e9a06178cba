#pragma once

// The ranges of the domain's amounts and counts, shared by the exchange reader, the
// file and the editors so that all three refuse the same values: whole kronor up to
// 10^12 and counts up to 10^9 are held exactly (a double is exact to 2^53, an int to
// 2^31 - 1), so nothing wraps on its way from a widget to a file to an export.

#include <QtGlobal>

namespace samverka::core {

struct Limits {
    /// The largest budget in kronor (SEK): 10^12.
    static constexpr qint64 maxAmountSek = 1'000'000'000'000;
    /// The largest count (a measure's planned count, a follow-up's times carried out): 10^9.
    static constexpr qint64 maxCount = 1'000'000'000;
    /// The largest number of hours of a measure.
    static constexpr qint64 maxHours = 10'000'000;
    /// The largest magnitude of a goal's or a follow-up's indicator value.
    static constexpr qint64 maxIndicatorValue = 1'000'000'000'000;
};

} // namespace samverka::core
