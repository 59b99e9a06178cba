#include "PdfTools.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QRegularExpression>

namespace samverka::documents::test {

QString PdfTools::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList PdfTools::pages(const QString &pdf)
{
    QString all =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    // Non-breaking spaces (thousands separators, "42 %") read as plain ones.
    all.replace(QChar(0x00a0), QLatin1Char(' '));
    QStringList result = all.split(QLatin1Char('\f'));
    if (!result.isEmpty() && result.last().trimmed().isEmpty())
        result.removeLast();
    return result;
}

QString PdfTools::readingText(const QString &pdf)
{
    QString all = run(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    all.replace(QChar(0x00a0), QLatin1Char(' '));
    return all;
}

QString PdfTools::info(const QString &pdf, bool withMetadata)
{
    QStringList args;
    if (withMetadata)
        args.append(QStringLiteral("-meta"));
    args.append(pdf);
    return run(QStringLiteral("pdfinfo"), args);
}

QList<QSizeF> PdfTools::pageSizes(const QString &pdf)
{
    // "Page    2 size: 841.89 x 595.28 pts (A4)", one line per page of the range.
    const QString info =
        run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                        QStringLiteral("-l"), QStringLiteral("100000"), pdf});
    static const QRegularExpression line(
        QStringLiteral(R"(Page\s+\d+\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts)"));
    QList<QSizeF> sizes;
    for (auto it = line.globalMatch(info); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        sizes.append({m.captured(1).toDouble(), m.captured(2).toDouble()});
    }
    return sizes;
}

QString PdfTools::fonts(const QString &pdf)
{
    return run(QStringLiteral("pdffonts"), {pdf});
}

} // namespace samverka::documents::test
