// Fuzz target: the open sequence (MunicipalityFile::open, OpenSequence) on a mutated
// municipality file. The bytes become a file, opened read-only and everything in it
// loaded; then a copy is opened read-write, loaded, checked and written to once.
// Refusals are StorageErrors with a message; anything else is a finding.

#include "FuzzScratch.h"
#include "FuzzTarget.h"

#include "MunicipalityFile.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

using namespace samverka::storage;

namespace {

MunicipalityFile::OpenOptions options(bool readOnly)
{
    MunicipalityFile::OpenOptions result;
    result.readOnly = readOnly;
    result.backupOnOpen = false;
    result.backupDir = FuzzScratch::instance().path(QStringLiteral("backups"));
    return result;
}

void loadEverything(const MunicipalityFile &file)
{
    const samverka::core::MunicipalityData data = file.loadAll(true);
    for (const samverka::core::Agreement &agreement : data.agreements)
        file.verifyFingerprint(agreement.id);
    file.auditLog();
    file.integrityCheck();
}

void expectMessage(const StorageError &error)
{
    if (error.message().isEmpty()) {
        std::fprintf(stderr, "StorageError without a message (%s)\n", error.what());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzScratch::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const FuzzScratch &scratch = FuzzScratch::instance();
    try {
        const auto file = MunicipalityFile::open(
            scratch.writeFile(QStringLiteral("read.samverka"), bytes), options(true));
        loadEverything(*file);
    } catch (const StorageError &error) {
        expectMessage(error);
    }
    try {
        const auto file = MunicipalityFile::open(
            scratch.writeFile(QStringLiteral("write.samverka"), bytes), options(false));
        loadEverything(*file);
        if (!file->isReadOnly())
            file->setUserName(QStringLiteral("Fuzz"));
    } catch (const StorageError &error) {
        expectMessage(error);
    }
    return 0;
}
