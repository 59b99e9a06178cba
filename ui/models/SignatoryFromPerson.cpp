#include "SignatoryFromPerson.h"

namespace samverka::ui {

SignatoryFromPerson::Values SignatoryFromPerson::fields(const core::Signature &row,
                                                        const core::Person &person)
{
    const bool samePerson =
        row.name.trimmed().compare(person.name.trimmed(), Qt::CaseInsensitive) == 0;
    Values values;
    auto take = [&](const QString &field, const QString &now, const QString &wanted) {
        const QString value = wanted.isEmpty() && samePerson ? now : wanted;
        if (value != now)
            values.append({field, value});
    };
    take(QStringLiteral("name"), row.name, person.name);
    take(QStringLiteral("title"), row.title, person.title);
    take(QStringLiteral("party"), row.party, person.party);
    return values;
}

SignatoryFromPerson::Values
SignatoryFromPerson::companions(const QList<QPair<QString, core::Signature>> &rows,
                                const QList<core::Person> &people, const QString &id,
                                const QString &field, const QVariant &value)
{
    const QString personId = value.toString();
    if (field != QLatin1String("person") || personId.isEmpty())
        return {};
    for (const auto &[rowId, signature] : rows) {
        if (rowId != id)
            continue;
        for (const core::Person &person : people)
            if (person.id == personId)
                return fields(signature, person);
    }
    return {};
}

} // namespace samverka::ui
