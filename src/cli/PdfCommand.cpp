#include "PdfCommand.h"

#include "AgreementMatcher.h"
#include "CliSupport.h"
#include "CommandLine.h"

#include "OverviewCommand.h"

#include "DocumentError.h"
#include "OdtExporter.h"
#include "PdfExporter.h"
#include "PoliceAreaReportBuilder.h"

#include "OverviewReader.h"

#include "Translations.h"

#include <QCoreApplication>

#include <functional>

namespace samverka::cli {

namespace {
struct Kind {
    const char *word;
    documents::DocumentKind kind;
};
constexpr Kind kinds[] = {{"agreement", documents::DocumentKind::Agreement},
                          {"action-plan", documents::DocumentKind::ActionPlan},
                          {"citizen-promises", documents::DocumentKind::CitizenPromises},
                          {"follow-up", documents::DocumentKind::FollowUp},
                          {"lagesbild", documents::DocumentKind::SituationPicture},
                          {"atgardsplan", documents::DocumentKind::MeasurePlan},
                          {"changes", documents::DocumentKind::Changes}};

/// A record of the municipality's own (a lägesbild edition, an åtgärdsplan).
struct Record {
    QString id;
    QString title;
};

// The record --id names: its id, else its title (case aside) when only one has it; the
// last in the file when wanted is empty.
QString recordId(const QList<Record> &records, const QString &wanted, const QString &none,
                 const QString &unknown, const std::function<QString(int)> &ambiguous)
{
    if (records.isEmpty())
        throw CliError{CliError::UserError, none};
    if (wanted.isEmpty())
        return records.constLast().id;
    QStringList byTitle;
    for (const Record &r : records) {
        if (r.id == wanted)
            return r.id;
        if (r.title.simplified().compare(wanted.simplified(), Qt::CaseInsensitive) == 0)
            byTitle << r.id;
    }
    if (byTitle.size() == 1)
        return byTitle.first();
    throw CliError{CliError::UserError,
                   byTitle.isEmpty() ? unknown : ambiguous(int(byTitle.size()))};
}

QString editionId(const QList<core::SituationPicture> &editions, const QString &wanted,
                  const QString &path)
{
    QList<Record> records;
    for (const core::SituationPicture &p : editions)
        records.append({p.id, p.title});
    return recordId(
        records, wanted, CliSupport::tr("%1: the file has no situation picture.").arg(path),
        CliSupport::tr("%1: no situation picture has the id or title “%2”.").arg(path, wanted),
        [&](int count) {
            return CliSupport::tr("%1: %2 situation pictures are called “%3”; give the id.")
                .arg(path)
                .arg(count)
                .arg(wanted);
        });
}

// The CLI's messages are all in CliSupport's context. Those added with the åtgärdsplan call
// QCoreApplication::translate() with that context (a literal, as lupdate needs) rather
// than the CliSupport::tr() wrapper: the wrapper's strings must be in the .ts already
// (TranslationCompleteness.HandWrittenTrWrappersAskForContextsTheTsHas), and these are not
// translated yet.
QString planId(const QList<core::MeasurePlan> &plans, const QString &wanted, const QString &path)
{
    QList<Record> records;
    for (const core::MeasurePlan &p : plans)
        records.append({p.id, p.title});
    return recordId(records, wanted,
                    QCoreApplication::translate("samverka::cli::CliSupport",
                                                "%1: the file has no measure plan.")
                        .arg(path),
                    QCoreApplication::translate("samverka::cli::CliSupport",
                                                "%1: no measure plan has the id or title “%2”.")
                        .arg(path, wanted),
                    [&](int count) {
                        return QCoreApplication::translate(
                                   "samverka::cli::CliSupport",
                                   "%1: %2 measure plans are called “%3”; give the id.")
                            .arg(path)
                            .arg(count)
                            .arg(wanted);
                    });
}

// --format, else the output's ending: .odt gives an OpenDocument text, anything else a PDF.
bool isOdt(const QString &format, const QString &output)
{
    if (format.isEmpty())
        return output.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    if (format == QLatin1String("odt"))
        return true;
    if (format == QLatin1String("pdf"))
        return false;
    throw CliError{CliError::UserError,
                   QCoreApplication::translate("samverka::cli::CliSupport",
                                               "--format: “%1” is not a format; use pdf or odt.")
                       .arg(format)};
}
// Runs write (which returns the PDF's pages, 0 for an .odt) and returns the line to print;
// a document's failure is the CLI's, naming the output.
QString written(const QString &output, bool odt, const std::function<int()> &write)
{
    int pages = 0;
    try {
        pages = write();
    } catch (const documents::DocumentError &error) {
        throw CliError{CliError::UserError, QStringLiteral("%1: %2").arg(output, error.message())};
    }
    if (odt)
        return QCoreApplication::translate("samverka::cli::CliSupport", "Wrote %1.").arg(output);
    // Swedish and English both have one singular: no numerus forms needed.
    return pages == 1 ? CliSupport::tr("Wrote %1 (1 page).").arg(output)
                      : CliSupport::tr("Wrote %1 (%2 pages).").arg(output).arg(pages);
}

// Writes the document, Swedish whatever the terminal's language; returns the line to print.
QString writeDocument(const core::MunicipalityData &data, const documents::DocumentOptions &options,
                      const QString &output, bool odt)
{
    // The document in Swedish, the line printed in the terminal's language.
    return written(output, odt, [&]() -> int {
        const auto swedish = core::Translations::install(QLocale::Swedish);
        if (odt) {
            documents::OdtExporter::write(data, options, output);
            return 0;
        }
        return documents::PdfExporter::write(data, options, output);
    });
}

const char *const kReportWord = "police-area-report";

// The police area's report over a workspace's files or the region database's
// municipalities, Swedish whatever the terminal's language; returns the line to print.
QString writeReport(const CommandLine &cl, const QString &output, bool odt)
{
    if (!cl.positional().isEmpty())
        throw CliError{CliError::UserError,
                       QCoreApplication::translate(
                           "samverka::cli::CliSupport",
                           "Give either a municipality file or --workspace, not both.")};
    documents::PoliceAreaReportBuilder::Input input;
    input.today = OverviewCommand::today(cl);
    if (cl.has(QStringLiteral("database"))) {
        input.name = cl.has(QStringLiteral("police-area")) ? cl.value(QStringLiteral("police-area"))
                                                           : cl.value(QStringLiteral("county"));
        input.rows = OverviewCommand::databaseRows(cl, input.today, &input.details);
    } else {
        const core::Workspace workspace =
            OverviewCommand::workspace(cl.value(QStringLiteral("workspace")));
        input.name = workspace.name();
        // A file that cannot be read says why in the report: in Swedish.
        const auto swedish = core::Translations::install(QLocale::Swedish);
        input.rows = storage::OverviewReader().rows(workspace.files(), input.today, &input.details);
    }
    // The document in Swedish, the line printed in the terminal's language.
    return written(output, odt, [&]() -> int {
        const auto swedish = core::Translations::install(QLocale::Swedish);
        documents::BuiltDocument built = documents::PoliceAreaReportBuilder::build(input);
        if (odt) {
            CliSupport::writeOutput(output, documents::OdtExporter::toOdt(built));
            return 0;
        }
        return documents::PdfExporter::write(built, output);
    });
}

// The document kind --document names; throws CliError listing the kinds for another word.
documents::DocumentKind kindOf(const QString &kindWord)
{
    QStringList words;
    for (const auto &kind : kinds) {
        if (kindWord == QLatin1String(kind.word))
            return kind.kind;
        words << QString::fromLatin1(kind.word);
    }
    words << QString::fromLatin1(kReportWord);
    throw CliError{
        CliError::UserError,
        QCoreApplication::translate("samverka::cli::CliSupport",
                                    "--document: “%1” is not a document kind; use one of %2.")
            .arg(kindWord, words.join(QLatin1String(", ")))};
}

// The command line of the police area's report, checked; returns the line to print.
QString runReport(const CommandLine &cl, const QString &kindWord)
{
    const bool sourceGiven =
        cl.has(QStringLiteral("workspace")) || cl.has(QStringLiteral("database"));
    if (kindWord != QLatin1String(kReportWord) || !sourceGiven)
        throw CliError{
            CliError::UserError,
            QCoreApplication::translate("samverka::cli::CliSupport",
                                        "--workspace W.json and --document police-area-report go "
                                        "together.")};
    if (!cl.has(QStringLiteral("database")) &&
        (cl.has(QStringLiteral("police-area")) || cl.has(QStringLiteral("county"))))
        throw CliError{
            CliError::UserError,
            QCoreApplication::translate("OverviewCommand",
                                        "--police-area and --county apply to --database only.")};
    if (cl.has(QStringLiteral("workspace")) && cl.has(QStringLiteral("database")))
        throw CliError{CliError::UserError,
                       QCoreApplication::translate("samverka::cli::CliSupport",
                                                   "Give either --workspace or --database, not "
                                                   "both.")};
    for (const char *option : {"agreement", "id", "from", "include-confidential"})
        if (cl.has(QString::fromLatin1(option)))
            throw CliError{
                CliError::UserError,
                QCoreApplication::translate("samverka::cli::CliSupport",
                                            "--%1 does not apply to the police area's report.")
                    .arg(QString::fromLatin1(option))};
    const QString output = cl.required(QStringLiteral("output"));
    return writeReport(cl, output, isOdt(cl.value(QStringLiteral("format")), output));
}

} // namespace

QString PdfCommand::help() const
{
    return QCoreApplication::translate(
        "samverka::cli::CliSupport",
        "Usage: samverka-cli pdf FILE.samverka --agreement ID --document KIND --output OUT "
        "[--format pdf|odt] [--include-confidential]\n"
        "       samverka-cli pdf FILE.samverka --document lagesbild|atgardsplan [--id ID] "
        "--output OUT [--format pdf|odt] [--include-confidential]\n"
        "       samverka-cli pdf --workspace W.json --document police-area-report --output OUT "
        "[--today YYYY-MM-DD] [--format pdf|odt]\n"
        "       samverka-cli pdf --database CONNINFO [--police-area NAME] [--county NAME] "
        "--document police-area-report --output OUT [--today YYYY-MM-DD] [--format pdf|odt]\n"
        "KIND is agreement, action-plan, citizen-promises, follow-up or changes (what the "
        "agreement changed from the one it replaces, or from --from ID). lagesbild is the "
        "municipality's situation picture: the edition ID (or title), else the latest. "
        "atgardsplan is the municipality's measure plan (landscape pages): the plan ID (or "
        "title), else the latest. "
        "police-area-report (Samverkan i lokalpolisområdet) is one document over the files of "
        "a workspace, or the municipalities published to the region database: the overview table, "
        "then each municipality's focus areas, late measures "
        "and follow-ups due, counted for --today (default: today); confidential records are "
        "never in it. Writes PDF/A-1b in Swedish with the font embedded, or with "
        "--format odt an editable OpenDocument text (.odt) for Word and LibreOffice; without "
        "--format, an OUT ending in .odt gives odt, anything else pdf. "
        "Confidential items are left out unless --include-confidential is given; then every "
        "page says so.");
}

int PdfCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args,
                         {QStringLiteral("agreement"), QStringLiteral("document"),
                          QStringLiteral("output"), QStringLiteral("id"), QStringLiteral("format"),
                          QStringLiteral("from"), QStringLiteral("workspace"),
                          QStringLiteral("today"), QStringLiteral("database"),
                          QStringLiteral("police-area"), QStringLiteral("county")},
                         {QStringLiteral("include-confidential")});
    const QString kindWord = cl.required(QStringLiteral("document"));
    if (kindWord == QLatin1String(kReportWord) || cl.has(QStringLiteral("workspace")) ||
        cl.has(QStringLiteral("database"))) {
        out << runReport(cl, kindWord) << Qt::endl;
        return 0;
    }
    if (cl.has(QStringLiteral("today")))
        throw CliError{
            CliError::UserError,
            QCoreApplication::translate("samverka::cli::CliSupport",
                                        "--today applies to --document police-area-report only.")};
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    const QString output = cl.required(QStringLiteral("output"));
    const bool odt = isOdt(cl.value(QStringLiteral("format")), output);

    documents::DocumentOptions options;
    options.kind = kindOf(kindWord);
    options.includeConfidential = cl.has(QStringLiteral("include-confidential"));
    const bool ofAgreement = documents::isAgreementDocument(options.kind);
    // Asked before the file is opened: a wrong command line is told first.
    const QString wanted =
        ofAgreement ? cl.required(QStringLiteral("agreement")) : cl.value(QStringLiteral("id"));
    if (ofAgreement && cl.has(QStringLiteral("id")))
        throw CliError{CliError::UserError,
                       QCoreApplication::translate("samverka::cli::CliSupport",
                                                   "--id names a situation picture or a measure "
                                                   "plan; use --agreement for “%1”.")
                           .arg(kindWord)};
    if (!ofAgreement && cl.has(QStringLiteral("agreement")))
        throw CliError{CliError::UserError,
                       options.kind == documents::DocumentKind::MeasurePlan
                           ? QCoreApplication::translate("samverka::cli::CliSupport",
                                                         "--agreement does not apply to “%1”; "
                                                         "use --id for the plan.")
                                 .arg(kindWord)
                           : CliSupport::tr("--agreement does not apply to “%1”; use --id for "
                                            "the edition.")
                                 .arg(kindWord)};

    if (cl.has(QStringLiteral("from")) && options.kind != documents::DocumentKind::Changes)
        throw CliError{CliError::UserError,
                       QCoreApplication::translate("samverka::cli::CliSupport",
                                                   "--from applies to --document changes only.")};

    auto file = CliSupport::open(path, CliSupport::Access::Read, err);
    const core::MunicipalityData data =
        file->load({false, storage::StatisticsRows::Compared, true});
    if (ofAgreement) {
        options.agreementId = AgreementMatcher::match(data.agreements, wanted, path).id;
        if (cl.has(QStringLiteral("from"))) // the changes' earlier agreement
            options.recordId =
                AgreementMatcher::match(data.agreements, cl.value(QStringLiteral("from")), path).id;
    } else if (options.kind == documents::DocumentKind::MeasurePlan)
        options.recordId = planId(data.measurePlans, wanted, path);
    else
        options.recordId = editionId(data.situationPictures, wanted, path);
    options.clock = &file->clock();

    out << writeDocument(data, options, output, odt) << Qt::endl;
    return 0;
}

} // namespace samverka::cli
