// Fuzz target: the exchange merge (import --into, ExchangeApplier) of any document the
// reader accepts, into a fresh copy of the demo municipality's file. A merge either
// succeeds, leaving a sound file that a second merge of the same document does not
// change, or is refused with a StorageError and leaves the file as it was.

#include "FuzzScratch.h"
#include "FuzzTarget.h"

#include "ExchangeReader.h"
#include "ExchangeWriter.h"
#include "MunicipalityFile.h"

#include <QByteArray>
#include <QFile>

#include <cstdio>
#include <cstdlib>

using namespace samverka;
using namespace samverka::storage;

namespace {

QByteArray s_demoFile;   ///< the bytes of the demo municipality's file
QByteArray s_demoExport; ///< its exchange document, as loaded from the file

QByteArray exportOf(const MunicipalityFile &file)
{
    return core::ExchangeWriter::write(file.loadAll(true), {true, {}, false});
}

void fail(const QString &what)
{
    std::fprintf(stderr, "Exchange merge: %s\n", qPrintable(what));
    std::abort();
}

std::unique_ptr<MunicipalityFile> openCopyOfDemo()
{
    MunicipalityFile::OpenOptions options;
    options.backupOnOpen = false;
    options.backupDir = FuzzScratch::instance().path(QStringLiteral("backups"));
    return MunicipalityFile::open(
        FuzzScratch::instance().writeFile(QStringLiteral("merge.samverka"), s_demoFile), options);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QFile demo(QStringLiteral(":/demo/demo.json"));
    if (!demo.open(QIODevice::ReadOnly))
        fail(QStringLiteral("the demo municipality is not bundled"));
    const QString path = FuzzScratch::instance().path(QStringLiteral("demo.samverka"));
    const auto file =
        MunicipalityFile::createFrom(path, core::ExchangeReader::read(demo.readAll()).data);
    s_demoExport = exportOf(*file);
    s_demoFile = FuzzScratch::readFile(path);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    core::ExchangeReadResult document;
    try {
        document = core::ExchangeReader::read(bytes);
    } catch (const core::ExchangeError &) {
        return 0;
    }
    const auto file = openCopyOfDemo();
    try {
        file->merge(document.data);
    } catch (const StorageError &error) {
        if (error.message().isEmpty())
            fail(QStringLiteral("refused without a message"));
        if (exportOf(*file) != s_demoExport)
            fail(QStringLiteral("a refused merge changed the file: ") + error.message());
        return 0;
    }
    if (file->integrityCheck() != QLatin1String("ok"))
        fail(QStringLiteral("the file is unsound after the merge: ") + file->integrityCheck());
    const QByteArray merged = exportOf(*file);
    const ImportReport again = file->merge(document.data);
    if (again.inserted != 0 || exportOf(*file) != merged)
        fail(QStringLiteral("merging the same document twice changed the file again"));
    return 0;
}
