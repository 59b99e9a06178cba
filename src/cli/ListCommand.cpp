#include "ListCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include <algorithm>

namespace samverka::cli {

QString ListCommand::help() const
{
    return CliSupport::tr("Usage: samverka-cli list FILE.samverka\n"
                          "One line per agreement, tab-separated: id, status, valid from (or -), "
                          "valid to (or -), title; sorted by valid from, then title.");
}

int ListCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args, {}, {});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    auto file = CliSupport::open(path, CliSupport::Access::Read, err);
    auto agreements = file->agreements();
    // Agreements without a start date (valid from signing) sort after dated ones.
    std::stable_sort(agreements.begin(), agreements.end(), [](const auto &a, const auto &b) {
        if (a.validFrom.isValid() != b.validFrom.isValid())
            return a.validFrom.isValid();
        if (a.validFrom != b.validFrom)
            return a.validFrom < b.validFrom;
        return a.title.compare(b.title) < 0;
    });
    const auto dateOrDash = [](const QDate &date) {
        return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
    };
    for (const auto &agreement : std::as_const(agreements)) {
        QString title = agreement.title;
        title.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        out << agreement.id << '\t' << core::toWord(agreement.status) << '\t'
            << dateOrDash(agreement.validFrom) << '\t' << dateOrDash(agreement.validTo) << '\t'
            << title << Qt::endl;
    }
    return 0;
}

} // namespace samverka::cli
