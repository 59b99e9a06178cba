#include "ExchangeReader.h"

#include "ExchangeDocumentReader.h"
#include "JsonCursor.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace samverka::core {

namespace {

// Line and column (1-based, in characters) of a byte offset, for a person's editor.
std::pair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArray before = json.left(offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = static_cast<int>(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

ExchangeReadResult ExchangeReader::read(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        throw ExchangeError(
            ExchangeError::Kind::Syntax, QStringLiteral("$"),
            QCoreApplication::translate("samverka::core",
                                        "malformed JSON at line %1, column %2 (byte %3): %4")
                .arg(line)
                .arg(column)
                .arg(error.offset)
                .arg(error.errorString()));
    }
    if (!document.isObject())
        throw ExchangeError(
            ExchangeError::Kind::WrongType, QStringLiteral("$"),
            QCoreApplication::translate("samverka::core", "expected an object, found %1")
                .arg(document.isArray() ? QStringLiteral("array") : QStringLiteral("nothing")));
    ExchangeReadResult result;
    JsonCursor root(document.object(), QStringLiteral("$"), &result.warnings);
    ExchangeDocumentReader reader;
    result.data = reader.read(root);
    return result;
}

} // namespace samverka::core
