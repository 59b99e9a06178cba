#include "CrimeTypeLabel.h"

#include <QRegularExpression>

namespace samverka::core {

namespace {

const QRegularExpression &partSeparatorPattern()
{
    // ", därav ", ", därav: ", " – därav " ...
    static const QRegularExpression pattern(QStringLiteral("\\s*[,;–-]\\s*därav\\s*:?\\s+"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString CrimeTypeLabel::parentOf(const QString &label)
{
    qsizetype lastStart = -1;
    auto it = partSeparatorPattern().globalMatch(label);
    while (it.hasNext())
        lastStart = it.next().capturedStart();
    if (lastStart <= 0)
        return QString();
    return label.left(lastStart).trimmed();
}

int CrimeTypeLabel::depth(const QString &label)
{
    int d = 1;
    auto it = partSeparatorPattern().globalMatch(label);
    while (it.hasNext()) {
        if (it.next().capturedStart() > 0)
            ++d;
    }
    return d;
}

QString CrimeTypeLabel::leafName(const QString &label)
{
    qsizetype lastEnd = -1;
    auto it = partSeparatorPattern().globalMatch(label);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedStart() > 0)
            lastEnd = match.capturedEnd();
    }
    return lastEnd < 0 ? label.trimmed() : label.mid(lastEnd).trimmed();
}

QStringList CrimeTypeLabel::ancestry(const QString &label)
{
    QStringList chain;
    for (QString current = label.trimmed(); !current.isEmpty(); current = parentOf(current))
        chain.prepend(current);
    return chain;
}

std::optional<int> CrimeTypeLabel::discontinuedAfter(const QString &label)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "\\(\\s*(?:t\\.\\s*o\\.\\s*m\\.?|tom|till och med)\\s*(?:år\\s*)?(\\d{4})\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(label);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

bool CrimeTypeLabel::isGrandTotal(const QString &label)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(samtliga( anmälda)? brott|totalt( antal)?( anmälda)?( brott)?|summa"
                       "|alla brott)\\b.*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(label.simplified()).hasMatch() && !isPart(label);
}

QString CrimeTypeLabel::normalised(const QString &label)
{
    QString text = label.toCaseFolded();
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    static const QRegularExpression discontinued(
        QStringLiteral("\\(\\s*(?:t\\.\\s*o\\.\\s*m\\.?|fr\\.\\s*o\\.\\s*m\\.?|tom|from)[^)]*\\)"));
    static const QRegularExpression lawReference(
        QStringLiteral("\\([^)]*(?:kap|§|brb|lag|sfs)[^)]*\\)"));
    text.remove(discontinued);
    text.remove(lawReference);
    text.replace(QLatin1Char('.'), QLatin1Char(' '));
    return text.simplified();
}

bool CrimeTypeLabel::hasPartPrefix(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*därav\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(label).hasMatch();
}

QString CrimeTypeLabel::stripPartPrefix(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:därav\\s*:?|[-–•])\\s*"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString text = label;
    text.remove(pattern);
    return text.trimmed();
}

} // namespace samverka::core
