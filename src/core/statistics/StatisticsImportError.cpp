#include "StatisticsImportError.h"

#include <QCoreApplication>

namespace samverka::core {

StatisticsImportError::StatisticsImportError(int line, QString message)
    : std::runtime_error(
          (line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message).toStdString())
    , m_line(line)
    , m_message(std::move(message))
{}

QString StatisticsImportError::fullMessage() const
{
    if (m_line <= 0)
        return m_message;
    return QCoreApplication::translate("samverka::core::StatisticsImportError", "Line %1: %2")
        .arg(m_line)
        .arg(m_message);
}

} // namespace samverka::core
