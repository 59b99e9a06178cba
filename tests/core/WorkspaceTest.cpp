// A workspace file (issue #16): {"name": …, "files": […]}, paths relative to the file's
// folder (absolute allowed); a malformed one is refused with a message naming the file,
// the place in it and what is wrong.

#include "Workspace.h"
#include "WorkspaceError.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using samverka::core::Workspace;
using samverka::core::WorkspaceError;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

/// The message of reading path, which must fail.
QString failureOf(const QString &path)
{
    try {
        Workspace::read(path);
    } catch (const WorkspaceError &error) {
        return error.message();
    }
    ADD_FAILURE() << "read " << path.toStdString() << " without an error";
    return {};
}

} // namespace

TEST(WorkspaceTest, WritesPathsRelativeToItsFolderAndReadsThemBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("files")));
    const QString elsewhere = QStringLiteral("/srv/share/Sorsele.samverka");
    const Workspace workspace(QStringLiteral("Södra Lappland"),
                              {dir.filePath(QStringLiteral("files/Storuman.samverka")),
                               dir.filePath(QStringLiteral("Lycksele.samverka")), elsewhere,
                               dir.filePath(QStringLiteral("files/../Lycksele.samverka"))});
    EXPECT_EQ(workspace.files().size(), 3) << "the same file twice is kept once";

    const QString json = dir.filePath(QStringLiteral("lpo.json"));
    workspace.write(json);
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value(QStringLiteral("name")).toString(), QStringLiteral("Södra Lappland"));
    EXPECT_EQ(
        root.value(QStringLiteral("files")).toVariant().toStringList(),
        (QStringList{QStringLiteral("files/Storuman.samverka"), QStringLiteral("Lycksele.samverka"),
                     QDir(dir.path()).relativeFilePath(elsewhere)}));

    EXPECT_EQ(Workspace::read(json), workspace);
}

TEST(WorkspaceTest, ReadsAbsoluteAndRelativePaths)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("w.json"));
    writeText(json, R"({"name": "LPO", "files": ["a.samverka", "/tmp/b.samverka",
                       "sub/../c.samverka"], "note": "ignored"})");
    const Workspace workspace = Workspace::read(json);
    EXPECT_EQ(workspace.name(), QStringLiteral("LPO"));
    EXPECT_EQ(workspace.files(), (QStringList{dir.filePath(QStringLiteral("a.samverka")),
                                              QStringLiteral("/tmp/b.samverka"),
                                              dir.filePath(QStringLiteral("c.samverka"))}));
}

TEST(WorkspaceTest, AMalformedFileIsRefusedNamingTheFileAndThePlace)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("lpo.json"));

    const QString missing = failureOf(dir.filePath(QStringLiteral("none.json")));
    EXPECT_TRUE(missing.contains(QStringLiteral("none.json"))) << missing.toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("does not exist"))) << missing.toStdString();

    const auto expect = [&](const QByteArray &text, const QString &place) {
        writeText(json, text);
        const QString message = failureOf(json);
        EXPECT_TRUE(message.startsWith(QDir::toNativeSeparators(json))) << message.toStdString();
        EXPECT_TRUE(message.contains(place)) << message.toStdString();
    };
    expect("{\"name\": \"x\",\n \"files\": [\"a\",]}", QStringLiteral("line 2, column"));
    expect("[]", QStringLiteral("$: expected an object"));
    expect(R"({"files": []})", QStringLiteral("$.name: missing"));
    expect(R"({"name": 3, "files": []})",
           QStringLiteral("$.name: expected a text, found a number"));
    expect(R"({"name": "x"})", QStringLiteral("$.files: missing"));
    expect(R"({"name": "x", "files": "a.samverka"})",
           QStringLiteral("$.files: expected a list of paths, found a text"));
    expect(R"({"name": "x", "files": ["a", {"path": "b"}]})",
           QStringLiteral("$.files[1]: expected a path (a text), found an object"));
    expect(R"({"name": "x", "files": ["a", " "]})",
           QStringLiteral("$.files[1]: the path is empty"));
}

TEST(WorkspaceTest, FilesInAFolderAreItsMunicipalityFilesSortedByName)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeText(dir.filePath(QStringLiteral("Storuman.samverka")), "x");
    writeText(dir.filePath(QStringLiteral("Arjeplog.samverka")), "x");
    writeText(dir.filePath(QStringLiteral("notes.txt")), "x");
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("Sub.samverka")));
    EXPECT_EQ(Workspace::filesInFolder(dir.path()),
              (QStringList{dir.filePath(QStringLiteral("Arjeplog.samverka")),
                           dir.filePath(QStringLiteral("Storuman.samverka"))}));
}
