#include "PdfCommand.h"

#include "AgreementMatcher.h"
#include "CliSupport.h"
#include "CommandLine.h"

#include "DocumentError.h"
#include "PdfExporter.h"

#include "Translations.h"

namespace samverka::cli {

namespace {
struct Kind {
    const char *word;
    documents::DocumentKind kind;
};
constexpr Kind kinds[] = {{"agreement", documents::DocumentKind::Agreement},
                          {"action-plan", documents::DocumentKind::ActionPlan},
                          {"citizen-promises", documents::DocumentKind::CitizenPromises},
                          {"follow-up", documents::DocumentKind::FollowUp}};
} // namespace

QString PdfCommand::help() const
{
    return CliSupport::tr(
        "Usage: samverka-cli pdf FILE.samverka --agreement ID --document KIND --output OUT.pdf "
        "[--include-confidential]\n"
        "KIND is agreement, action-plan, citizen-promises or follow-up. Writes PDF/A-1b in "
        "Swedish with the font embedded. Confidential items are left out unless "
        "--include-confidential is given; then every page says so.");
}

int PdfCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(
        args, {QStringLiteral("agreement"), QStringLiteral("document"), QStringLiteral("output")},
        {QStringLiteral("include-confidential")});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    const QString wanted = cl.required(QStringLiteral("agreement"));
    const QString kindWord = cl.required(QStringLiteral("document"));
    const QString output = cl.required(QStringLiteral("output"));

    documents::DocumentOptions options;
    bool known = false;
    QStringList words;
    for (const auto &kind : kinds) {
        words << QString::fromLatin1(kind.word);
        if (kindWord == QLatin1String(kind.word)) {
            options.kind = kind.kind;
            known = true;
        }
    }
    if (!known)
        throw CliError{CliError::UserError,
                       CliSupport::tr("--document: “%1” is not a document kind; use one of %2.")
                           .arg(kindWord, words.join(QLatin1String(", ")))};
    options.includeConfidential = cl.has(QStringLiteral("include-confidential"));

    auto file = CliSupport::open(path, CliSupport::Access::Read, err);
    const core::MunicipalityData data = file->loadAll();
    options.agreementId = AgreementMatcher::match(data.agreements, wanted, path).id;
    options.clock = &file->clock();

    int pages = 0;
    try {
        // The documents are Swedish whatever the terminal's language.
        const auto swedish = core::Translations::install(QLocale::Swedish);
        pages = documents::PdfExporter::write(data, options, output);
    } catch (const documents::DocumentError &error) {
        throw CliError{CliError::UserError, QStringLiteral("%1: %2").arg(output, error.message())};
    }
    // Swedish and English both have one singular: no numerus forms needed.
    out << (pages == 1 ? CliSupport::tr("Wrote %1 (1 page).").arg(output)
                       : CliSupport::tr("Wrote %1 (%2 pages).").arg(output).arg(pages))
        << Qt::endl;
    return 0;
}

} // namespace samverka::cli
