#pragma once

// Draws a chart inside a QTextDocument: an inline object whose format carries the
// ChartData, painted by ChartPainter with the document's painter (vectors in a PDF).

#include "ChartData.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace samverka::documents {

class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    static constexpr int DataProperty = QTextFormat::UserProperty + 1;
    static constexpr int HeightMmProperty = QTextFormat::UserProperty + 2;

    explicit ChartTextObject(QObject *parent = nullptr);

    /// Registers the handler on the document's layout (once; the document owns it).
    static void registerOn(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;
};

} // namespace samverka::documents
