#pragma once

// A plain check item of the method's five steps that the user ticks
// ("first leadership meeting held"). Work, not frozen content.

#include <QString>

namespace samverka::core {

struct CheckItem {
    QString id;
    int step = 1; ///< 1..5, the step of the method
    QString text;
    bool done = false;

    bool operator==(const CheckItem &) const = default;
};

} // namespace samverka::core
