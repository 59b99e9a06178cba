#pragma once

// One entry of the file's mapping from a crime type (as the national statistics
// label it) to a category of the handbook's table.

#include <QString>

namespace samverka::core {

struct CategoryMapping {
    QString crimeType;
    QString category;

    bool operator==(const CategoryMapping &) const = default;
};

} // namespace samverka::core
