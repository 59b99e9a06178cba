#include "CsvTableWriter.h"

#include "SavedOutput.h"

#include <QLocale>

namespace samverka::documents {

namespace {

constexpr QChar separator = QLatin1Char(';');

QString decimal(double value)
{
    // The shortest text that reads back as the same double, never with an exponent.
    QString text = QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString quoted(const QString &text)
{
    const bool needsQuotes = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString CsvTableWriter::field(const core::SheetCell &cell)
{
    switch (cell.type()) {
    case core::SheetCell::Type::Empty:
        return {};
    case core::SheetCell::Type::Text: {
        const QString text = cell.textValue();
        return quoted(looksLikeFormula(text) ? QLatin1Char('\'') + text : text);
    }
    case core::SheetCell::Type::Date:
        return cell.dateValue().toString(Qt::ISODate);
    case core::SheetCell::Type::Integer:
        return QString::number(cell.integerValue());
    case core::SheetCell::Type::Decimal:
        return decimal(cell.decimalValue());
    }
    return {};
}

QByteArray CsvTableWriter::toCsv(const core::DataSheet &sheet)
{
    const QLatin1String lineEnd("\r\n");
    QString text;
    QStringList header;
    for (const QString &title : sheet.columnTitles())
        header.append(field(core::SheetCell::text(title)));
    text += header.join(separator) + lineEnd;
    for (const QList<core::SheetCell> &row : sheet.rows()) {
        QStringList fields;
        for (const core::SheetCell &cell : row)
            fields.append(field(cell));
        text += fields.join(separator) + lineEnd;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

void CsvTableWriter::write(const core::DataSheet &sheet, const QString &path)
{
    SavedOutput::write(path, toCsv(sheet));
}

} // namespace samverka::documents
