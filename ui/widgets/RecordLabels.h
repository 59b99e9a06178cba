#pragma once

// How records are named where another record links to them: "Orsak 2.3 – text",
// "Effektmål: text", party and person names. One place, so every list says the same.

#include "Agreement.h"
#include "EnumLabels.h"
#include "Party.h"
#include "Person.h"

#include "widgets/LinkChecklist.h"

namespace samverka::ui {

class RecordLabels
{
public:
    /// "Orsak 2.3": cause 'causeNo' of the problem at 1-based position 'problemNo'.
    static QString causeNumber(int problemNo, int causeNo);
    /// Every cause of the agreement as "Orsak 2.3 – text" (confidential ones marked).
    static QList<LinkItem> causes(const core::Agreement &agreement);
    /// Every goal of the agreement as "Effektmål: text".
    static QList<LinkItem> goals(const core::Agreement &agreement);
    static QList<LinkItem> problems(const core::Agreement &agreement);
    static QList<LinkItem> measures(const core::Agreement &agreement);
    static QList<LinkItem> parties(const QList<core::Party> &parties);
    static QList<QPair<QString, QString>> partyChoices(const QList<core::Party> &parties);
    static QList<QPair<QString, QString>> personChoices(const QList<core::Person> &people);
    static QString goalLabel(const core::Goal &goal);
    /// Every value of an enum as checkable items (id = exchange word).
    template <typename E> static QList<LinkItem> enumItems()
    {
        QList<LinkItem> items;
        for (E value : core::allValues<E>())
            items.append({core::toWord(value), core::EnumLabels::label(value), {}});
        return items;
    }
    /// A text cut to one line of at most 'length' characters.
    static QString brief(const QString &text, int length = 80);
};

} // namespace samverka::ui
