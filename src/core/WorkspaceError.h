#pragma once

// A workspace file (Workspace) that cannot be read or written: the message names the
// file and what is wrong, in words for a person.

#include <QString>

#include <stdexcept>

namespace samverka::core {

class WorkspaceError : public std::runtime_error
{
public:
    explicit WorkspaceError(QString message)
        : std::runtime_error(message.toStdString())
        , m_message(std::move(message))
    {}

    /// "<file>: <what is wrong>", translated.
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace samverka::core
