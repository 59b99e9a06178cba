#pragma once

// A document could not be built or written; the message is meant for a person
// (translated), e.g. "Okänd överenskommelse: x" or "Kunde inte skriva /tmp/a.pdf".

#include <QString>

#include <stdexcept>

namespace samverka::documents {

class DocumentError : public std::runtime_error
{
public:
    explicit DocumentError(const QString &message);

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace samverka::documents
