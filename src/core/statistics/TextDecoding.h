#pragma once

// Turns the bytes of a downloaded statistics file into text: the national statistics'
// exports come as UTF-8 with or without a byte-order mark, as Windows-1252 (Excel's
// "CSV" on Swedish Windows) or as UTF-16 ("Unicode text"), with any line endings.

#include <QByteArray>
#include <QString>

namespace samverka::core {

class TextDecoding
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16Le, Utf16Be, Windows1252 };

    struct Decoded {
        QString text; ///< line endings normalised to "\n", no byte-order mark
        Encoding encoding = Encoding::Utf8;
    };

    /// Detects the encoding (BOM, then valid UTF-8, else Windows-1252) and decodes.
    static Decoded decode(const QByteArray &bytes);
    static Encoding detect(const QByteArray &bytes);
    /// Decodes Windows-1252 without relying on ICU (Qt 6.4 only knows it through ICU).
    static QString fromWindows1252(const QByteArray &bytes);
    static QByteArray toWindows1252(const QString &text); ///< unmappable characters become '?'
    static bool isValidUtf8(const QByteArray &bytes);
    /// "\r\n" and lone "\r" become "\n".
    static QString normaliseLineEndings(QString text);
    static QString encodingName(Encoding encoding);
};

} // namespace samverka::core
