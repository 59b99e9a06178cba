#pragma once

// Shared by the UI tests: a municipality file in a temporary folder (backups there
// too, never in the user's data folder), opened into an AppContext.

#include "AppContext.h"
#include "FileController.h"

#include "MunicipalityFile.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace samverka::ui::test {

class TempMunicipality
{
public:
    /// An empty file for Härnösand, or the bundled demo when demo is true.
    explicit TempMunicipality(bool demo = false)
    {
        m_path = m_dir.filePath(demo ? QStringLiteral("Demokommun.samverka")
                                     : QStringLiteral("Test.samverka"));
        if (demo) {
            FileController::writeDemo(m_path);
        } else {
            core::Municipality m;
            m.name = QStringLiteral("Härnösand");
            m.code = QStringLiteral("2280");
            m.county = QStringLiteral("Västernorrlands län");
            storage::MunicipalityFile::create(m_path, m).reset();
        }
    }

    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    storage::MunicipalityFile::OpenOptions options() const
    {
        storage::MunicipalityFile::OpenOptions o;
        o.backupDir = m_dir.filePath(QStringLiteral("backups"));
        return o;
    }

    std::unique_ptr<storage::MunicipalityFile> open() const
    {
        return storage::MunicipalityFile::open(m_path, options());
    }

    /// Opens the file into the context (replacing what it had).
    void openInto(AppContext &context) const { context.setFile(open()); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace samverka::ui::test
