#pragma once

// The fingerprint of a signed agreement (spec/cli.md): SHA-256 over the canonical
// JSON of its frozen content (exchange form without status, fingerprint, comments,
// followUps, checkItems and every measure's status; sorted keys, no white space,
// UTF-8, NFC).

#include "Agreement.h"

namespace samverka::core {

class Fingerprint
{
public:
    /// The canonical JSON bytes that are hashed.
    static QByteArray frozenContent(const Agreement &agreement);
    /// Lower-case hex SHA-256 of frozenContent().
    static QString compute(const Agreement &agreement);
    /// First 16 hex digits in groups of four: "3f2a 9c01 77be 0d4e".
    static QString display(const QString &hex);
};

} // namespace samverka::core
