#include "MunicipalityLogo.h"

#include "MunicipalityData.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>

namespace samverka::documents {

namespace {

constexpr double kMmPerInch = 25.4;

bool looksLikeSvg(const QByteArray &bytes, const QString &mediaType)
{
    if (mediaType == QLatin1String("image/svg+xml"))
        return true;
    const QByteArray start = bytes.left(512).trimmed();
    return start.startsWith("<?xml") || start.startsWith("<svg");
}

QSizeF svgSize(const QByteArray &bytes)
{
    QSvgRenderer renderer(bytes);
    if (!renderer.isValid())
        return {};
    const QSizeF box = renderer.viewBoxF().size();
    return box.isEmpty() ? QSizeF(renderer.defaultSize()) : box;
}

QSizeF rasterSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    // A logo of more than 64 megapixels is a decompression bomb, not a logo.
    if (qint64(size.width()) * size.height() > 64'000'000)
        return {};
    return QSizeF(size);
}

} // namespace

MunicipalityLogo MunicipalityLogo::of(const core::MunicipalityData &data)
{
    const QString id = data.municipality.logo;
    if (id.isEmpty())
        return {};
    for (const core::Attachment &a : data.attachments)
        if (a.id == id && a.hasData)
            return fromBytes(a.data, a.mediaType);
    return {};
}

MunicipalityLogo MunicipalityLogo::fromBytes(const QByteArray &bytes, const QString &mediaType)
{
    MunicipalityLogo logo;
    if (bytes.isEmpty() || bytes.size() > maxBytes)
        return logo;
    logo.m_svg = looksLikeSvg(bytes, mediaType);
    logo.m_size = logo.m_svg ? svgSize(bytes) : rasterSize(bytes);
    if (logo.m_size.isEmpty())
        return {};
    logo.m_bytes = bytes;
    return logo;
}

QString MunicipalityLogo::problem(const QByteArray &bytes, const QString &mediaType)
{
    if (bytes.isEmpty())
        return tr("The file is empty.");
    if (bytes.size() > maxBytes)
        return tr("The file is %1 MB; a logo may be at most %2 MB.")
            .arg(QLocale().toString(double(bytes.size()) / (1024 * 1024), 'f', 1))
            .arg(maxBytes / (1024 * 1024));
    const MunicipalityLogo logo = fromBytes(bytes, mediaType);
    if (logo.isNull())
        return looksLikeSvg(bytes, mediaType)
                   ? tr("The file is not an SVG picture that can be drawn.")
                   : tr("The file is not a picture in a known format (SVG or PNG).");
    const double ratio = logo.m_size.width() / logo.m_size.height();
    if (ratio > 20 || ratio < 0.05)
        return tr("The picture is %1 × %2: too narrow or too wide for a logo.")
            .arg(qRound(logo.m_size.width()))
            .arg(qRound(logo.m_size.height()));
    return {};
}

QSizeF MunicipalityLogo::fitted(const QSizeF &boundsMm) const
{
    if (isNull())
        return {};
    return m_size.scaled(boundsMm, Qt::KeepAspectRatio);
}

QImage MunicipalityLogo::image(const QSizeF &boundsMm, int dotsPerInch) const
{
    if (isNull())
        return {};
    const QSizeF mm = fitted(boundsMm);
    const double dotsPerMm = dotsPerInch / kMmPerInch;
    const QSize pixels(qMax(1, qRound(mm.width() * dotsPerMm)),
                       qMax(1, qRound(mm.height() * dotsPerMm)));
    QImage out(pixels, QImage::Format_RGB32);
    out.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    out.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF target(QPointF(0, 0), QSizeF(pixels));
    if (m_svg) {
        QSvgRenderer renderer(m_bytes);
        renderer.setAspectRatioMode(Qt::KeepAspectRatio);
        renderer.render(&painter, target);
    } else {
        QImage source;
        source.loadFromData(m_bytes);
        painter.drawImage(target, source);
    }
    painter.end();
    return out;
}

} // namespace samverka::documents
