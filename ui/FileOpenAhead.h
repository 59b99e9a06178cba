#pragma once

// Opens the file named on the command line on a thread of its own while the main window
// is being built, and reads once what the window reads first (its overview and sidebar),
// so that SQLite has parsed the schema, prepared those statements and cached those pages
// when the window asks. On the demo this takes about 5 ms off a start of some 65 ms
// (docs/performance.md). It changes nothing the user sees: the window reads everything
// again itself, and a file that could not be opened is refused with the same message
// as when it is opened from the menu.

#include "MunicipalityFile.h"
#include "StorageError.h"

#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace samverka::ui {

class FileOpenAhead
{
public:
    /// Starts at once. path: as typed (made absolute here).
    FileOpenAhead(const QString &path, const storage::MunicipalityFile::OpenOptions &options);
    /// Waits for the thread if take() was never called.
    ~FileOpenAhead();
    FileOpenAhead(const FileOpenAhead &) = delete;
    FileOpenAhead &operator=(const FileOpenAhead &) = delete;

    QString path() const { return m_path; }

    struct Outcome {
        /// The open file, living in the thread that made this object; null on failure.
        std::unique_ptr<storage::MunicipalityFile> file;
        /// Why it could not be opened (set exactly when file is null).
        std::optional<storage::StorageError> error;
    };
    /// Waits for the opening to end and hands over what it gave. Once only.
    Outcome take();

private:
    /// On the thread: opens, reads ahead, and moves the file to the owner's thread.
    void run(const storage::MunicipalityFile::OpenOptions &options, QThread *owner);

    QString m_path;
    Outcome m_outcome; ///< written by the thread, read after it finished
    QThread *m_thread = nullptr;
};

} // namespace samverka::ui
