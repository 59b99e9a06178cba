#include "SignatureBlockWriter.h"

#include "TextStyles.h"

#include <QTextTable>

namespace samverka::documents {

namespace {

void writeBlock(QTextCursor cursor, const DocumentContext &context, const core::Signature &s)
{
    const core::Person *person = context.person(s.person);
    const QString name = !s.name.isEmpty() ? s.name : (person ? person->name : QString());
    const QString title = !s.title.isEmpty() ? s.title : (person ? person->title : QString());
    const QString party =
        context.partyName(!s.party.isEmpty() ? s.party : (person ? person->party : QString()));

    QTextBlockFormat block = TextStyles::cellBlock();
    cursor.setBlockFormat(block);
    //: sv: Ort och datum
    cursor.insertText(SignatureBlockWriter::tr("Place and date"), TextStyles::label());

    QTextBlockFormat value = block;
    value.setTopMargin(4);
    cursor.insertBlock(value);
    if (s.signed_ && (s.date.isValid() || !s.place.isEmpty())) {
        const QString placeDate =
            s.place.isEmpty() ? DocumentContext::date(s.date)
                              : QStringLiteral("%1 %2").arg(s.place, DocumentContext::date(s.date));
        cursor.insertText(placeDate.trimmed(), TextStyles::body());
    } else {
        cursor.insertText(QString(34, QLatin1Char('_')), TextStyles::small());
    }

    // Room for the handwritten signature.
    QTextBlockFormat line = block;
    line.setTopMargin(42);
    cursor.insertBlock(line);
    cursor.insertText(QString(34, QLatin1Char('_')), TextStyles::small());

    QTextBlockFormat text = block;
    text.setTopMargin(3);
    cursor.insertBlock(text);
    cursor.insertText(name, TextStyles::bold());
    for (const QString &extra : {title, party}) {
        if (extra.isEmpty())
            continue;
        cursor.insertBlock(block);
        cursor.insertText(extra, TextStyles::body());
    }
}

} // namespace

void SignatureBlockWriter::write(DocumentComposer &composer, const DocumentContext &context,
                                 const QList<core::Signature> &signatures)
{
    for (int i = 0; i < signatures.size(); i += 2) {
        composer.spacer(6);
        QTextTableFormat format = TextStyles::plainTableFormat();
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                          QTextLength(QTextLength::PercentageLength, 50)});
        format.setCellPadding(6);
        format.setBottomMargin(18);
        QTextTable *table = composer.insertTable(1, 2, format);
        writeBlock(table->cellAt(0, 0).firstCursorPosition(), context, signatures[i]);
        if (i + 1 < signatures.size())
            writeBlock(table->cellAt(0, 1).firstCursorPosition(), context, signatures[i + 1]);
        composer.keepTogether(table);
    }
}

} // namespace samverka::documents
