#pragma once

// Reads one lägesbild edition of an exchange document (situationPictures[]): the record,
// its kept numbers, part 2's sections and part 3's problems, declaring their ids with
// the document's other ids. Used by ExchangeDocumentReader; errors name the JSON path.

#include "ExchangeReferences.h"
#include "JsonCursor.h"
#include "SituationPicture.h"

namespace samverka::core {

class SituationPictureReader
{
public:
    explicit SituationPictureReader(ExchangeReferences &refs)
        : m_refs(refs)
    {}

    SituationPicture read(JsonCursor &c);

private:
    using Ref = ExchangeReferences::Kind;

    ExchangeReferences &m_refs;
};

} // namespace samverka::core
