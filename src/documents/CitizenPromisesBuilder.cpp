#include "CitizenPromisesBuilder.h"

#include "SignatureBlockWriter.h"
#include "TextStyles.h"

#include "EnumLabels.h"

namespace samverka::documents {

QList<const core::CitizenPromiseSet *> CitizenPromisesBuilder::sets(const DocumentContext &context)
{
    QList<const core::CitizenPromiseSet *> result;
    for (const core::CitizenPromiseSet &s : context.data().citizenPromiseSets)
        if (s.agreement == context.agreement().id)
            result.append(&s);
    return result;
}

void CitizenPromisesBuilder::build(DocumentComposer &composer, const DocumentContext &context)
{
    const auto promiseSets = sets(context);
    if (promiseSets.isEmpty()) {
        composer.title(tr("Citizen promises"));
        composer.subtitle(context.agreement().title);
        composer.note(tr("The agreement has no citizen promises yet."));
        return;
    }
    bool first = true;
    for (const core::CitizenPromiseSet *set : promiseSets) {
        if (!first)
            composer.pageBreak();
        first = false;
        QString years;
        if (set->fromYear && set->toYear && *set->fromYear != *set->toYear)
            years = QStringLiteral("%1–%2").arg(*set->fromYear).arg(*set->toYear);
        else if (set->fromYear || set->toYear)
            years = QString::number(set->fromYear ? *set->fromYear : *set->toYear);
        const QString title = set->title.trimmed().isEmpty()
                                  ? tr("Citizen promises %1").arg(years).trimmed()
                                  : set->title.trimmed();
        composer.styledParagraph(tr("Citizen promises").toUpper(), TextStyles::label());
        composer.title(title);
        if (!years.isEmpty() && !title.contains(years))
            composer.subtitle(years);
        if (!set->preamble.trimmed().isEmpty())
            composer.paragraph(set->preamble.trimmed());
        composer.spacer(6);

        int number = 0;
        for (const core::CitizenPromise &promise : set->promises) {
            if (promise.text.trimmed().isEmpty())
                continue;
            ++number;
            QTextCharFormat numberFormat = TextStyles::heading(2);
            QTextBlockFormat block = TextStyles::bodyBlock();
            block.setTopMargin(8);
            block.setBottomMargin(2);
            block.setIndent(0);
            composer.styledParagraph(QString(), TextStyles::body());
            composer.cursor().setBlockFormat(block);
            composer.cursor().insertText(QStringLiteral("%1  ").arg(number), numberFormat);
            QTextCharFormat promiseFormat = TextStyles::body();
            promiseFormat.setFontPointSize(11.5);
            composer.cursor().insertText(promise.text.trimmed(), promiseFormat);
            if (!promise.responsible.isEmpty())
                composer.note(tr("Responsible: %1").arg(context.partyNames(promise.responsible)));
        }

        QStringList basis;
        for (core::PromiseBasis b : set->basis)
            basis.append(core::EnumLabels::label(b).toLower());
        if (!basis.isEmpty()) {
            composer.spacer(6);
            composer.note(
                tr("The promises are based on: %1.").arg(basis.join(QStringLiteral(", "))));
        }
        if (!set->signatures.isEmpty())
            SignatureBlockWriter::write(composer, context, set->signatures);
    }
}

} // namespace samverka::documents
