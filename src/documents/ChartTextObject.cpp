#include "ChartTextObject.h"

#include "ChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace samverka::documents {

ChartTextObject::ChartTextObject(QObject *parent)
    : QObject(parent)
{}

void ChartTextObject::registerOn(QTextDocument *document)
{
    if (document->property("samverkaChartHandler").toBool())
        return;
    document->documentLayout()->registerHandler(Type, new ChartTextObject(document));
    document->setProperty("samverkaChartHandler", true);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const double dpi = device ? device->logicalDpiY() : 96.0;
    const double height = format.doubleProperty(HeightMmProperty) / 25.4 * dpi;
    // Slightly less than the full width so the line never wraps on rounding.
    const double width = doc->textWidth() > 0 ? doc->textWidth() * 0.995 : 160 / 25.4 * dpi;
    return {width, height};
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    const auto data = format.property(DataProperty).value<ChartData>();
    ChartPainter(data).paint(*painter, rect);
}

} // namespace samverka::documents
