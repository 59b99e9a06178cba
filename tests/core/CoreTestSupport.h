#pragma once

// Helpers shared by the core tests: reading test files and the exchange document
// that uses every optional property (tests/data/exchange/full.json).

#include "ExchangeReader.h"

#include <QFile>
#include <QString>

namespace samverka::core::test {

inline QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QString fullDocumentPath()
{
    return QStringLiteral(SAMVERKA_TEST_DATA_DIR "/exchange/full.json");
}

inline QString demoDocumentPath()
{
    return QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json");
}

inline MunicipalityData fullDocument()
{
    return ExchangeReader::read(readTestFile(fullDocumentPath())).data;
}

} // namespace samverka::core::test
