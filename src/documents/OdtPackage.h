#pragma once

// The zip container of an OpenDocument file, read and written with libzip: Qt's ODF
// writer makes the package, and OdtExporter rewrites some of its entries. Written so that
// the first entry is "mimetype", stored uncompressed, as ODF 1.2 (part 3, 3.3) asks.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace samverka::documents {

class OdtPackage
{
    Q_DECLARE_TR_FUNCTIONS(OdtPackage)

public:
    struct Entry {
        QString name;
        QByteArray data;
    };

    /// The entries of the zip in zip, in their order. Throws DocumentError.
    static QList<Entry> read(const QByteArray &zip);
    /// A zip of entries: "mimetype" first and stored, the others compressed, in their
    /// order. Throws DocumentError.
    static QByteArray write(const QList<Entry> &entries);
};

} // namespace samverka::documents
