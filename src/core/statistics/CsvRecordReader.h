#pragma once

// Splits delimited text into records and fields the way spreadsheet programs write
// them: quoted fields with "" escapes (which may span lines), one of ';', ',' or tab
// as separator. Keeps each record's 1-based starting line so errors can name it.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace samverka::core {

class CsvRecordReader
{
public:
    struct Record {
        int line = 0; ///< 1-based line where the record starts
        QString raw;  ///< the record's text, without the line break
    };
    /// Where a record is in the text, for reading a large file without a copy per line.
    struct Span {
        int line = 0; ///< 1-based line where the record starts
        qsizetype start = 0;
        qsizetype length = 0; ///< without the line break
    };

    /// Splits text (line endings already "\n") into records; quoted line breaks stay inside.
    /// A quote opens a quoted field only where fields() takes it as one: at the start of a
    /// record or right after separator.
    static QList<Record> records(const QString &text, QChar separator);
    /// The records of text as spans of it: what records() copies out.
    static QList<Span> spans(QStringView text, QChar separator);
    /// Splits one record into fields; quotes removed, "" unescaped, fields not trimmed.
    static QStringList fields(const QString &raw, QChar separator);
    /// fields() of a record without quotes, as views of it; false (and fields left empty)
    /// when the record has a quote, which only fields() can take out.
    static bool splitUnquoted(QStringView raw, QChar separator, QList<QStringView> &fields);
    /// Drops empty (or blank) fields from the end, keeping at least keep fields: spreadsheet
    /// programs pad rows with separators.
    static void dropTrailingEmpty(QStringList &fields, qsizetype keep);
    static void dropTrailingEmpty(QList<QStringView> &fields, qsizetype keep);
    /// The likeliest separator of one record: ';' before tab before ','.
    static QChar guessSeparator(const QString &raw);
    /// guessSeparator() of the first line of text that is not blank.
    static QChar guessFileSeparator(QStringView text);
};

} // namespace samverka::core
