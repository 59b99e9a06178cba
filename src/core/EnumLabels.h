#pragma once

// Swedish (translated) labels for every enum value, for combo boxes and documents.
// Source strings are English in tr(); the Swedish translation supplies the words of
// domain.md.

#include "Enums.h"

namespace samverka::core {

class EnumLabels
{
public:
    template <typename E> static QString label(E value);
};

} // namespace samverka::core
