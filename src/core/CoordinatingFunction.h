#pragma once

// The municipality's samordningsfunktion (Lag 2023:196): the person or role that
// coordinates the crime-prevention work, is the contact for the police and others, and
// spreads what is known; with its mandate and since when it holds it.

#include <QDate>
#include <QString>

namespace samverka::core {

struct CoordinatingFunction {
    QString holder; ///< a role or a name ("Brottsförebyggande samordnare")
    QString person; ///< person id, or empty
    QString party;  ///< party id, or empty
    QString mandate;
    QDate since;

    bool isEmpty() const { return *this == CoordinatingFunction{}; }
    /// Named: someone or some role holds it.
    bool isNamed() const { return !holder.trimmed().isEmpty() || !person.isEmpty(); }
    bool operator==(const CoordinatingFunction &) const = default;
};

} // namespace samverka::core
