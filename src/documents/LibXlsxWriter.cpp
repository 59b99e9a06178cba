#include "LibXlsxWriter.h"

namespace samverka::documents {

const LibXlsxWriter &LibXlsxWriter::get()
{
    return OnDemandLibrary::once<LibXlsxWriter>("xlsxwriter", 4);
}

LibXlsxWriter::LibXlsxWriter(const QString &name, int version)
    : m_library(name, version, QStringLiteral("libxlsxwriter"), QStringLiteral("libxlsxwriter4"))
{
    m_library.resolve(format_set_align, "format_set_align");
    m_library.resolve(format_set_bg_color, "format_set_bg_color");
    m_library.resolve(format_set_bold, "format_set_bold");
    m_library.resolve(format_set_bottom, "format_set_bottom");
    m_library.resolve(format_set_num_format, "format_set_num_format");
    m_library.resolve(format_set_text_wrap, "format_set_text_wrap");
    m_library.resolve(lxw_strerror, "lxw_strerror");
    m_library.resolve(workbook_add_format, "workbook_add_format");
    m_library.resolve(workbook_add_worksheet, "workbook_add_worksheet");
    m_library.resolve(workbook_close, "workbook_close");
    m_library.resolve(workbook_new, "workbook_new");
    m_library.resolve(workbook_set_properties, "workbook_set_properties");
    m_library.resolve(worksheet_autofilter, "worksheet_autofilter");
    m_library.resolve(worksheet_freeze_panes, "worksheet_freeze_panes");
    m_library.resolve(worksheet_set_column, "worksheet_set_column");
    m_library.resolve(worksheet_write_datetime, "worksheet_write_datetime");
    m_library.resolve(worksheet_write_number, "worksheet_write_number");
    m_library.resolve(worksheet_write_string, "worksheet_write_string");
}

} // namespace samverka::documents
