#include "OdtPackage.h"

#include "DocumentError.h"
#include "LibZip.h"

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace samverka::documents {

namespace {

const LibZip &libzip()
{
    return LibZip::get();
}

const QString kMimetype = QStringLiteral("mimetype");

struct ArchiveDiscard {
    void operator()(zip_t *archive) const { libzip().zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveDiscard>;

struct FileClose {
    void operator()(zip_file_t *file) const { libzip().zip_fclose(file); }
};
using ZipFile = std::unique_ptr<zip_file_t, FileClose>;

struct SourceFree {
    void operator()(zip_source_t *source) const { libzip().zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

QString errorText(zip_error_t *error)
{
    return QString::fromUtf8(libzip().zip_error_strerror(error));
}

QString archiveError(zip_t *archive)
{
    return errorText(libzip().zip_get_error(archive));
}

// A source over a copy of bytes that libzip frees itself; kept alive with zip_source_keep
// by whoever needs it after an archive that used it is closed.
zip_source_t *sourceOf(const QByteArray &bytes, zip_error_t *error)
{
    void *copy = bytes.isEmpty() ? nullptr : std::malloc(std::size_t(bytes.size()));
    if (copy)
        std::memcpy(copy, bytes.constData(), std::size_t(bytes.size()));
    return libzip().zip_source_buffer_create(copy, zip_uint64_t(bytes.size()), copy ? 1 : 0, error);
}

QByteArray readSource(zip_source_t *source)
{
    zip_stat_t stat;
    libzip().zip_stat_init(&stat);
    if (libzip().zip_source_stat(source, &stat) < 0 || libzip().zip_source_open(source) < 0)
        throw DocumentError(OdtPackage::tr("Could not make the document's package: %1")
                                .arg(errorText(libzip().zip_source_error(source))));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = libzip().zip_source_read(source, bytes.data(), stat.size);
    libzip().zip_source_close(source);
    if (read != zip_int64_t(stat.size))
        throw DocumentError(OdtPackage::tr("Could not make the document's package: %1")
                                .arg(errorText(libzip().zip_source_error(source))));
    return bytes;
}

void add(zip_t *archive, const OdtPackage::Entry &entry)
{
    zip_error_t error;
    libzip().zip_error_init(&error);
    zip_source_t *source = sourceOf(entry.data, &error);
    const QByteArray name = entry.name.toUtf8();
    const zip_int64_t index =
        source ? libzip().zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
        const QString message = source ? archiveError(archive) : errorText(&error);
        libzip().zip_source_free(source); // not taken by the archive on failure
        libzip().zip_error_fini(&error);
        throw DocumentError(
            OdtPackage::tr("Could not make the document's package: %1").arg(message));
    }
    libzip().zip_error_fini(&error);
    const bool stored = entry.name == kMimetype;
    if (libzip().zip_set_file_compression(archive, zip_uint64_t(index),
                                          stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0)
        throw DocumentError(
            OdtPackage::tr("Could not make the document's package: %1").arg(archiveError(archive)));
}

} // namespace

QList<OdtPackage::Entry> OdtPackage::read(const QByteArray &zip)
{
    zip_error_t error;
    libzip().zip_error_init(&error);
    zip_source_t *source = sourceOf(zip, &error);
    Archive archive(source ? libzip().zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr);
    if (!archive) {
        libzip().zip_source_free(source);
        const QString message = errorText(&error);
        libzip().zip_error_fini(&error);
        throw DocumentError(tr("Could not read the document's package: %1").arg(message));
    }
    libzip().zip_error_fini(&error);
    QList<Entry> entries;
    const zip_int64_t count = libzip().zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        const ZipFile file(libzip().zip_fopen_index(archive.get(), zip_uint64_t(i), 0));
        if (!file || libzip().zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) < 0)
            throw DocumentError(
                tr("Could not read the document's package: %1").arg(archiveError(archive.get())));
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        if (libzip().zip_fread(file.get(), data.data(), stat.size) != zip_int64_t(stat.size))
            throw DocumentError(
                tr("Could not read the document's package: %1").arg(archiveError(archive.get())));
        entries.append({QString::fromUtf8(stat.name), data});
    }
    return entries;
}

QByteArray OdtPackage::write(const QList<Entry> &entries)
{
    zip_error_t error;
    libzip().zip_error_init(&error);
    const Source target(libzip().zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target) {
        const QString message = errorText(&error);
        libzip().zip_error_fini(&error);
        throw DocumentError(tr("Could not make the document's package: %1").arg(message));
    }
    libzip().zip_source_keep(target.get()); // read after the archive is closed
    Archive archive(libzip().zip_open_from_source(target.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        libzip().zip_source_free(target.get()); // the reference the archive did not take
        const QString message = errorText(&error);
        libzip().zip_error_fini(&error);
        throw DocumentError(tr("Could not make the document's package: %1").arg(message));
    }
    libzip().zip_error_fini(&error);
    for (const Entry &entry : entries)
        if (entry.name == kMimetype)
            add(archive.get(), entry);
    for (const Entry &entry : entries)
        if (entry.name != kMimetype)
            add(archive.get(), entry);
    if (libzip().zip_close(archive.get()) < 0)
        throw DocumentError(
            tr("Could not make the document's package: %1").arg(archiveError(archive.get())));
    archive.release(); // closed: zip_close freed it
    return readSource(target.get());
}

} // namespace samverka::documents
