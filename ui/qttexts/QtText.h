#pragma once

// One text that Qt itself translates: its context (Qt's class), English source and
// disambiguation, exactly as Qt 6.4 asks QCoreApplication::translate() for it. The
// Qt*Texts lists name them with QT_TRANSLATE_NOOP so that lupdate puts them into
// Samverka's own catalogue: Debian 12 ships no qtbase_sv, only an old, partial qt_sv.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>

namespace samverka::ui {

struct QtText {
    const char *context = nullptr;
    const char *source = nullptr;
    const char *disambiguation = nullptr;

    /// The text as the installed translators give it now.
    QString translated() const
    {
        return QCoreApplication::translate(context, source, disambiguation);
    }

    /// Appends every source of one context to 'list'.
    template <std::size_t N>
    static void append(QList<QtText> &list, const char *context, const char *const (&sources)[N])
    {
        for (const char *source : sources)
            list.append(QtText{context, source, nullptr});
    }
};

} // namespace samverka::ui
