#pragma once

// Chapter 1 of the lägesbild, the kartläggning (Lag 2023:196 §4 p. 1): reported crime by
// category and the largest types with their changes, the trend chart, the comparison with
// other municipalities, the survey indicators with their intervals, and where and when
// the problems occur, each part followed by the user's commentary. The numbers come from
// a SituationMappingResult, never from typed text.

#include "DocumentComposer.h"
#include "DocumentContext.h"

#include "SituationPicture.h"
#include "statistics/SituationMapping.h"

namespace samverka::documents {

class SituationMappingWriter
{
    Q_DECLARE_TR_FUNCTIONS(SituationMappingWriter)

public:
    /// Writes the chapter's parts (its level-1 heading is the caller's).
    static void write(DocumentComposer &composer, const DocumentContext &context,
                      const core::SituationPicture &picture,
                      const core::SituationMappingResult &mapping);

private:
    static void writeCrime(DocumentComposer &composer, const core::SituationMappingResult &m);
    static void writeComparison(DocumentComposer &composer, const core::SituationMappingResult &m);
    static void writeSurvey(DocumentComposer &composer, const core::SituationMappingResult &m);
    static void writePlaces(DocumentComposer &composer, const DocumentContext &context,
                            const core::SituationPicture &picture);
    static void commentary(DocumentComposer &composer, const QString &text);
};

} // namespace samverka::documents
