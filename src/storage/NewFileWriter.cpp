#include "NewFileWriter.h"

#include "Database.h"
#include "FileFormat.h"
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
    QFile schema(QStringLiteral(":/sql/schema_v%1.sql").arg(fileformat::schemaVersion));
    if (!schema.open(QIODevice::ReadOnly)) {
        // Only a broken build lacks its schema.
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate(
                               "samverka::storage",
                               "This copy of Samverka is incomplete: the file format is missing."),
                           schema.fileName());
    }
    db.exec(QString::fromUtf8(schema.readAll()));
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
