#pragma once

// The lägesbild's last chapter: what changed since the edition before it. A new edition
// is a copy with new ids, so sections and problems are matched by title (case and spaces
// aside); each is added, removed or changed, with the fields that changed. Confidential
// items in either edition count only when confidential items are printed.

#include "DocumentComposer.h"
#include "DocumentContext.h"

#include "SituationPicture.h"

namespace samverka::documents {

class SituationChangesWriter
{
    Q_DECLARE_TR_FUNCTIONS(SituationChangesWriter)

public:
    static void write(DocumentComposer &composer, const DocumentContext &context,
                      const core::SituationPicture &before, const core::SituationPicture &after);

    /// The changes as lines, in the chapter's order: the record, the sections, the problems.
    static QStringList changes(const DocumentContext &context, const core::SituationPicture &before,
                               const core::SituationPicture &after);
};

} // namespace samverka::documents
