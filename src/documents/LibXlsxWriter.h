#pragma once

// libxlsxwriter, which writes the Excel (.xlsx) tables.
// Loaded on first use (OnDemandLibrary); a call reads lib.format_set_align(…) where it read
// format_set_align(…).

#include "OnDemandLibrary.h"

#include <xlsxwriter.h>

namespace samverka::documents {

class LibXlsxWriter
{
public:
    /// The system's library, loaded on the first call. Throws DocumentError naming it and
    /// why when it cannot be loaded; the next call tries again.
    static const LibXlsxWriter &get();

    /// Loads the library called name and resolves every function below (throws as get()).
    LibXlsxWriter(const QString &name, int version);

    decltype(&::format_set_align) format_set_align = nullptr;
    decltype(&::format_set_bg_color) format_set_bg_color = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_bottom) format_set_bottom = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::format_set_text_wrap) format_set_text_wrap = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::workbook_new) workbook_new = nullptr;
    decltype(&::workbook_set_properties) workbook_set_properties = nullptr;
    decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;

private:
    OnDemandLibrary m_library;
};

} // namespace samverka::documents
