#include "DiffText.h"

#include "CliSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samverka::cli {

namespace {

using core::DiffKind;

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? CliSupport::tr("yes") : CliSupport::tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << valueText(v);
        return parts.join(QStringLiteral("; "));
    }
    default:
        break;
    }
    return QStringLiteral("—");
}

QString wordsText(const QList<core::WordRun> &runs)
{
    QStringList parts;
    for (const core::WordRun &run : runs) {
        switch (run.kind) {
        case core::WordRun::Kind::Same:
            parts << run.text;
            break;
        case core::WordRun::Kind::Removed:
            parts << QStringLiteral("[-%1-]").arg(run.text);
            break;
        case core::WordRun::Kind::Inserted:
            parts << QStringLiteral("{+%1+}").arg(run.text);
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString kindText(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Added:
        return CliSupport::tr("added");
    case DiffKind::Removed:
        return CliSupport::tr("removed");
    case DiffKind::Changed:
        return CliSupport::tr("changed");
    case DiffKind::Moved:
        break;
    }
    return CliSupport::tr("moved");
}

QString sideText(const core::DiffSide &side)
{
    return CliSupport::tr("“%1” (%2, %3)").arg(side.title, side.id, side.status);
}

QString brokenText(const core::DiffSide &side)
{
    return CliSupport::tr("Note: the signed agreement “%1” has been changed since it was signed "
                          "(its fingerprint no longer matches); it is compared as it now stands.")
        .arg(side.title);
}

} // namespace

QString DiffText::sectionName(core::DiffSection section)
{
    using S = core::DiffSection;
    switch (section) {
    case S::Agreement:
        return CliSupport::tr("Agreement and part 1");
    case S::Parties:
        return CliSupport::tr("Parties");
    case S::DiaryNumbers:
        return CliSupport::tr("Diary numbers");
    case S::FocusAreas:
        return CliSupport::tr("Focus areas");
    case S::Problems:
        return CliSupport::tr("Problems");
    case S::Causes:
        return CliSupport::tr("Causes");
    case S::Goals:
        return CliSupport::tr("Goals");
    case S::Measures:
        return CliSupport::tr("Measures");
    case S::CitizenPromises:
        break;
    }
    return CliSupport::tr("Citizen promises");
}

QString DiffText::write(const core::AgreementDiff &diff, bool includeConfidential)
{
    QStringList lines;
    for (const core::DiffSide *side : {&diff.from, &diff.to})
        if (side->fingerprintBroken)
            lines << brokenText(*side);
    lines << CliSupport::tr("From %1").arg(sideText(diff.from))
          << CliSupport::tr("To %1").arg(sideText(diff.to));
    const QList<core::DiffItem> items = diff.visible(includeConfidential);
    if (items.isEmpty())
        lines << CliSupport::tr("No differences.");
    const qsizetype leftOut = diff.items.size() - items.size();
    if (leftOut > 0)
        lines << QCoreApplication::translate("samverka::cli::CliSupport",
                                             "%n confidential difference(s) left out; "
                                             "--include-confidential shows them.",
                                             nullptr, int(leftOut));
    for (core::DiffSection section : core::AgreementDiff::sections()) {
        QStringList counts;
        for (DiffKind kind :
             {DiffKind::Added, DiffKind::Removed, DiffKind::Changed, DiffKind::Moved}) {
            const int n = core::AgreementDiff::count(items, section, kind);
            if (n > 0)
                counts << QStringLiteral("%1 %2").arg(n).arg(kindText(kind));
        }
        if (counts.isEmpty())
            continue;
        lines << QString()
              << QStringLiteral("%1: %2").arg(sectionName(section),
                                              counts.join(QStringLiteral(", ")));
        for (const core::DiffItem &item : items) {
            if (item.section != section)
                continue;
            QString head = QStringLiteral("  %1: %2").arg(kindText(item.kind), item.label);
            if (item.isGuess())
                head += CliSupport::tr(" (matched by content, a guess)");
            if (item.confidential)
                head += CliSupport::tr(" [confidential]");
            lines << head;
            for (const core::FieldDifference &d : item.fields) {
                const QString change =
                    d.words.isEmpty()
                        ? QStringLiteral("%1 → %2").arg(valueText(d.before), valueText(d.after))
                        : wordsText(d.words);
                lines << QStringLiteral("    %1: %2").arg(d.field, change);
            }
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace samverka::cli
