#include "DocumentFonts.h"

#include <QDir>
#include <QFontDatabase>

namespace samverka::documents {

namespace {

struct LoadedFonts {
    QString family;
    bool loaded = false;
};

const LoadedFonts &loadedFonts()
{
    static const LoadedFonts fonts = [] {
        LoadedFonts result;
        const QStringList files =
            QDir(QStringLiteral(":/fonts")).entryList({QStringLiteral("*.ttf")}, QDir::Files);
        for (const QString &file : files) {
            const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/") + file);
            if (id < 0)
                continue;
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            // The semibold face registers under its own legacy family name; the
            // regular face names the family documents ask for.
            if (file.contains(QStringLiteral("Regular")) && !families.isEmpty()) {
                result.family = families.first();
                result.loaded = true;
            }
        }
        if (result.family.isEmpty())
            result.family = QStringLiteral("DejaVu Sans");
        return result;
    }();
    return fonts;
}

} // namespace

QString DocumentFonts::family()
{
    return loadedFonts().family;
}

QFont DocumentFonts::font(qreal pointSize, QFont::Weight weight, bool italic)
{
    QFont f(family());
    f.setPointSizeF(pointSize);
    f.setWeight(weight);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferOutline);
    // Any letter spacing makes Qt shape without ligatures: "fi" stays two letters,
    // so text copied or searched in the PDF reads as typed.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

bool DocumentFonts::isLoaded()
{
    return loadedFonts().loaded;
}

} // namespace samverka::documents
