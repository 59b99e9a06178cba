#include "MeasurePlanBuilder.h"

#include "DocumentError.h"
#include "LawDocumentDecoration.h"
#include "PlanDocumentRows.h"
#include "PlanFollowUpWriter.h"
#include "PlanTableWriter.h"
#include "TextStyles.h"

#include "EnumLabels.h"

namespace samverka::documents {

namespace {

bool hasText(const QString &s)
{
    return !s.trimmed().isEmpty();
}

QString period(const core::MeasurePlan &p)
{
    if (!p.validFrom.isValid() && !p.validTo.isValid())
        return {};
    return QStringLiteral("%1 – %2").arg(DocumentContext::date(p.validFrom),
                                         DocumentContext::date(p.validTo));
}

} // namespace

const core::MeasurePlan &MeasurePlanBuilder::plan(const DocumentContext &context)
{
    const QList<core::MeasurePlan> &plans = context.data().measurePlans;
    const QString &id = context.options().recordId;
    if (id.isEmpty()) {
        if (plans.isEmpty())
            throw DocumentError(tr("The file has no measure plan."));
        return plans.constLast();
    }
    for (const core::MeasurePlan &p : plans)
        if (p.id == id)
            return p;
    throw DocumentError(tr("Unknown measure plan: %1").arg(id));
}

const core::SituationPicture *MeasurePlanBuilder::basis(const DocumentContext &context,
                                                        const core::MeasurePlan &plan)
{
    if (plan.situationPicture.isEmpty())
        return nullptr;
    for (const core::SituationPicture &p : context.data().situationPictures)
        if (p.id == plan.situationPicture)
            return &p;
    return nullptr;
}

QString MeasurePlanBuilder::basisText(const DocumentContext &context, const core::MeasurePlan &plan)
{
    const core::SituationPicture *p = basis(context, plan);
    if (!p)
        return plan.situationPicture.isEmpty()
                   //: sv: Ingen lägesbild är kopplad till planen
                   ? tr("No situation picture is linked to the plan")
                   : tr("A situation picture that is no longer in the file (%1)")
                         .arg(plan.situationPicture);
    const QString title = p->title.trimmed();
    if (p->status != core::SituationStatus::Adopted)
        //: sv: %1 (utkast, inte fastställd)
        return tr("%1 (a draft, not adopted)").arg(title);
    if (!p->decidedOn.isValid())
        return tr("%1 (adopted)").arg(title);
    //: sv: %1 (fastställd %2)
    return tr("%1 (adopted %2)").arg(title, DocumentContext::date(p->decidedOn));
}

void MeasurePlanBuilder::writeCover(DocumentComposer &composer, const DocumentContext &context,
                                    const core::MeasurePlan &p)
{
    // A landscape page is low: the fields must fit below the title (and the logo).
    composer.spacer(context.logo().isNull() ? 40 : 8);
    //: sv: ÅTGÄRDSPLAN
    composer.styledParagraph(tr("Measure plan").toUpper(), TextStyles::label());
    composer.title(p.title.trimmed().isEmpty() ? tr("Measure plan") : p.title.trimmed());
    const QString municipality = context.data().municipality.name.trimmed();
    //: sv: Brottsförebyggande åtgärder i %1 enligt lagen (2023:196) om kommuners ansvar för
    //: brottsförebyggande arbete
    composer.subtitle(municipality.isEmpty()
                          ? tr("Crime prevention measures in the municipality, under the Act "
                               "(2023:196) on the municipalities' responsibility for crime "
                               "prevention")
                          : tr("Crime prevention measures in %1, under the Act (2023:196) on "
                               "the municipalities' responsibility for crime prevention")
                                .arg(municipality));
    composer.spacer(12);
    QStringList decision;
    for (const QString &part :
         {p.decidedBy.trimmed(), DocumentContext::date(p.decidedOn), p.decisionParagraph.trimmed()})
        if (!part.isEmpty())
            decision << part;
    QStringList followUps;
    for (const core::PlanFollowUpDate &f : p.followUpDates)
        followUps << (hasText(f.note) ? tr("%1 (%2)", "date (note)")
                                            .arg(DocumentContext::date(f.date), f.note.trimmed())
                                      : DocumentContext::date(f.date));
    //: sv: Giltighetstid, Status, Beslutad av, Diarienummer, Grundad på, Uppföljning
    composer.fields({{tr("Valid"), period(p)},
                     {tr("Status"), core::EnumLabels::label(p.status)},
                     {tr("Decided by"), decision.join(QStringLiteral(", "))},
                     {tr("Diary number"), p.diaryNumber.trimmed()},
                     {tr("Based on"), basisText(context, p)},
                     {tr("Follow-up"), followUps.join(QLatin1Char('\n'))}});
}

void MeasurePlanBuilder::writeProblems(DocumentComposer &composer, const DocumentContext &context,
                                       const core::SituationPicture &picture)
{
    QList<QPair<QString, QString>> problems;
    bool leftOut = false;
    for (int i = 0; i < picture.problems.size(); ++i) {
        const core::SituationProblem &problem = picture.problems.at(i);
        if (problem.confidential && !context.options().includeConfidential) {
            leftOut = true; // numbered all the same, as in the Orsak column
            continue;
        }
        QString title = problem.title.trimmed();
        if (problem.confidential) {
            context.noteConfidentialPrinted();
            title = tr("%1 (confidential)").arg(title);
        }
        problems.append({tr("Problem %1").arg(i + 1), title});
    }
    if (problems.isEmpty() && !leftOut)
        return;
    //: sv: Lägesbildens problem
    composer.heading(2, tr("The situation picture's problems"));
    composer.fields(problems);
    if (leftOut)
        composer.note(tr("Problems covered by secrecy are left out of this copy."));
}

void MeasurePlanBuilder::writeBackground(DocumentComposer &composer, const DocumentContext &context,
                                         const core::MeasurePlan &p)
{
    //: sv: 1. Bakgrund
    composer.heading(1, tr("1. Background"), true, true);
    if (hasText(p.background))
        composer.paragraph(p.background.trimmed());
    else
        composer.note(tr("The plan's background is not written yet."));
    const core::SituationPicture *picture = basis(context, p);
    if (!picture) {
        composer.paragraph(
            p.situationPicture.isEmpty()
                ? tr("The plan is not linked to a situation picture. The law asks that it be "
                     "based on the municipality's situation picture.")
                : tr("The situation picture the plan was based on (%1) is no longer in the "
                     "file.")
                      .arg(p.situationPicture));
        return;
    }
    QString sentence =
        tr("The plan is based on the situation picture “%1”").arg(picture->title.trimmed());
    if (picture->status == core::SituationStatus::Adopted && picture->decidedOn.isValid())
        sentence =
            hasText(picture->decidedBy)
                ? tr("%1, adopted by %2 on %3", "situation picture, by body, on date")
                      .arg(sentence, picture->decidedBy.trimmed(),
                           DocumentContext::date(picture->decidedOn))
                : tr("%1, adopted on %2").arg(sentence, DocumentContext::date(picture->decidedOn));
    else if (picture->status != core::SituationStatus::Adopted)
        sentence = tr("%1, which is a draft and not adopted").arg(sentence);
    composer.paragraph(sentence + QLatin1Char('.'));
    writeProblems(composer, context, *picture);
}

void MeasurePlanBuilder::build(DocumentComposer &composer, const DocumentContext &context)
{
    const core::MeasurePlan &p = plan(context);
    const PlanDocumentRows rows(context, p);
    writeCover(composer, context, p);
    const QTextCursor contentsAt = composer.beginContents(tr("Contents"));
    writeBackground(composer, context, p);

    //: sv: 2. Åtgärder
    composer.heading(1, tr("2. Measures"), true, true);
    if (!p.rows.isEmpty())
        composer.note(tr("One row per measure, in Brå's template. Cause: the causes in the "
                         "agreement with the police (“Cause 1.2”) or the problems of the "
                         "situation picture (“Problem 3”) the measure is aimed at. Follow-up: "
                         "the latest rating, green, yellow or red."));
    PlanTableWriter::write(composer, rows);
    if (p.rows.isEmpty())
        composer.note(tr("The plan has no measures yet."));
    if (rows.rowsLeftOut())
        composer.note(tr("Measures covered by secrecy are left out of this copy."));
    if (rows.causesLeftOut())
        composer.note(tr("Causes covered by secrecy are left out of this copy."));

    PlanFollowUpWriter::write(composer, context, p, rows);
    composer.writeContents(contentsAt);
}

void MeasurePlanBuilder::decorate(const DocumentContext &context, BuiltDocument &built)
{
    const core::MeasurePlan &p = plan(context);
    LawDocumentDecoration::apply(built, tr("Measure plan"), p.title, p.diaryNumber,
                                 p.status != core::PlanStatus::Decided,
                                 context.confidentialPrinted());
}

} // namespace samverka::documents
