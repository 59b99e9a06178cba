#include "AgreementDiff.h"

namespace samverka::core {

QList<DiffItem> AgreementDiff::visible(bool includeConfidential) const
{
    if (includeConfidential)
        return items;
    QList<DiffItem> out;
    for (const DiffItem &item : items)
        if (!item.confidential)
            out << item;
    return out;
}

int AgreementDiff::count(const QList<DiffItem> &items, DiffSection section, DiffKind kind)
{
    int n = 0;
    for (const DiffItem &item : items)
        n += item.section == section && item.kind == kind ? 1 : 0;
    return n;
}

QList<DiffSection> AgreementDiff::sections()
{
    return {DiffSection::Agreement,  DiffSection::Parties,  DiffSection::DiaryNumbers,
            DiffSection::FocusAreas, DiffSection::Problems, DiffSection::Causes,
            DiffSection::Goals,      DiffSection::Measures, DiffSection::CitizenPromises};
}

QString AgreementDiff::word(DiffSection section)
{
    switch (section) {
    case DiffSection::Agreement:
        return QStringLiteral("agreement");
    case DiffSection::Parties:
        return QStringLiteral("parties");
    case DiffSection::DiaryNumbers:
        return QStringLiteral("diaryNumbers");
    case DiffSection::FocusAreas:
        return QStringLiteral("focusAreas");
    case DiffSection::Problems:
        return QStringLiteral("problems");
    case DiffSection::Causes:
        return QStringLiteral("causes");
    case DiffSection::Goals:
        return QStringLiteral("goals");
    case DiffSection::Measures:
        return QStringLiteral("measures");
    case DiffSection::CitizenPromises:
        break;
    }
    return QStringLiteral("citizenPromises");
}

QString AgreementDiff::word(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Added:
        return QStringLiteral("added");
    case DiffKind::Removed:
        return QStringLiteral("removed");
    case DiffKind::Changed:
        return QStringLiteral("changed");
    case DiffKind::Moved:
        break;
    }
    return QStringLiteral("moved");
}

QString AgreementDiff::word(DiffMatch match)
{
    switch (match) {
    case DiffMatch::None:
        return QStringLiteral("none");
    case DiffMatch::Origin:
        return QStringLiteral("origin");
    case DiffMatch::Id:
        return QStringLiteral("id");
    case DiffMatch::Content:
        break;
    }
    return QStringLiteral("content");
}

} // namespace samverka::core
