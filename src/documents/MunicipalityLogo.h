#pragma once

// The municipality's logo (issue #15): an SVG or PNG kept in the file as an attachment,
// printed on a document's first page and in the header of the others, as the
// municipality's Word templates do. Drawn on white: PDF/A-1 allows no transparency, and
// the pages are white.

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace samverka::core {
struct MunicipalityData;
}

namespace samverka::documents {

class MunicipalityLogo
{
    Q_DECLARE_TR_FUNCTIONS(MunicipalityLogo)

public:
    /// The largest logo file accepted: a logo is a few kilobytes; a photograph is not one.
    static constexpr qint64 maxBytes = 2 * 1024 * 1024;

    MunicipalityLogo() = default;
    /// The logo the file names (municipality.logo), when its attachment's bytes were
    /// loaded (LoadOptions::logoData) and are an image; else a null logo.
    static MunicipalityLogo of(const core::MunicipalityData &data);
    /// An SVG (by its media type, or bytes that begin as XML) or an image Qt reads (PNG,
    /// JPEG); a null logo when the bytes are neither.
    static MunicipalityLogo fromBytes(const QByteArray &bytes, const QString &mediaType);
    /// Why the bytes cannot be a logo, in a sentence for the person who chose them; empty
    /// when they can.
    static QString problem(const QByteArray &bytes, const QString &mediaType);

    bool isNull() const { return m_size.isEmpty(); }
    bool isSvg() const { return m_svg; }
    /// The size, in millimetres, that fits within bounds and keeps the aspect ratio.
    QSizeF fitted(const QSizeF &boundsMm) const;
    /// The logo at fitted(boundsMm), dotsPerInch dots to the inch, on white.
    QImage image(const QSizeF &boundsMm, int dotsPerInch = 300) const;

private:
    QByteArray m_bytes;
    bool m_svg = false;
    QSizeF m_size; ///< the natural size, for the aspect ratio
};

} // namespace samverka::documents
