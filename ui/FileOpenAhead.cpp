#include "FileOpenAhead.h"

#include "AgreementFacts.h"
#include "pages/OverviewPage.h"

#include <QFileInfo>
#include <QThread>

#include <exception>

namespace samverka::ui {

namespace {

/// What the window reads first on a file, in the order it reads it: the sidebar (the
/// municipality, the agreements' heads), then the overview (OverviewPage::reload: the
/// law's requirements, the late measures, the agreements read whole, the meetings). The
/// results are dropped; SQLite keeps the statements and pages. A page that comes to read
/// something else is only a little slower on its first read, never wrong.
void readAhead(const storage::MunicipalityFile &file)
{
    (void)file.municipality();
    const QList<core::Agreement> heads = file.agreementHeads();
    (void)file.lawInput();
    (void)file.lateMeasures(file.clock().today(), OverviewPage::lateShown);
    // The overview reads whole the agreements in force and the one whose steps it shows.
    const core::Agreement *steps = OverviewPage::defaultStepsAgreement(heads);
    for (const core::Agreement &a : heads)
        if (core::AgreementFacts::isInForce(a, heads, file.clock()) || &a == steps)
            (void)file.agreement(a.id);
    (void)file.meetings();
}

} // namespace

FileOpenAhead::FileOpenAhead(const QString &path,
                             const storage::MunicipalityFile::OpenOptions &options)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    QThread *owner = QThread::currentThread();
    m_thread = QThread::create([this, options, owner] { run(options, owner); });
    m_thread->start();
}

FileOpenAhead::~FileOpenAhead()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void FileOpenAhead::run(const storage::MunicipalityFile::OpenOptions &options, QThread *owner)
{
    try {
        m_outcome.file = storage::MunicipalityFile::open(m_path, options);
    } catch (const storage::StorageError &e) {
        m_outcome.error = e;
        return;
    } catch (const std::exception &e) {
        m_outcome.error = storage::StorageError(storage::StorageError::Kind::Io,
                                                QString::fromLocal8Bit(e.what()));
        return;
    }
    try {
        readAhead(*m_outcome.file);
    } catch (const std::exception &) {
        // The window's own read meets the same and says so where it shows the data.
    }
    // From here on the file belongs to the window's thread (its queued signals, e.g. the
    // end of the check after opening, go there).
    m_outcome.file->moveToThread(owner);
}

FileOpenAhead::Outcome FileOpenAhead::take()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    return std::move(m_outcome);
}

} // namespace samverka::ui
