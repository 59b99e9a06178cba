#include "NewFileWriter.h"

#include "Database.h"
#include "FileFormat.h"
#include "Migrator.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"
#include "StorageError.h"
#include "TemporaryDatabaseFile.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace samverka::storage {

namespace {
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

void NewFileWriter::write(const QString &path, bool overwrite,
                          const std::function<void(Database &)> &fill)
{
    const QFileInfo info(path);
    const QString file = sqliteerror::displayPath(path);
    if (info.isDir()) {
        throw StorageError(
            StorageError::Kind::IsDirectory,
            QCoreApplication::translate("samverka::storage", "\"%1\" is a folder, not a file.")
                .arg(file));
    }
    if (!overwrite && info.exists()) {
        throw StorageError(
            StorageError::Kind::AlreadyExists,
            QCoreApplication::translate("samverka::storage",
                                        "The file \"%1\" already exists; it was left unchanged.")
                .arg(file));
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("samverka::storage", "The folder \"%1\" does not exist.")
                .arg(sqliteerror::displayPath(info.absolutePath())));
    }
    TemporaryDatabaseFile temporary(path);
    {
        Database db(temporary.path(), Database::Mode::Create);
        Transaction transaction(db);
        installSchema(db);
        if (fill)
            fill(db);
        transaction.commit();
    }
    temporary.commit(overwrite);
}

void NewFileWriter::installSchema(Database &db)
{
    // Only a broken build lacks its schema or a step of it.
    const auto incomplete = [](const QString &detail) {
        return StorageError(StorageError::Kind::Io,
                            QCoreApplication::translate(
                                "samverka::storage",
                                "This copy of Samverka is incomplete: the file format is missing."),
                            detail);
    };
    // The first schema and then every migration step: the steps are the one source of
    // truth for what changed since, so a new file has exactly the schema of a migrated one.
    QFile schema(QStringLiteral(":/sql/schema_v1.sql"));
    if (!schema.open(QIODevice::ReadOnly))
        throw incomplete(schema.fileName());
    db.exec(QString::fromUtf8(schema.readAll()));
    const Migrator migrator;
    for (int version = 1; version < fileformat::schemaVersion; ++version) {
        const QString step = migrator.stepSql(version);
        if (step.trimmed().isEmpty())
            throw incomplete(
                QStringLiteral("no step from version %1 to %2").arg(version).arg(version + 1));
        db.exec(step);
    }
    db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                .arg(fileformat::applicationId)
                .arg(fileformat::schemaVersion));
}

void NewFileWriter::insertMunicipality(Database &db, const core::Municipality &municipality)
{
    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO municipality (id, name, code, county, police_region, "
                       "local_police_area) VALUES (1, ?, ?, ?, ?, ?)"));
    insert.bind(1, notNull(municipality.name))
        .bind(2, municipality.code.isEmpty() ? QString() : municipality.code)
        .bind(3, notNull(municipality.county))
        .bind(4, notNull(municipality.policeRegion))
        .bind(5, notNull(municipality.localPoliceArea));
    insert.run();
}

} // namespace samverka::storage
