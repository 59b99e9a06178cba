#include "CsvRecordReader.h"

namespace samverka::core {

QList<CsvRecordReader::Span> CsvRecordReader::spans(QStringView text, QChar separator)
{
    QList<Span> result;
    result.reserve(text.count(QLatin1Char('\n')) + 1);
    int line = 1;
    int recordLine = 1;
    bool inQuotes = false;
    bool atFieldStart = true; // where fields() takes a quote as opening a quoted field
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"'))
                    ++i;
                else
                    inQuotes = false;
            } else if (c == QLatin1Char('\n')) {
                ++line;
            }
            continue;
        }
        if (c == QLatin1Char('\n')) {
            result.append(Span{recordLine, start, i - start});
            start = i + 1;
            recordLine = ++line;
            atFieldStart = true;
        } else if (c == separator) {
            atFieldStart = true;
        } else {
            // Only at the start of a field, so that a stray quote in a title line (or after
            // another separator's character) does not swallow the table.
            inQuotes = c == QLatin1Char('"') && atFieldStart;
            atFieldStart = false;
        }
    }
    if (start < n)
        result.append(Span{recordLine, start, n - start});
    return result;
}

QList<CsvRecordReader::Record> CsvRecordReader::records(const QString &text, QChar separator)
{
    QList<Record> result;
    const QList<Span> all = spans(text, separator);
    result.reserve(all.size());
    for (const Span &span : all)
        result.append(Record{span.line, text.mid(span.start, span.length)});
    return result;
}

bool CsvRecordReader::splitUnquoted(QStringView raw, QChar separator, QList<QStringView> &fields)
{
    fields.clear();
    if (raw.contains(QLatin1Char('"')))
        return false;
    qsizetype start = 0;
    for (qsizetype at = raw.indexOf(separator); at >= 0; at = raw.indexOf(separator, start)) {
        fields.append(raw.sliced(start, at - start));
        start = at + 1;
    }
    fields.append(raw.sliced(start));
    return true;
}

QStringList CsvRecordReader::fields(const QString &raw, QChar separator)
{
    if (!raw.contains(QLatin1Char('"')))
        return raw.split(separator);
    QStringList result;
    QString field;
    bool inQuotes = false;
    bool atFieldStart = true;
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = raw.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && raw.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == separator) {
            result.append(field);
            field.clear();
            atFieldStart = true;
            continue;
        }
        if (c == QLatin1Char('"') && atFieldStart && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            atFieldStart = false;
            continue;
        }
        field.append(c);
        atFieldStart = false;
    }
    result.append(field);
    return result;
}

void CsvRecordReader::dropTrailingEmpty(QStringList &fields, qsizetype keep)
{
    while (fields.size() > keep && fields.last().trimmed().isEmpty())
        fields.removeLast();
}

void CsvRecordReader::dropTrailingEmpty(QList<QStringView> &fields, qsizetype keep)
{
    while (fields.size() > keep && fields.last().trimmed().isEmpty())
        fields.removeLast();
}

QChar CsvRecordReader::guessSeparator(const QString &raw)
{
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')}) {
        if (fields(raw, candidate).size() > 1)
            return candidate;
    }
    return QLatin1Char(';');
}

QChar CsvRecordReader::guessFileSeparator(QStringView text)
{
    for (const QStringView line : text.tokenize(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            return guessSeparator(line.toString());
    }
    return QLatin1Char(';');
}

} // namespace samverka::core
