#pragma once

// A file kept inside the municipality file, e.g. the scanned signed original.

#include <QByteArray>
#include <QString>

namespace samverka::core {

struct Attachment {
    QString id;
    QString agreement; ///< agreement id, or empty
    QString name;
    QString mediaType;
    QString sha256; ///< hex of the bytes
    QString note;
    QByteArray data;      ///< the bytes; empty when not loaded
    bool hasData = false; ///< whether 'data' was loaded (an empty file is still data)

    bool operator==(const Attachment &) const = default;
};

} // namespace samverka::core
