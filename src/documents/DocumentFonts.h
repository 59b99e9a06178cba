#pragma once

// The bundled open font (Open Sans, resources/fonts), loaded once into the
// application font database so that every PDF looks the same on every machine.

#include <QFont>
#include <QString>

namespace samverka::documents {

class DocumentFonts
{
public:
    /// The family of the bundled font; loads it on first use. Needs a QGuiApplication.
    static QString family();
    /// The bundled font at a point size and weight.
    static QFont font(qreal pointSize, QFont::Weight weight = QFont::Normal, bool italic = false);
    /// Whether the bundled font could be loaded (false only if the resource is missing).
    static bool isLoaded();
};

} // namespace samverka::documents
