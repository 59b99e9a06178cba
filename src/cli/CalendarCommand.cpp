#include "CalendarCommand.h"

#include "AgreementMatcher.h"
#include "CliSupport.h"
#include "CommandLine.h"

#include "CalendarBuilder.h"
#include "CalendarExporter.h"
#include "DocumentError.h"

#include "Clock.h"
#include "Translations.h"

#include <QCoreApplication>

namespace samverka::cli {

QString CalendarCommand::help() const
{
    return QCoreApplication::translate(
        "samverka::cli::CliSupport",
        "Usage: samverka-cli calendar FILE.samverka [--agreement ID] --output OUT.ics "
        "[--include-confidential]\n"
        "Writes the dates of the municipality file as an iCalendar file (RFC 5545) in "
        "Swedish: follow-ups, the measures' start and end, meetings, the reports the "
        "follow-up plan makes due, the situation picture's next update and the measure "
        "plan's follow-up dates; with --agreement, only that agreement's. Each event keeps "
        "its UID from one export to the next, so a calendar that imports the file again "
        "updates its entries. Confidential measures are left out unless "
        "--include-confidential is given; then they are marked.");
}

int CalendarCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args, {QStringLiteral("agreement"), QStringLiteral("output")},
                         {QStringLiteral("include-confidential")});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    const QString output = cl.required(QStringLiteral("output"));
    if (cl.positional().size() > 1)
        throw CliError{CliError::UserError, QCoreApplication::translate("samverka::cli::CliSupport",
                                                                        "Unexpected argument “%1”.")
                                                .arg(cl.positional().at(1))};
    if (cl.has(QStringLiteral("agreement")) && cl.value(QStringLiteral("agreement")).isEmpty())
        throw CliError{CliError::UserError, QCoreApplication::translate(
                                                "samverka::cli::CliSupport",
                                                "--agreement needs an agreement's id or title.")};

    auto file = CliSupport::open(path, CliSupport::Access::Read, err);
    const core::MunicipalityData data = file->loadAll();
    core::CalendarOptions options;
    if (cl.has(QStringLiteral("agreement")))
        options.agreementId =
            AgreementMatcher::match(data.agreements, cl.value(QStringLiteral("agreement")), path)
                .id;
    options.includeConfidential = cl.has(QStringLiteral("include-confidential"));
    options.clock = &file->clock();

    // The calendar is Swedish whatever the terminal's language, as the PDFs are; a failure
    // to write it is told in the terminal's.
    QByteArray ics;
    int events = 0;
    {
        const auto swedish = core::Translations::install(QLocale::Swedish);
        const core::Calendar calendar = core::CalendarBuilder::build(data, options);
        ics = documents::CalendarExporter::toIcs(calendar, file->clock().now());
        events = int(calendar.events.size());
    }
    try {
        documents::CalendarExporter::writeFile(ics, output);
    } catch (const documents::DocumentError &error) {
        throw CliError{CliError::UserError, error.message()};
    }
    // Swedish and English both have one singular: no numerus forms needed.
    out << (events == 1
                ? QCoreApplication::translate("samverka::cli::CliSupport", "Wrote %1 (1 event).")
                      .arg(output)
                : QCoreApplication::translate("samverka::cli::CliSupport", "Wrote %1 (%2 events).")
                      .arg(output)
                      .arg(events))
        << Qt::endl;
    return 0;
}

} // namespace samverka::cli
