#pragma once

// Bilaga 1: the joint problem picture and cause analysis: each problem with what,
// where, when, sources and priority; its causes numbered "Orsak 2.3" with perspective
// and nature; and the reported-crime statistics (table and trend chart) when the file
// has any.

#include "DocumentComposer.h"
#include "DocumentContext.h"

namespace samverka::documents {

class ProblemPictureBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProblemPictureBuilder)

public:
    /// Writes the appendix under a level-1 heading; returns false (writing nothing)
    /// when there is neither a problem to show nor statistics.
    static bool write(DocumentComposer &composer, const DocumentContext &context,
                      const QString &heading);
    static void writeStatistics(DocumentComposer &composer, const DocumentContext &context);
    static bool hasStatistics(const DocumentContext &context);
};

} // namespace samverka::documents
