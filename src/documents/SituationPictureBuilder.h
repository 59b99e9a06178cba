#pragma once

// The lägesbild as a document (Lag 2023:196 §4): a cover with the edition's record and
// decision, the contents, the three parts of §4 as chapters (1. Kartläggning,
// 2. Annan information, 3. Analys) and, when there is an edition before it, what changed
// since. Confidential sections and problems are left out unless asked for; then they are
// marked. A draft is marked UTKAST on every page by the renderer.

#include "BuiltDocument.h"
#include "DocumentComposer.h"
#include "DocumentContext.h"

#include "SituationPicture.h"
#include "statistics/SituationMapping.h"

namespace samverka::documents {

class SituationPictureBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SituationPictureBuilder)

public:
    /// The edition options.recordId names, or the latest when it is empty. Throws
    /// DocumentError when there is none.
    static const core::SituationPicture &edition(const DocumentContext &context);
    /// The edition before picture in the file, or nullptr.
    static const core::SituationPicture *previous(const DocumentContext &context,
                                                  const core::SituationPicture &picture);
    /// The kartläggning's numbers as of now, for the edition's years.
    static core::SituationMappingResult mapping(const DocumentContext &context,
                                                const core::SituationPicture &picture);
    /// The numbers the document shows: an adopted edition's snapshot, else the file's
    /// numbers as of now; note says which when it is not plain (empty for a draft).
    static core::SituationMappingResult shownMapping(const DocumentContext &context,
                                                     const core::SituationPicture &picture,
                                                     QString &note);

    static void build(DocumentComposer &composer, const DocumentContext &context);
    /// Sets the title and the page decoration of a built lägesbild.
    static void decorate(const DocumentContext &context, BuiltDocument &built);

private:
    static void writeCover(DocumentComposer &composer, const DocumentContext &context,
                           const core::SituationPicture &picture);
    static void writeOtherInformation(DocumentComposer &composer, const DocumentContext &context,
                                      const core::SituationPicture &picture);
    static void writeAnalysis(DocumentComposer &composer, const DocumentContext &context,
                              const core::SituationPicture &picture);
    static void writeProblem(DocumentComposer &composer, const DocumentContext &context,
                             const core::SituationProblem &problem, int number);
};

} // namespace samverka::documents
