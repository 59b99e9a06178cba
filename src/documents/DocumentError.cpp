#include "DocumentError.h"

namespace samverka::documents {

DocumentError::DocumentError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{}

} // namespace samverka::documents
