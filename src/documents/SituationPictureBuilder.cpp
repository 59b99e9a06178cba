#include "SituationPictureBuilder.h"

#include "DocumentError.h"
#include "LawDocumentDecoration.h"
#include "SituationChangesWriter.h"
#include "SituationMappingWriter.h"
#include "TextStyles.h"

#include "EnumLabels.h"
#include "statistics/SituationMappingJson.h"

namespace samverka::documents {

namespace {

bool hasText(const QString &s)
{
    return !s.trimmed().isEmpty();
}

template <typename E> QString labels(const QList<E> &values)
{
    QStringList words;
    for (E v : values)
        words.append(core::EnumLabels::label(v));
    return words.join(QStringLiteral(", "));
}

QTextCharFormat confidentialMark()
{
    QTextCharFormat f = TextStyles::label();
    f.setForeground(TextStyles::warning);
    return f;
}

QString yearsText(const core::SituationPicture &p)
{
    if (p.fromYear && p.toYear)
        return *p.fromYear == *p.toYear ? QString::number(*p.fromYear)
                                        : QStringLiteral("%1–%2").arg(*p.fromYear).arg(*p.toYear);
    return {};
}

} // namespace

const core::SituationPicture &SituationPictureBuilder::edition(const DocumentContext &context)
{
    const QList<core::SituationPicture> &editions = context.data().situationPictures;
    const QString &id = context.options().recordId;
    if (id.isEmpty()) {
        if (editions.isEmpty())
            throw DocumentError(tr("The file has no situation picture."));
        return editions.constLast();
    }
    for (const core::SituationPicture &p : editions)
        if (p.id == id)
            return p;
    throw DocumentError(tr("Unknown situation picture: %1").arg(id));
}

const core::SituationPicture *
SituationPictureBuilder::previous(const DocumentContext &context,
                                  const core::SituationPicture &picture)
{
    const QList<core::SituationPicture> &editions = context.data().situationPictures;
    for (qsizetype i = 1; i < editions.size(); ++i)
        if (editions.at(i).id == picture.id)
            return &editions.at(i - 1);
    return nullptr;
}

core::SituationMappingResult SituationPictureBuilder::mapping(const DocumentContext &context,
                                                              const core::SituationPicture &p)
{
    return core::SituationMapping::ofEdition(context.data(), p);
}

core::SituationMappingResult SituationPictureBuilder::shownMapping(const DocumentContext &context,
                                                                   const core::SituationPicture &p,
                                                                   QString &note)
{
    core::SituationMappingResult now = mapping(context, p);
    note.clear();
    if (p.status != core::SituationStatus::Adopted)
        return now; // a draft shows the data as they are
    if (p.mappingSnapshot.isEmpty()) {
        note = tr("The numbers of the day the situation picture was adopted were not kept (it "
                  "was adopted in an older version of Samverka): these are the file's numbers "
                  "now.");
        return now;
    }
    const std::optional<core::SituationMappingSnapshot> kept =
        core::SituationMappingJson::fromText(p.mappingSnapshot);
    if (!kept) {
        note = tr("The numbers kept when the situation picture was adopted cannot be read: "
                  "these are the file's numbers now.");
        return now;
    }
    note = tr("The numbers are those of %1, when the situation picture was marked as adopted.")
               .arg(DocumentContext::date(kept->takenOn));
    if (!core::SituationMappingJson::sameNumbers(kept->mapping, now))
        note += QLatin1Char(' ') +
                tr("The file has newer or changed statistics since; they are not shown here.");
    return kept->mapping;
}

void SituationPictureBuilder::writeCover(DocumentComposer &composer, const DocumentContext &context,
                                         const core::SituationPicture &p)
{
    // The logo, when there is one, already stands above (DocumentBuilder).
    composer.spacer(context.logo().isNull() ? 110 : 40);
    //: sv: LÄGESBILD
    composer.styledParagraph(tr("Situation picture").toUpper(), TextStyles::label());
    composer.title(p.title);
    const QString municipality = context.data().municipality.name.trimmed();
    //: sv: Lägesbild över brottsligheten i %1 enligt lagen (2023:196) om kommuners ansvar för
    //: brottsförebyggande arbete
    composer.subtitle(municipality.isEmpty()
                          ? tr("The crime in the municipality, under the Act (2023:196) on the "
                               "municipalities' responsibility for crime prevention")
                          : tr("The crime in %1, under the Act (2023:196) on the "
                               "municipalities' responsibility for crime prevention")
                                .arg(municipality));
    composer.spacer(24);
    QString decided = p.decidedBy.trimmed();
    if (p.decidedOn.isValid())
        decided = decided.isEmpty() ? DocumentContext::date(p.decidedOn)
                                    : tr("%1, %2").arg(decided, DocumentContext::date(p.decidedOn));
    if (hasText(p.decisionParagraph))
        decided = decided.isEmpty() ? p.decisionParagraph.trimmed()
                                    : tr("%1, %2").arg(decided, p.decisionParagraph.trimmed());
    composer.fields({{tr("Date"), DocumentContext::date(p.date)},
                     {tr("Years covered"), yearsText(p)},
                     {tr("Made by"), p.madeBy.trimmed()},
                     {tr("Participants"), p.participants.trimmed()},
                     {tr("Status"), core::EnumLabels::label(p.status)},
                     {tr("Decided by"), decided},
                     {tr("Diary number"), p.diaryNumber.trimmed()},
                     {tr("Next update"), DocumentContext::date(p.nextUpdate)}});
}

void SituationPictureBuilder::writeOtherInformation(DocumentComposer &composer,
                                                    const DocumentContext &context,
                                                    const core::SituationPicture &p)
{
    //: sv: 2. Annan information
    composer.heading(1, tr("2. Other information"), true, true);
    bool any = false;
    bool leftOut = false;
    for (const core::SituationSection &s : p.sections) {
        if (s.confidential && !context.options().includeConfidential) {
            leftOut = true;
            continue;
        }
        any = true;
        composer.heading(2, s.title.trimmed().isEmpty() ? tr("Untitled") : s.title.trimmed());
        if (s.confidential) {
            context.noteConfidentialPrinted();
            composer.styledParagraph(tr("Confidential"), confidentialMark());
        }
        composer.fields(
            {{tr("Source"), s.source.trimmed()}, {tr("Date"), DocumentContext::date(s.date)}});
        if (hasText(s.text))
            composer.paragraph(s.text.trimmed());
    }
    if (!any)
        composer.note(tr("The situation picture has no other information."));
    if (leftOut)
        composer.note(tr("Information covered by secrecy is left out of this copy."));
}

void SituationPictureBuilder::writeProblem(DocumentComposer &composer,
                                           const DocumentContext &context,
                                           const core::SituationProblem &p, int number)
{
    composer.heading(2, tr("Problem %1: %2").arg(number).arg(p.title.trimmed()));
    if (p.confidential) {
        context.noteConfidentialPrinted();
        composer.styledParagraph(tr("Confidential"), confidentialMark());
    }
    if (hasText(p.description))
        composer.paragraph(p.description.trimmed());
    //: sv: Skäl att prioritera
    composer.fields({{tr("Place"), p.place.trimmed()},
                     {tr("Time pattern"), p.timePattern.trimmed()},
                     {tr("Sources"), labels(p.sources)},
                     {tr("Reasons to choose it"), labels(p.criteria)}});
}

void SituationPictureBuilder::writeAnalysis(DocumentComposer &composer,
                                            const DocumentContext &context,
                                            const core::SituationPicture &p)
{
    //: sv: 3. Analys
    composer.heading(1, tr("3. Analysis"), true, true);
    if (hasText(p.analysis))
        composer.paragraph(p.analysis.trimmed());
    else
        composer.note(tr("The analysis is not written yet."));
    int number = 0;
    bool leftOut = false;
    for (const core::SituationProblem &problem : p.problems) {
        ++number; // stable whatever is left out, as in the agreement
        if (problem.confidential && !context.options().includeConfidential) {
            leftOut = true;
            continue;
        }
        writeProblem(composer, context, problem, number);
    }
    if (leftOut)
        composer.note(tr("Problems covered by secrecy are left out of this copy."));
}

void SituationPictureBuilder::build(DocumentComposer &composer, const DocumentContext &context)
{
    const core::SituationPicture &p = edition(context);
    writeCover(composer, context, p);
    const QTextCursor contentsAt = composer.beginContents(tr("Contents"));
    //: sv: 1. Kartläggning av brottsligheten
    composer.heading(1, tr("1. Mapping of the crime"), true, true);
    QString note;
    const core::SituationMappingResult numbers = shownMapping(context, p, note);
    if (!note.isEmpty())
        composer.note(note);
    SituationMappingWriter::write(composer, context, p, numbers);
    writeOtherInformation(composer, context, p);
    writeAnalysis(composer, context, p);
    if (const core::SituationPicture *before = previous(context, p))
        SituationChangesWriter::write(composer, context, *before, p);
    composer.writeContents(contentsAt);
}

void SituationPictureBuilder::decorate(const DocumentContext &context, BuiltDocument &built)
{
    const core::SituationPicture &p = edition(context);
    LawDocumentDecoration::apply(built, tr("Situation picture"), p.title, p.diaryNumber,
                                 p.status != core::SituationStatus::Adopted,
                                 context.confidentialPrinted());
}

} // namespace samverka::documents
