#include "ExchangeError.h"

#include <utility>

namespace samverka::core {

namespace {
QString withPath(const QString &path, const QString &message)
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}
} // namespace

// The constructor takes what is wrong; message() prefixes the path so that every
// caller (CLI line, dialog) shows where.
ExchangeError::ExchangeError(Kind kind, QString path, QString message)
    : std::runtime_error(withPath(path, message).toStdString())
    , m_kind(kind)
    , m_path(std::move(path))
    , m_message(withPath(m_path, message))
{}

} // namespace samverka::core
