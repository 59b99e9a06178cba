#pragma once

// libzip, which writes and reads the OpenDocument (.odt) package.
// Loaded on first use (OnDemandLibrary); a call reads lib.zip_close(…) where it read
// zip_close(…).

#include "OnDemandLibrary.h"

#include <zip.h>

namespace samverka::documents {

class LibZip
{
public:
    /// The system's library, loaded on the first call. Throws DocumentError naming it and
    /// why when it cannot be loaded; the next call tries again.
    static const LibZip &get();

    /// Loads the library called name and resolves every function below (throws as get()).
    LibZip(const QString &name, int version);

    decltype(&::zip_close) zip_close = nullptr;
    decltype(&::zip_discard) zip_discard = nullptr;
    decltype(&::zip_error_fini) zip_error_fini = nullptr;
    decltype(&::zip_error_init) zip_error_init = nullptr;
    decltype(&::zip_error_strerror) zip_error_strerror = nullptr;
    decltype(&::zip_fclose) zip_fclose = nullptr;
    decltype(&::zip_file_add) zip_file_add = nullptr;
    decltype(&::zip_fopen_index) zip_fopen_index = nullptr;
    decltype(&::zip_fread) zip_fread = nullptr;
    decltype(&::zip_get_error) zip_get_error = nullptr;
    decltype(&::zip_get_num_entries) zip_get_num_entries = nullptr;
    decltype(&::zip_open_from_source) zip_open_from_source = nullptr;
    decltype(&::zip_set_file_compression) zip_set_file_compression = nullptr;
    decltype(&::zip_source_buffer_create) zip_source_buffer_create = nullptr;
    decltype(&::zip_source_close) zip_source_close = nullptr;
    decltype(&::zip_source_error) zip_source_error = nullptr;
    decltype(&::zip_source_free) zip_source_free = nullptr;
    decltype(&::zip_source_keep) zip_source_keep = nullptr;
    decltype(&::zip_source_open) zip_source_open = nullptr;
    decltype(&::zip_source_read) zip_source_read = nullptr;
    decltype(&::zip_source_stat) zip_source_stat = nullptr;
    decltype(&::zip_stat_index) zip_stat_index = nullptr;
    decltype(&::zip_stat_init) zip_stat_init = nullptr;

private:
    OnDemandLibrary m_library;
};

} // namespace samverka::documents
