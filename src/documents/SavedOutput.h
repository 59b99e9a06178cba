#pragma once

// Writes an export's bytes through a temporary file renamed into place, so a failure
// (an unwritable folder, a full disk) leaves no half-written file and names the path.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace samverka::documents {

class SavedOutput
{
    Q_DECLARE_TR_FUNCTIONS(SavedOutput)

public:
    /// Throws DocumentError ("Could not write PATH: reason").
    static void write(const QString &path, const QByteArray &bytes);
};

} // namespace samverka::documents
