#pragma once

// Canonical JSON bytes of a JSON value, the form the fingerprint hashes (spec/cli.md):
// keys sorted by Unicode code point, no insignificant white space, UTF-8, strings in
// Unicode NFC, integers without a decimal point and other numbers in shortest
// round-trip form. Equal content gives equal bytes whatever the input's key order.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace samverka::core {

class CanonicalJson
{
public:
    static QByteArray serialize(const QJsonValue &value);
    static QByteArray serialize(const QJsonObject &object);
    static QByteArray serialize(const QJsonArray &array);
    /// The canonical form of one number ("12", "0.1", "1e+21").
    static QByteArray number(double value);
};

} // namespace samverka::core
