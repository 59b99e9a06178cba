#include "SavedOutput.h"

#include "DocumentError.h"

#include <QSaveFile>

namespace samverka::documents {

void SavedOutput::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        //: sv: Det gick inte att skriva %1: %2
        throw DocumentError(tr("Could not write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw DocumentError(tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace samverka::documents
