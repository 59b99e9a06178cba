#pragma once

// An error in an exchange document: names the JSON path ("$.agreements[1].measures[3].causes[0]")
// and what is wrong, in words for a person.

#include <QString>

#include <stdexcept>

namespace samverka::core {

class ExchangeError : public std::runtime_error
{
public:
    enum class Kind {
        Syntax,
        MissingProperty,
        WrongType,
        UnknownValue,
        DanglingReference,
        Invalid
    };

    ExchangeError(Kind kind, QString path, QString message);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    /// "<path>: <what is wrong>", translated.
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_path;
    QString m_message;
};

} // namespace samverka::core
