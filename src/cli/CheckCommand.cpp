#include "CheckCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include "Fingerprint.h"
#include "LawChecklist.h"
#include "MethodChecklist.h"

namespace samverka::cli {

namespace {
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

QString CheckCommand::help() const
{
    return CliSupport::tr(
        "Usage: samverka-cli check FILE.samverka [--strict]\n"
        "Prints one line on the file's integrity, then what the law (2023:196) asks of the "
        "municipality and is missing (agreement-id -), then the method checklist's findings "
        "of every unsigned agreement (agreement-id, record-id or -, code, message; "
        "tab-separated) and the fingerprint of every signed agreement with whether it "
        "matches.\n"
        "Exit 0 for a sound file; 2 for a damaged or foreign file or a fingerprint mismatch; "
        "with --strict, 3 when there are findings.");
}

int CheckCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args, {}, {QStringLiteral("strict")});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));

    std::unique_ptr<storage::MunicipalityFile> file;
    try {
        file = CliSupport::open(path, CliSupport::Access::Read, err);
    } catch (const CliError &error) {
        if (error.exitCode == CliError::DamagedFile)
            out << "integrity\tdamaged" << Qt::endl;
        throw;
    }
    const QString integrity = file->integrityCheck();
    if (integrity != QLatin1String("ok")) {
        out << "integrity\tdamaged" << Qt::endl;
        throw CliError{CliError::DamagedFile,
                       CliSupport::tr("%1: the file is damaged: %2").arg(path, oneLine(integrity))};
    }
    if (file->readOnlyReason() == storage::MunicipalityFile::ReadOnlyReason::NewerVersion) {
        out << "integrity\tok\tnewer-version" << Qt::endl;
        err << CliSupport::tr("%1: the file is from a newer version of Samverka (schema %2); it "
                              "was checked read-only.")
                   .arg(path)
                   .arg(file->schemaVersion())
            << Qt::endl;
        return 0;
    }
    out << "integrity\tok" << Qt::endl;
    if (file->isMigratedCopy()) {
        // The integrity line is the file's own; the checklist runs on the updated copy, so
        // the findings are complete and the output stays as for a current file.
        err << CliSupport::tr("%1: the file is from an older version of Samverka (schema %2); "
                              "it was checked as it will be once updated, without changing it.")
                   .arg(path)
                   .arg(file->schemaVersion())
            << Qt::endl;
    }

    int findings = 0;
    bool mismatch = false;
    // The municipality's own findings first: they concern no agreement.
    for (const auto &finding : core::LawChecklist::check(file->lawInput(), file->clock())) {
        ++findings;
        out << "-\t" << (finding.recordId.isEmpty() ? QStringLiteral("-") : finding.recordId)
            << '\t' << finding.code << '\t' << oneLine(finding.message) << Qt::endl;
    }
    for (const auto &agreement : file->agreements()) {
        if (agreement.isSigned()) {
            const bool matches = file->verifyFingerprint(agreement.id);
            mismatch = mismatch || !matches;
            out << agreement.id << "\t-\t" << (matches ? "fingerprint-ok" : "fingerprint-mismatch")
                << '\t' << core::Fingerprint::display(agreement.fingerprint) << Qt::endl;
            continue;
        }
        for (const auto &finding : core::MethodChecklist::check(agreement)) {
            ++findings;
            out << finding.agreementId << '\t'
                << (finding.recordId.isEmpty() ? QStringLiteral("-") : finding.recordId) << '\t'
                << finding.code << '\t' << oneLine(finding.message) << Qt::endl;
        }
    }
    if (mismatch) {
        err << CliSupport::tr("%1: a signed agreement no longer matches its fingerprint: its "
                              "content was changed after signing.")
                   .arg(path)
            << Qt::endl;
        return CliError::DamagedFile;
    }
    if (cl.has(QStringLiteral("strict")) && findings > 0)
        return CliError::StrictFindings;
    return 0;
}

} // namespace samverka::cli
