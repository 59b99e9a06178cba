#include "LawDocumentDecoration.h"

namespace samverka::documents {

void LawDocumentDecoration::apply(BuiltDocument &built, const QString &kind, const QString &title,
                                  const QString &diaryNumber, bool draft, bool confidentialPrinted)
{
    built.title = title.contains(kind, Qt::CaseInsensitive)
                      ? title
                      : tr("%1: %2", "document kind: title").arg(kind, title);
    PageDecoration &d = built.decoration;
    d.headerTitle = built.title;
    if (!diaryNumber.trimmed().isEmpty())
        //: sv: Dnr %1
        d.diaryNumbers = tr("Ref. no. %1").arg(diaryNumber.trimmed());
    d.draft = draft;
    d.confidential = confidentialPrinted;
}

} // namespace samverka::documents
