#include "LibZip.h"

namespace samverka::documents {

const LibZip &LibZip::get()
{
    return OnDemandLibrary::once<LibZip>("zip", 4);
}

LibZip::LibZip(const QString &name, int version)
    : m_library(name, version, QStringLiteral("libzip"), QStringLiteral("libzip4"))
{
    m_library.resolve(zip_close, "zip_close");
    m_library.resolve(zip_discard, "zip_discard");
    m_library.resolve(zip_error_fini, "zip_error_fini");
    m_library.resolve(zip_error_init, "zip_error_init");
    m_library.resolve(zip_error_strerror, "zip_error_strerror");
    m_library.resolve(zip_fclose, "zip_fclose");
    m_library.resolve(zip_file_add, "zip_file_add");
    m_library.resolve(zip_fopen_index, "zip_fopen_index");
    m_library.resolve(zip_fread, "zip_fread");
    m_library.resolve(zip_get_error, "zip_get_error");
    m_library.resolve(zip_get_num_entries, "zip_get_num_entries");
    m_library.resolve(zip_open_from_source, "zip_open_from_source");
    m_library.resolve(zip_set_file_compression, "zip_set_file_compression");
    m_library.resolve(zip_source_buffer_create, "zip_source_buffer_create");
    m_library.resolve(zip_source_close, "zip_source_close");
    m_library.resolve(zip_source_error, "zip_source_error");
    m_library.resolve(zip_source_free, "zip_source_free");
    m_library.resolve(zip_source_keep, "zip_source_keep");
    m_library.resolve(zip_source_open, "zip_source_open");
    m_library.resolve(zip_source_read, "zip_source_read");
    m_library.resolve(zip_source_stat, "zip_source_stat");
    m_library.resolve(zip_stat_index, "zip_stat_index");
    m_library.resolve(zip_stat_init, "zip_stat_init");
}

} // namespace samverka::documents
