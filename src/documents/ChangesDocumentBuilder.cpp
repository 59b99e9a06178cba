#include "ChangesDocumentBuilder.h"

#include "DocumentError.h"
#include "TextStyles.h"

#include "AgreementComparer.h"
#include "DiffLabels.h"

namespace samverka::documents {

namespace {

QTextCharFormat removedFormat()
{
    QTextCharFormat f = TextStyles::body();
    f.setFontStrikeOut(true);
    f.setForeground(TextStyles::warning);
    return f;
}

QTextCharFormat insertedFormat()
{
    QTextCharFormat f = TextStyles::body();
    f.setFontUnderline(true);
    f.setForeground(QColor(0x17, 0x70, 0x3a));
    return f;
}

} // namespace

QString ChangesDocumentBuilder::earlierId(const DocumentContext &context)
{
    const QString asked = context.options().recordId;
    if (!asked.isEmpty())
        return context.data().findAgreement(asked) ? asked : QString();
    const QString replaces = context.agreement().replaces;
    return context.data().findAgreement(replaces) ? replaces : QString();
}

void ChangesDocumentBuilder::build(DocumentComposer &composer, const DocumentContext &context)
{
    const core::Agreement &later = context.agreement();
    const core::Agreement *earlier = context.data().findAgreement(earlierId(context));
    if (!earlier || earlier->id == later.id)
        throw DocumentError(
            tr("“%1” replaces no agreement in the file: name the one to compare it with.")
                .arg(later.title));
    const core::AgreementDiff diff =
        core::AgreementComparer(context.data()).compare(*earlier, later);

    composer.title(tr("Changes to the agreement"));
    composer.subtitle(later.title);
    composer.fields({{tr("Compared with"), earlier->title},
                     {tr("Date"), DocumentContext::date(context.today())}});
    if (diff.from.fingerprintBroken || diff.to.fingerprintBroken) {
        QTextCharFormat warning = TextStyles::bold();
        warning.setForeground(TextStyles::warning);
        composer.styledParagraph(tr("A signed agreement no longer matches its fingerprint: it is "
                                    "compared as it now stands, not as it was signed."),
                                 warning);
    }
    const bool confidential = context.options().includeConfidential;
    const QList<core::DiffItem> items = diff.visible(confidential);
    for (const core::DiffItem &item : items)
        if (item.confidential)
            context.noteConfidentialPrinted();
    if (items.isEmpty()) {
        composer.paragraph(tr("The two agreements have no differences."));
        return;
    }
    writeSummary(composer, items);
    composer.note(tr("Struck text was removed, underlined text added. A record marked "
                     "“matched by content” was recognised by its number, title or text, "
                     "not by where Revidera copied it from."));
    for (core::DiffSection section : core::AgreementDiff::sections()) {
        bool first = true;
        for (const core::DiffItem &item : items) {
            if (item.section != section)
                continue;
            if (first)
                composer.heading(2, core::DiffLabels::section(section), false);
            first = false;
            writeItem(composer, item);
        }
    }
}

void ChangesDocumentBuilder::writeSummary(DocumentComposer &composer,
                                          const QList<core::DiffItem> &items)
{
    const QList<core::DiffKind> kinds{core::DiffKind::Added, core::DiffKind::Removed,
                                      core::DiffKind::Changed, core::DiffKind::Moved};
    QStringList headers{tr("Section")};
    for (core::DiffKind kind : kinds)
        headers << core::DiffLabels::kind(kind);
    QList<QList<TableCell>> rows;
    for (core::DiffSection section : core::AgreementDiff::sections()) {
        QList<TableCell> row{core::DiffLabels::section(section)};
        int total = 0;
        for (core::DiffKind kind : kinds) {
            const int n = core::AgreementDiff::count(items, section, kind);
            total += n;
            row << TableCell(n > 0 ? QString::number(n) : QStringLiteral("–"));
        }
        if (total > 0)
            rows << row;
    }
    composer.heading(2, tr("Summary"), false);
    composer.table(headers, rows, {40, 15, 15, 15, 15});
}

void ChangesDocumentBuilder::writeItem(DocumentComposer &composer, const core::DiffItem &item)
{
    QList<QPair<QString, QTextCharFormat>> line{
        {core::DiffLabels::kind(item.kind) + QLatin1Char(' '), TextStyles::bold()},
        {item.label, TextStyles::body()}};
    if (item.isGuess())
        line.append({QStringLiteral(" (%1)").arg(tr("matched by content")), TextStyles::italic()});
    if (item.confidential) {
        QTextCharFormat secret = TextStyles::italic();
        secret.setForeground(TextStyles::warning);
        line.append({QStringLiteral(" (%1)").arg(tr("confidential")), secret});
    }
    composer.runs(line);
    for (const core::FieldDifference &field : item.fields)
        writeField(composer, field);
}

void ChangesDocumentBuilder::writeField(DocumentComposer &composer,
                                        const core::FieldDifference &field)
{
    QList<QPair<QString, QTextCharFormat>> parts{
        {core::DiffLabels::field(field.field) + QStringLiteral(": "), TextStyles::italic()}};
    if (!field.words.isEmpty()) {
        bool first = true;
        for (const core::WordRun &run : field.words) {
            if (!first)
                parts.append({QStringLiteral(" "), TextStyles::body()});
            first = false;
            const QTextCharFormat format =
                run.kind == core::WordRun::Kind::Removed    ? removedFormat()
                : run.kind == core::WordRun::Kind::Inserted ? insertedFormat()
                                                            : TextStyles::body();
            parts.append({run.text, format});
        }
    } else {
        const QString before = core::DiffLabels::value(field.before);
        const QString after = core::DiffLabels::value(field.after);
        //: sv: tomt
        const QString empty = tr("empty");
        // Struck before, underlined after, as in a text's change. No arrow: the bundled
        // font has none, and a fallback font would not be the document's own.
        parts.append({before.isEmpty() ? empty : before, removedFormat()});
        parts.append({QStringLiteral("  "), TextStyles::body()});
        parts.append({after.isEmpty() ? empty : after, insertedFormat()});
    }
    composer.runs(parts, 1);
}

} // namespace samverka::documents
