#pragma once

// A PDF's text as the tests read it back: pdftotext (UTF-8), with every run of white
// space made one space, so that a text wrapped in a table cell reads as one line. A
// failure of the tool fails the current test.

#include <gtest/gtest.h>

#include <QProcess>
#include <QString>

namespace samverka::testsupport {

/// pdftotext's output as it is (pages end with a form feed).
inline QString pdfRawText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed on " << pdf.toStdString() << ": "
                      << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0x00a0), QLatin1Char(' '));
}

inline QString pdfText(const QString &pdf)
{
    return pdfRawText(pdf).simplified();
}

/// The text of each page, white space simplified, without the running header (the
/// first line of a page after the first).
inline QStringList pdfPages(const QString &pdf)
{
    QStringList pages = pdfRawText(pdf).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    for (int i = 0; i < pages.size(); ++i) {
        QString page = pages.at(i).trimmed();
        if (i > 0)
            page = page.mid(page.indexOf(QLatin1Char('\n')) + 1);
        pages[i] = page.simplified();
    }
    return pages;
}

} // namespace samverka::testsupport
