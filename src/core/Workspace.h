#pragma once

// A workspace (issue #16): a named list of municipality files that a police area chief or
// a coordinator looks at together, saved as a small JSON file that can be shared:
// {"name": "…", "files": ["…", …]}. Paths in the file are relative to the JSON file's
// folder (absolute paths are allowed); in memory they are absolute.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace samverka::core {

class Workspace
{
public:
    Workspace() = default;
    /// files: absolute paths, or paths relative to the current folder (made absolute).
    Workspace(QString name, const QStringList &files);

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    /// Absolute, clean paths in the order given (a file listed twice is kept once).
    QStringList files() const { return m_files; }
    void setFiles(const QStringList &files);

    /// Reads a workspace file. Throws WorkspaceError naming the file and what is wrong
    /// (missing, unreadable, not JSON with the line and column, a member missing or of the
    /// wrong type with its JSON path). Members other than name and files are ignored.
    static Workspace read(const QString &jsonPath);
    /// The same from bytes: relative paths are resolved against folder; fileName names
    /// the document in messages.
    static Workspace fromJson(const QByteArray &json, const QString &folder,
                              const QString &fileName);
    /// The JSON text, with each path relative to folder where it can be (on another
    /// drive it stays absolute), '/' as the separator, UTF-8, indented.
    QByteArray toJson(const QString &folder) const;
    /// Writes the file through a temporary file renamed into place. Throws WorkspaceError.
    void write(const QString &jsonPath) const;

    /// Every municipality file (*.samverka) directly in folder, sorted by name: "every
    /// .samverka in this folder".
    static QStringList filesInFolder(const QString &folder);

    bool operator==(const Workspace &) const = default;

private:
    QString m_name;
    QStringList m_files;
};

} // namespace samverka::core
