#pragma once

// What the renderer paints on every page around the text: the running header and
// footer, the draft watermark, the signing line with the fingerprint, and the
// confidentiality notice.

#include <QImage>
#include <QSizeF>
#include <QString>

namespace samverka::documents {

struct PageDecoration {
    QString headerTitle;
    QString diaryNumbers;      ///< "Dnr KS 2023/456, A123.456/2023", or empty
    bool draft = false;        ///< "UTKAST" diagonally and in the header
    QString signedLine;        ///< "Undertecknad i Storuman 2016-12-08", or empty
    QString fingerprintLine;   ///< "Fingeravtryck 3f2a 9c01 77be 0d4e", or empty
    bool confidential = false; ///< confidential items are printed
    /// The municipality's logo for the header of every page but the first, which shows it
    /// larger (MunicipalityLogo); null for none.
    QImage logo;
    QSizeF logoMm; ///< the logo's size in the header, in millimetres
};

} // namespace samverka::documents
