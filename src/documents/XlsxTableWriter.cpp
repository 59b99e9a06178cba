#include "XlsxTableWriter.h"

#include "DocumentError.h"
#include "LibXlsxWriter.h"
#include "SavedOutput.h"

#include "SheetNames.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace samverka::documents {

namespace {

const LibXlsxWriter &libxlsx()
{
    return LibXlsxWriter::get();
}

// Excel keeps at most this many characters in a cell.
constexpr int maxCellLength = 32767;

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *date = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *decimal = nullptr;
};

Formats addFormats(lxw_workbook *workbook)
{
    Formats f;
    f.header = libxlsx().workbook_add_format(workbook);
    libxlsx().format_set_bold(f.header);
    libxlsx().format_set_bg_color(f.header, 0xD9E2F3);
    libxlsx().format_set_bottom(f.header, LXW_BORDER_THIN);
    libxlsx().format_set_text_wrap(f.header);
    libxlsx().format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.text = libxlsx().workbook_add_format(workbook);
    libxlsx().format_set_text_wrap(f.text);
    libxlsx().format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.date = libxlsx().workbook_add_format(workbook);
    libxlsx().format_set_num_format(f.date, "yyyy-mm-dd");
    libxlsx().format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
    f.integer = libxlsx().workbook_add_format(workbook);
    libxlsx().format_set_num_format(f.integer, "0");
    libxlsx().format_set_align(f.integer, LXW_ALIGN_VERTICAL_TOP);
    f.decimal = libxlsx().workbook_add_format(workbook);
    libxlsx().format_set_num_format(f.decimal, "General");
    libxlsx().format_set_align(f.decimal, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const core::SheetCell &cell,
                    const Formats &f)
{
    switch (cell.type()) {
    case core::SheetCell::Type::Empty:
        return LXW_NO_ERROR;
    case core::SheetCell::Type::Text: {
        const QByteArray utf8 = cell.textValue().left(maxCellLength).toUtf8();
        return libxlsx().worksheet_write_string(sheet, row, col, utf8.constData(), f.text);
    }
    case core::SheetCell::Type::Date: {
        const QDate d = cell.dateValue();
        lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
        // Excel's dates begin in 1900; an earlier one would come out as a wrong number.
        if (d.year() < 1900 || d.year() > 9999) {
            const QByteArray text = d.toString(Qt::ISODate).toUtf8();
            return libxlsx().worksheet_write_string(sheet, row, col, text.constData(), f.text);
        }
        return libxlsx().worksheet_write_datetime(sheet, row, col, &when, f.date);
    }
    case core::SheetCell::Type::Integer:
        return libxlsx().worksheet_write_number(sheet, row, col, double(cell.integerValue()),
                                                f.integer);
    case core::SheetCell::Type::Decimal:
        if (!std::isfinite(cell.decimalValue()))
            return LXW_NO_ERROR; // Excel has no NaN or infinity
        return libxlsx().worksheet_write_number(sheet, row, col, cell.decimalValue(), f.decimal);
    }
    return LXW_NO_ERROR;
}

lxw_error writeSheet(lxw_worksheet *ws, const core::DataSheet &sheet, const Formats &f)
{
    const int columns = int(sheet.columns().size());
    lxw_error error = LXW_NO_ERROR;
    for (int c = 0; c < columns && !error; ++c) {
        const QByteArray title = sheet.columns()[c].title.toUtf8();
        error = libxlsx().worksheet_write_string(ws, 0, lxw_col_t(c), title.constData(), f.header);
        if (!error)
            error = libxlsx().worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c),
                                                   XlsxTableWriter::columnWidth(sheet, c), f.text);
    }
    for (int r = 0; r < sheet.rowCount() && !error; ++r)
        for (int c = 0; c < columns && !error; ++c)
            error = writeCell(ws, lxw_row_t(r + 1), lxw_col_t(c), sheet.rows()[r][c], f);
    if (error || columns == 0)
        return error;
    libxlsx().worksheet_freeze_panes(ws, 1, 0);
    return libxlsx().worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rowCount()),
                                          lxw_col_t(columns - 1));
}

QString reason(lxw_error error)
{
    return QString::fromUtf8(libxlsx().lxw_strerror(error));
}

} // namespace

double XlsxTableWriter::columnWidth(const core::DataSheet &sheet, int column)
{
    const core::DataSheet::Column &spec = sheet.columns()[column];
    const int limit = spec.width > 0 ? spec.width : 60;
    qsizetype longest = 0;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : spec.title.split(space, Qt::SkipEmptyParts))
        longest = std::max(longest, word.size());
    for (const QList<core::SheetCell> &row : sheet.rows()) {
        const core::SheetCell &cell = row[column];
        switch (cell.type()) {
        case core::SheetCell::Type::Text:
            for (const QString &line : cell.textValue().split(QLatin1Char('\n')))
                longest = std::max(longest, line.size());
            break;
        case core::SheetCell::Type::Date:
            longest = std::max<qsizetype>(longest, 10);
            break;
        case core::SheetCell::Type::Integer:
        case core::SheetCell::Type::Decimal:
            longest = std::max<qsizetype>(longest, 12);
            break;
        case core::SheetCell::Type::Empty:
            break;
        }
    }
    return double(std::clamp<qsizetype>(longest + 2, 8, std::max(limit, 8)));
}

void XlsxTableWriter::write(const QList<core::DataSheet> &sheets, const QString &path,
                            const QString &title)
{
    for (const core::DataSheet &sheet : sheets)
        if (sheet.rowCount() >= int(LXW_ROW_MAX))
            //: sv: Det gick inte att skriva %1: tabellen ”%2” har fler rader än Excel rymmer.
            throw DocumentError(tr("Could not write %1: the table “%2” has more rows than Excel "
                                   "can hold.")
                                    .arg(path, sheet.name()));
    QTemporaryDir dir;
    if (!dir.isValid())
        throw DocumentError(tr("Could not write %1: %2").arg(path, dir.errorString()));
    const QString temporary = dir.filePath(QStringLiteral("export.xlsx"));
#ifdef Q_OS_WIN
    // libxlsxwriter turns the name from UTF-8 into UTF-16 on Windows; encodeName would give
    // the ANSI code page there, which breaks a temporary folder with "å" in the user's name.
    const QByteArray temporaryName = QDir::toNativeSeparators(temporary).toUtf8();
#else
    const QByteArray temporaryName = QFile::encodeName(temporary);
#endif
    lxw_workbook *workbook = libxlsx().workbook_new(temporaryName.constData());
    if (!workbook)
        throw DocumentError(tr("Could not write %1: %2").arg(path, tr("out of memory")));
    const QByteArray titleUtf8 = title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(titleUtf8.constData());
    properties.company = const_cast<char *>("Samverka");
    lxw_error error = libxlsx().workbook_set_properties(workbook, &properties);
    const Formats formats = addFormats(workbook);
    QStringList names;
    for (const core::DataSheet &sheet : sheets)
        names.append(sheet.name());
    //: sv: Blad (a worksheet's name when its own is empty)
    names = core::SheetNames::unique(names, tr("Sheet"));
    for (int i = 0; i < sheets.size() && !error; ++i) {
        const QByteArray name = names[i].toUtf8();
        lxw_worksheet *ws = libxlsx().workbook_add_worksheet(workbook, name.constData());
        error = ws ? writeSheet(ws, sheets[i], formats) : LXW_ERROR_SHEETNAME_ALREADY_USED;
    }
    // Closing frees the workbook even when something above failed.
    const lxw_error closed = libxlsx().workbook_close(workbook);
    if (error || closed)
        throw DocumentError(tr("Could not write %1: %2").arg(path, reason(error ? error : closed)));
    QFile built(temporary);
    if (!built.open(QIODevice::ReadOnly))
        throw DocumentError(tr("Could not write %1: %2").arg(path, built.errorString()));
    SavedOutput::write(path, built.readAll());
}

} // namespace samverka::documents
