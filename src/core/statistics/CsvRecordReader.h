#pragma once

// Splits delimited text into records and fields the way spreadsheet programs write
// them: quoted fields with "" escapes (which may span lines), any of ';', ',' or tab
// as separator. Keeps each record's 1-based starting line so errors can name it.

#include <QList>
#include <QString>
#include <QStringList>

namespace samverka::core {

class CsvRecordReader
{
public:
    struct Record {
        int line = 0; ///< 1-based line where the record starts
        QString raw;  ///< the record's text, without the line break
    };

    /// Splits text (line endings already "\n") into records; quoted line breaks stay inside.
    static QList<Record> records(const QString &text);
    /// Splits one record into fields; quotes removed, "" unescaped, fields not trimmed.
    static QStringList fields(const QString &raw, QChar separator);
    /// Drops empty (or blank) fields from the end, keeping at least keep fields: spreadsheet
    /// programs pad rows with separators.
    static void dropTrailingEmpty(QStringList &fields, qsizetype keep);
    /// The likeliest separator of one record: ';' before tab before ','.
    static QChar guessSeparator(const QString &raw);
};

} // namespace samverka::core
