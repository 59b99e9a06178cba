#pragma once

// A statistics file that cannot be imported: names the 1-based line of the file and
// what is wrong with it, in words for a person. One import is all rows or none, so
// the first such error stops the whole import.

#include <QString>

#include <stdexcept>

namespace samverka::core {

class StatisticsImportError : public std::runtime_error
{
public:
    /// line: 1-based line in the file, or 0 when the error concerns the whole file.
    StatisticsImportError(int line, QString message);

    int line() const { return m_line; }
    /// What is wrong, translated, without the line number.
    QString message() const { return m_message; }
    /// "Line 12: <what is wrong>" (or just the message for line 0), translated.
    QString fullMessage() const;

private:
    int m_line;
    QString m_message;
};

} // namespace samverka::core
