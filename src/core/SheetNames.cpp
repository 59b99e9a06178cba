#include "SheetNames.h"

#include <QSet>

namespace samverka::core {

namespace {

// Shortens to n characters (code points, as Excel counts them), never inside a surrogate
// pair: at a word's end when one is near, with an ellipsis that shows a name was cut.
QString cut(const QString &text, int n)
{
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() <= n)
        return text;
    QString head =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), n - 1);
    const qsizetype space = head.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && head.size() - space <= 8)
        head.truncate(space);
    return head.trimmed() + QChar(0x2026);
}

} // namespace

QString SheetNames::sanitized(const QString &name, const QString &fallback)
{
    QString result;
    for (const QChar c : name.simplified()) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            result.append(QLatin1Char('-'));
        else if (c.category() == QChar::Other_Control)
            result.append(QLatin1Char(' '));
        else
            result.append(c);
    }
    result = cut(result, maxLength);
    while (result.startsWith(QLatin1Char('\'')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('\'')))
        result.chop(1);
    result = result.trimmed();
    // "History" is reserved by Excel for its change history.
    if (result.isEmpty() || result.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        return fallback.isEmpty() ? QStringLiteral("Sheet") : cut(fallback, maxLength);
    return result;
}

QStringList SheetNames::unique(const QStringList &names, const QString &fallback)
{
    QStringList result;
    QSet<QString> taken; // case-folded
    for (const QString &name : names) {
        const QString base = sanitized(name, fallback);
        QString candidate = base;
        for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            candidate = cut(base, maxLength - int(suffix.size())) + suffix;
        }
        taken.insert(candidate.toCaseFolded());
        result.append(candidate);
    }
    return result;
}

} // namespace samverka::core
