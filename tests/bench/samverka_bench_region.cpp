// Benchmark of the region database (issue #17), against a real PostgreSQL server.
//
// - Publishes --municipalities (55: a police region) generated ×1 municipalities in
//   process (RegionPublisher::publish), one each, timing every publication.
// - The whole process: `samverka-cli publish FILE` of a ×1 municipality file, against
//   psql doing the same work (the same rows \copy'd into staging tables, then DELETE and
//   INSERT … SELECT, in one transaction) on tables without row-level security:
//   interleaved, so the ratio is what the floor of PostgreSQL itself allows.
// - The overview of every published municipality (RegionOverviewReader, in process, and
//   `samverka-cli overview --database` as a whole process), then the same while another
//   connection publishes one municipality again and again.
// - The tables' and indexes' sizes, for the projection to 290 municipalities.
//
//   samverka_bench_region --conninfo C --x1 scale-x1.json --cli samverka-cli --work DIR
//                         [--municipalities 55] [--reps 15]

#include "ExternalCommand.h"
#include "JsonFigures.h"
#include "TimingSamples.h"

#include "PgConnection.h"
#include "PublicationRows.h"
#include "RegionOverviewReader.h"
#include "RegionPublisher.h"
#include "RegionSchema.h"
#include "RegionTables.h"

#include "ExchangeReader.h"
#include "MunicipalityCatalog.h"
#include "MunicipalityFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace samverka;
using bench::TimingSamples;
using region::PgConnection;
using region::PublicationRows;

namespace {

const QDate kToday(2026, 12, 6);

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString row(const QString &what, const TimingSamples &s)
{
    return QStringLiteral("| %1 | %2 | %3 ms | %4 ms | %5 ms |")
        .arg(what)
        .arg(s.count())
        .arg(s.median(), 0, 'f', 1)
        .arg(s.percentile95(), 0, 'f', 1)
        .arg(s.min(), 0, 'f', 1);
}

/// The ×1 document as municipality number index of Sweden's list: its code, name and
/// local police area (six municipalities to an area), its own statistics rows recoded.
core::MunicipalityData asMunicipality(const core::MunicipalityData &x1, int index)
{
    core::MunicipalityData data = x1;
    const core::MunicipalityEntry m = core::MunicipalityCatalog::all().at(index);
    const QString original = x1.municipality.code;
    data.municipality.code = m.code;
    data.municipality.name = m.name;
    data.municipality.county = m.countyName;
    data.municipality.localPoliceArea = QStringLiteral("Lokalpolisområde %1").arg(index / 6 + 1);
    for (core::CrimeStatistic &s : data.crimeStatistics)
        if (s.municipalityCode == original)
            s.municipalityCode = m.code;
        else if (s.municipalityCode == m.code)
            s.municipalityCode = original;
    return data;
}

/// psql's side: the publication's rows as COPY files and a script doing what the
/// publisher does, on a copy of the tables without row-level security.
QString writeReference(const PgConnection &, const core::MunicipalityData &data, const QString &dir)
{
    QString script = QStringLiteral("\\set ON_ERROR_STOP on\nBEGIN;\n");
    const PublicationRows::Rows rows = PublicationRows::build(data);
    for (const region::RegionTable &t : region::RegionTables::all()) {
        const QString file = QDir(dir).filePath(t.name + QStringLiteral(".copy"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write " + file.toStdString());
        for (const QVariantList &values : rows.value(t.name)) {
            QByteArray line = region::PgConnection::copyText(data.municipality.code);
            for (const QVariant &v : values)
                line += '\t' + region::PgConnection::copyText(v);
            out.write(line + '\n');
        }
        script += QStringLiteral("CREATE TEMPORARY TABLE s_%1 (LIKE reference.%1) ON COMMIT "
                                 "DROP;\n\\copy s_%1 (%2) FROM '%3'\n")
                      .arg(t.name, t.allColumns().join(u','), file);
    }
    for (const region::RegionTable &t : region::RegionTables::all())
        script += QStringLiteral("DELETE FROM reference.%1 WHERE municipality = '%2';\nINSERT "
                                 "INTO reference.%1 SELECT * FROM s_%1;\n")
                      .arg(t.name, data.municipality.code);
    script += QStringLiteral("COMMIT;\n");
    const QString path = QDir(dir).filePath(QStringLiteral("reference.sql"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    f.write(script.toUtf8());
    return path;
}

void makeReferenceTables(const PgConnection &db)
{
    QStringList sql{QStringLiteral("DROP SCHEMA IF EXISTS reference CASCADE"),
                    QStringLiteral("CREATE SCHEMA reference")};
    for (const region::RegionTable &t : region::RegionTables::all())
        sql << QStringLiteral("CREATE TABLE reference.%1 (LIKE region.%1 INCLUDING ALL)")
                   .arg(t.name);
    db.script(sql.join(QStringLiteral(";\n")));
}

void printSizes(const PgConnection &db, int municipalities)
{
    const region::PgResult r = db.exec(QStringLiteral(
        "SELECT c.relname, s.n_live_tup, pg_table_size(c.oid), pg_indexes_size(c.oid) FROM "
        "pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_stat_user_tables s ON "
        "s.relid = c.oid WHERE n.nspname = 'region' AND c.relkind = 'r' ORDER BY "
        "pg_total_relation_size(c.oid) DESC"));
    print(QStringLiteral("| table | rows | table size | index size | rows at 290 |"));
    print(QStringLiteral("|---|---:|---:|---:|---:|"));
    qint64 rows = 0, table = 0, index = 0;
    for (int i = 0; i < r.rows(); ++i) {
        const qint64 n = r.text(i, 1).toLongLong();
        rows += n;
        table += r.text(i, 2).toLongLong();
        index += r.text(i, 3).toLongLong();
        if (i < 8)
            print(QStringLiteral("| %1 | %2 | %3 MB | %4 MB | %5 |")
                      .arg(r.text(i, 0))
                      .arg(n)
                      .arg(r.text(i, 2).toDouble() / 1048576.0, 0, 'f', 1)
                      .arg(r.text(i, 3).toDouble() / 1048576.0, 0, 'f', 1)
                      .arg(n * 290 / municipalities));
    }
    print(QStringLiteral("| all %1 tables | %2 | %3 MB | %4 MB | %5 |")
              .arg(r.rows())
              .arg(rows)
              .arg(double(table) / 1048576.0, 0, 'f', 1)
              .arg(double(index) / 1048576.0, 0, 'f', 1)
              .arg(rows * 290 / municipalities));
}

struct Options {
    QString conninfo;
    QString x1;
    QString cli;
    QString work;
    int municipalities = 55;
    int reps = 15;
};

int run(const Options &o)
{
    // A database of its own, made afresh.
    const QString name = QStringLiteral("samverka_bench_region");
    {
        const PgConnection server(o.conninfo);
        server.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        server.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    }
    const QString conninfo = o.conninfo + QStringLiteral(" dbname=") + name;
    const PgConnection db(conninfo);
    region::RegionSchema::init(db);

    QFile x1File(o.x1);
    if (!x1File.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + o.x1.toStdString());
    const core::MunicipalityData x1 = core::ExchangeReader::read(x1File.readAll()).data;

    // 1. Every municipality of the region, published once.
    TimingSamples publish;
    for (int i = 0; i < o.municipalities; ++i) {
        const core::MunicipalityData data = asMunicipality(x1, i);
        publish.time([&] { region::RegionPublisher::publish(db, data, {}); });
    }
    bench::JsonFigures::record(QStringLiteral("region"), QStringLiteral("publish x1 in process"),
                               publish);

    // 2. The whole process against psql doing the same on tables without security.
    const core::MunicipalityData first = asMunicipality(x1, 0);
    const QString file = QDir(o.work).filePath(QStringLiteral("x1.samverka"));
    QFile::remove(file);
    storage::MunicipalityFile::createFrom(file, first);
    makeReferenceTables(db);
    const QString script = writeReference(db, first, o.work);
    const QString psql = bench::ExternalCommand::find(QStringLiteral("psql"));
    TimingSamples cliPublish, psqlPublish;
    for (int r = 0; r < o.reps; ++r) {
        const auto ours = [&] {
            cliPublish.add(bench::ExternalCommand::run(
                o.cli, {QStringLiteral("publish"), file, QStringLiteral("--database"), conninfo}));
        };
        const auto theirs = [&] {
            psqlPublish.add(
                bench::ExternalCommand::run(psql, {QStringLiteral("-q"), QStringLiteral("-X"),
                                                   QStringLiteral("-f"), script, conninfo}));
        };
        if (r % 2 == 0) {
            ours();
            theirs();
        } else {
            theirs();
            ours();
        }
    }
    bench::JsonFigures::record(QStringLiteral("region"), QStringLiteral("samverka-cli publish x1"),
                               cliPublish, &psqlPublish, QStringLiteral("psql, the same rows"));

    // 3. The overview of every municipality, alone and during publications.
    TimingSamples overview, cliOverview, during;
    int rowsRead = 0;
    for (int r = 0; r < o.reps; ++r) {
        overview.time(
            [&] { rowsRead = int(region::RegionOverviewReader::rows(db, kToday).size()); });
        cliOverview.add(bench::ExternalCommand::run(
            o.cli, {QStringLiteral("overview"), QStringLiteral("--database"), conninfo,
                    QStringLiteral("--today"), kToday.toString(Qt::ISODate)}));
    }
    std::atomic<bool> stop = false;
    std::atomic<int> publications = 0;
    std::thread publisher([&] {
        const PgConnection other(conninfo);
        const core::MunicipalityData data = asMunicipality(x1, 1);
        while (!stop) {
            region::RegionPublisher::publish(other, data, {});
            ++publications;
        }
    });
    while (publications == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    for (int r = 0; r < o.reps * 2; ++r)
        during.time([&] { region::RegionOverviewReader::rows(db, kToday); });
    stop = true;
    publisher.join();
    bench::JsonFigures::record(QStringLiteral("region"), QStringLiteral("overview in process"),
                               overview);
    bench::JsonFigures::record(QStringLiteral("region"),
                               QStringLiteral("samverka-cli overview --database"), cliOverview);
    bench::JsonFigures::record(QStringLiteral("region"),
                               QStringLiteral("overview during publications"), during);

    print(QStringLiteral("### Region database (`samverka_bench_region`): %1 municipalities ×1, "
                         "PostgreSQL %2")
              .arg(o.municipalities)
              .arg(db.exec(QStringLiteral("SHOW server_version")).text(0, 0)));
    print({});
    print(QStringLiteral("| operation | n | median | p95 | min |"));
    print(QStringLiteral("|---|---:|---:|---:|---:|"));
    print(row(QStringLiteral("publish one ×1 municipality, in process"), publish));
    print(row(QStringLiteral("`samverka-cli publish` ×1, whole process"), cliPublish));
    print(row(QStringLiteral("psql, the same rows and statements, no row-level security"),
              psqlPublish));
    print(row(QStringLiteral("overview of %1 municipalities, in process").arg(rowsRead), overview));
    print(row(QStringLiteral("`samverka-cli overview --database`, whole process"), cliOverview));
    print(row(QStringLiteral("overview during publications (%1 published meanwhile)")
                  .arg(publications.load()),
              during));
    print({});
    print(QStringLiteral("Whole-process publish / psql: **%1×**.")
              .arg(cliPublish.median() / psqlPublish.median(), 0, 'f', 2));
    print({});
    printSizes(db, o.municipalities);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("conninfo"), QStringLiteral("The server (superuser)."),
                      QStringLiteral("c")});
    parser.addOption({QStringLiteral("x1"), QStringLiteral("scripts/gen-scale.py's ×1 document."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("cli"), QStringLiteral("samverka-cli."), QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("work"), QStringLiteral("A folder for files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("municipalities"), QStringLiteral("How many."),
                      QStringLiteral("n"), QStringLiteral("55")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Repetitions."), QStringLiteral("n"),
                      QStringLiteral("15")});
    parser.process(app);
    Options o;
    o.conninfo = parser.value(QStringLiteral("conninfo"));
    o.x1 = parser.value(QStringLiteral("x1"));
    o.cli = parser.value(QStringLiteral("cli"));
    o.work = parser.value(QStringLiteral("work"));
    o.municipalities = std::clamp(parser.value(QStringLiteral("municipalities")).toInt(), 2, 290);
    o.reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    try {
        if (o.conninfo.isEmpty() || o.x1.isEmpty() || o.cli.isEmpty() || o.work.isEmpty())
            throw std::runtime_error("--conninfo, --x1, --cli and --work are required");
        QDir().mkpath(o.work);
        return run(o);
    } catch (const region::RegionError &error) {
        std::fprintf(stderr, "samverka_bench_region: %s\n", error.message().toUtf8().constData());
    } catch (const std::exception &error) {
        std::fprintf(stderr, "samverka_bench_region: %s\n", error.what());
    }
    return 1;
}
