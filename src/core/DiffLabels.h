#pragma once

// The words a person reads in a comparison of two agreements (AgreementDiff): the
// sections, the kinds of difference and the fields, as the agreement's pages and
// documents name them ("Orsaker", "Flyttad", "Del 1: Samverkansmodell"), and a field's
// value as text. Shared by the app's Jämför med… and the document Ändringar i
// överenskommelsen; the CLI's JSON keeps the exchange words.

#include "AgreementDiff.h"

#include <QJsonValue>
#include <QString>

namespace samverka::core {

class DiffLabels
{
public:
    static QString section(DiffSection section);
    static QString kind(DiffKind kind);
    /// The field's name on the pages; the exchange name itself for one without.
    static QString field(const QString &exchangeName);
    /// A value as text: lists joined by commas, yes/no, numbers in the locale's form;
    /// empty for none.
    static QString value(const QJsonValue &value);
};

} // namespace samverka::core
