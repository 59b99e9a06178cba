#include "RegionError.h"

namespace samverka::region {

RegionError::RegionError(Kind kind, QString message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(std::move(message))
{}

} // namespace samverka::region
