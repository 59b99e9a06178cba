#include "Workspace.h"

#include "WorkspaceError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace samverka::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::core::Workspace", text);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("samverka::core::Workspace", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("samverka::core::Workspace", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("samverka::core::Workspace", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("samverka::core::Workspace", "a text");
    case QJsonValue::Array:
        return QCoreApplication::translate("samverka::core::Workspace", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("samverka::core::Workspace", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("samverka::core::Workspace", "nothing");
}

WorkspaceError error(const QString &fileName, const QString &what)
{
    return WorkspaceError(QCoreApplication::translate("samverka::core::Workspace", "%1: %2")
                              .arg(QDir::toNativeSeparators(fileName), what));
}

/// Line and column (from 1) of a byte offset, for a JSON syntax error.
QPair<int, int> lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

QString absoluteIn(const QString &folder, const QString &path)
{
    return QDir::cleanPath(QDir(folder).absoluteFilePath(path));
}

} // namespace

Workspace::Workspace(QString name, const QStringList &files)
    : m_name(std::move(name))
{
    setFiles(files);
}

void Workspace::setFiles(const QStringList &files)
{
    m_files.clear();
    for (const QString &file : files) {
        const QString path = absoluteIn(QDir::currentPath(), file);
        if (!m_files.contains(path))
            m_files << path;
    }
}

Workspace Workspace::read(const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!QFileInfo::exists(jsonPath))
        throw error(jsonPath, tr("the workspace file does not exist."));
    if (!file.open(QIODevice::ReadOnly))
        throw error(jsonPath,
                    tr("the workspace file cannot be read (%1).").arg(file.errorString()));
    return fromJson(file.readAll(), QFileInfo(jsonPath).absolutePath(), jsonPath);
}

Workspace Workspace::fromJson(const QByteArray &json, const QString &folder,
                              const QString &fileName)
{
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parse.offset);
        throw error(fileName, tr("line %1, column %2: not valid JSON (%3).")
                                  .arg(line)
                                  .arg(column)
                                  .arg(parse.errorString()));
    }
    if (!document.isObject())
        throw error(fileName, tr("$: expected an object {\"name\": …, \"files\": […]}, found %1.")
                                  .arg(document.isArray() ? tr("a list") : tr("something else")));
    const QJsonObject root = document.object();
    const QJsonValue name = root.value(QLatin1String("name"));
    if (name.isUndefined())
        throw error(fileName, tr("$.name: missing; a workspace has a name."));
    if (!name.isString())
        throw error(fileName, tr("$.name: expected a text, found %1.").arg(typeName(name)));
    const QJsonValue files = root.value(QLatin1String("files"));
    if (files.isUndefined())
        throw error(fileName, tr("$.files: missing; a workspace lists its files."));
    if (!files.isArray())
        throw error(fileName,
                    tr("$.files: expected a list of paths, found %1.").arg(typeName(files)));
    Workspace workspace;
    workspace.m_name = name.toString();
    const QJsonArray list = files.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue entry = list.at(i);
        if (!entry.isString())
            throw error(
                fileName,
                tr("$.files[%1]: expected a path (a text), found %2.").arg(i).arg(typeName(entry)));
        if (entry.toString().trimmed().isEmpty())
            throw error(fileName, tr("$.files[%1]: the path is empty.").arg(i));
        const QString path = absoluteIn(folder, entry.toString());
        if (!workspace.m_files.contains(path))
            workspace.m_files << path;
    }
    return workspace;
}

QByteArray Workspace::toJson(const QString &folder) const
{
    const QDir dir(folder);
    QJsonArray files;
    for (const QString &file : m_files)
        files.append(QDir::fromNativeSeparators(dir.relativeFilePath(file)));
    QJsonObject root;
    root.insert(QLatin1String("name"), m_name);
    root.insert(QLatin1String("files"), files);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void Workspace::write(const QString &jsonPath) const
{
    QSaveFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly))
        throw error(jsonPath,
                    tr("the workspace file cannot be written (%1).").arg(file.errorString()));
    file.write(toJson(QFileInfo(jsonPath).absolutePath()));
    if (!file.commit())
        throw error(jsonPath,
                    tr("the workspace file cannot be written (%1).").arg(file.errorString()));
}

QStringList Workspace::filesInFolder(const QString &folder)
{
    const QDir dir(folder);
    QStringList out;
    for (const QString &name :
         dir.entryList({QStringLiteral("*.samverka")}, QDir::Files, QDir::Name))
        out << QDir::cleanPath(dir.absoluteFilePath(name));
    return out;
}

} // namespace samverka::core
