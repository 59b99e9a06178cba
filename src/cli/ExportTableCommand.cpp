#include "ExportTableCommand.h"

#include "AgreementMatcher.h"
#include "CliSupport.h"
#include "CommandLine.h"

#include "DocumentError.h"
#include "TableExporter.h"

#include "Translations.h"

namespace samverka::cli {

namespace {

template <typename T> struct Word {
    const char *word;
    T value;
};
constexpr Word<documents::TableKind> tables[] = {{"action-plan", documents::TableKind::ActionPlan},
                                                 {"measures", documents::TableKind::Measures},
                                                 {"follow-ups", documents::TableKind::FollowUps},
                                                 {"statistics", documents::TableKind::Statistics}};
constexpr Word<documents::TableFormat> formats[] = {{"xlsx", documents::TableFormat::Xlsx},
                                                    {"csv", documents::TableFormat::Csv}};

// The value a word names; a CliError naming the option and the words it takes otherwise.
template <typename T, std::size_t N>
T parse(const Word<T> (&words)[N], const QString &option, const QString &given)
{
    QStringList known;
    for (const Word<T> &w : words) {
        if (given == QLatin1String(w.word))
            return w.value;
        known << QString::fromLatin1(w.word);
    }
    throw CliError{CliError::UserError,
                   //: sv: --%1: ”%2” är inte en av %3.
                   ExportTableCommand::tr("--%1: “%2” is not one of %3.")
                       .arg(option, given, known.join(QLatin1String(", ")))};
}

} // namespace

QString ExportTableCommand::help() const
{
    return tr("Usage: samverka-cli export-table FILE.samverka --agreement ID --table "
              "action-plan|measures|follow-ups --format xlsx|csv --output OUT "
              "[--include-confidential]\n"
              "       samverka-cli export-table FILE.samverka --table statistics --format "
              "xlsx|csv --output OUT\n"
              "Writes a table of the agreement in Swedish: action-plan is one sheet per focus "
              "area (Goal, Activity, When, Responsible), measures every measure with every "
              "field, follow-ups the follow-ups. statistics is the file's reported crimes by "
              "category and type, one sheet per year. xlsx is an Excel workbook; csv is UTF-8 "
              "with BOM, semicolons and decimal comma, and puts several sheets in one table "
              "(the action plan with a first column naming the focus area). Confidential items "
              "are left out unless --include-confidential is given; then they are marked.");
}

int ExportTableCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args,
                         {QStringLiteral("agreement"), QStringLiteral("table"),
                          QStringLiteral("format"), QStringLiteral("output")},
                         {QStringLiteral("include-confidential")});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    // Asked before the file is opened: a wrong command line is told first.
    documents::TableExportOptions options;
    options.table = parse(tables, QStringLiteral("table"), cl.required(QStringLiteral("table")));
    const bool ofAgreement = options.table != documents::TableKind::Statistics;
    const QString wanted = ofAgreement ? cl.required(QStringLiteral("agreement")) : QString();
    if (!ofAgreement && cl.has(QStringLiteral("agreement")))
        throw CliError{CliError::UserError,
                       //: sv: --agreement gäller inte statistics: statistiken är filens.
                       tr("--agreement does not apply to statistics: they are the file's.")};
    options.format =
        parse(formats, QStringLiteral("format"), cl.required(QStringLiteral("format")));
    const QString output = cl.required(QStringLiteral("output"));
    options.includeConfidential = cl.has(QStringLiteral("include-confidential"));

    auto file = CliSupport::open(path, CliSupport::Access::Read, err);
    const core::MunicipalityData data = file->loadAll();
    if (ofAgreement)
        options.agreementId = AgreementMatcher::match(data.agreements, wanted, path).id;
    options.clock = &file->clock();

    int rows = 0;
    try {
        QList<core::DataSheet> sheets;
        {
            // The tables are Swedish whatever the terminal's language, as the PDFs are; a
            // failure to write them is told in the terminal's language.
            const auto swedish = core::Translations::install(QLocale::Swedish);
            sheets = documents::TableExporter::build(data, options);
        }
        const core::Agreement *agreement = data.findAgreement(options.agreementId);
        rows = documents::TableExporter::write(
            sheets, options.format, output, agreement ? agreement->title : data.municipality.name);
    } catch (const documents::DocumentError &error) {
        throw CliError{CliError::UserError, error.message()};
    }
    // Swedish and English both have one singular: no numerus forms needed.
    out << (rows == 1 ? tr("Wrote %1 (1 row).").arg(output)
                      : tr("Wrote %1 (%2 rows).").arg(output).arg(rows))
        << Qt::endl;
    return 0;
}

} // namespace samverka::cli
