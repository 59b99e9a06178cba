#include "AgreementDocumentBuilder.h"

#include "ActionPlanBuilder.h"
#include "ProblemPictureBuilder.h"
#include "SignatureBlockWriter.h"
#include "TextStyles.h"

#include "EnumLabels.h"

#include <QRegularExpression>
#include <QTextTable>

namespace samverka::documents {

namespace {

bool hasText(const QString &s)
{
    return !s.trimmed().isEmpty();
}

QString frequencyText(int months)
{
    switch (months) {
    case 1:
        return AgreementDocumentBuilder::tr("every month");
    case 3:
        return AgreementDocumentBuilder::tr("four times a year");
    case 6:
        return AgreementDocumentBuilder::tr("twice a year");
    case 12:
        return AgreementDocumentBuilder::tr("once a year");
    default:
        return AgreementDocumentBuilder::tr("every %n months", nullptr, months);
    }
}

QString goalSummary(const core::Goal &g)
{
    QStringList parts;
    if (hasText(g.indicator))
        parts.append(AgreementDocumentBuilder::tr("indicator: %1").arg(g.indicator.trimmed()));
    if (g.baseline.value)
        parts.append(AgreementDocumentBuilder::tr("baseline %1")
                         .arg(DocumentContext::valueWithUnit(g.baseline.value, g.unit)));
    if (g.target.value) {
        QString target = AgreementDocumentBuilder::tr("target %1")
                             .arg(DocumentContext::valueWithUnit(g.target.value, g.unit));
        if (g.target.date.isValid())
            target = AgreementDocumentBuilder::tr("%1 by %2")
                         .arg(target, DocumentContext::date(g.target.date));
        parts.append(target);
    }
    return parts.join(QStringLiteral("; "));
}

/// The cover's title, with a trailing year range ("2025–2027") on a line of its own when
/// the title is long: a line break after the dash ("2025–" / "2027") reads badly, and
/// the large cover type would wrap there.
QString coverTitle(const QString &title)
{
    static const QRegularExpression range(
        QStringLiteral("^(.{20,}\\S)\\s+(\\d{4}\\s*[–-]\\s*\\d{4})$"));
    const QRegularExpressionMatch m = range.match(title.trimmed());
    if (!m.hasMatch())
        return title;
    return m.captured(1) + QChar(QChar::LineSeparator) + m.captured(2);
}

} // namespace

void AgreementDocumentBuilder::writeCover(DocumentComposer &composer,
                                          const DocumentContext &context)
{
    const core::Agreement &a = context.agreement();
    // The logo, when there is one, already stands above (DocumentBuilder).
    composer.spacer(context.logo().isNull() ? 110 : 40);
    composer.styledParagraph(tr("Collaboration agreement").toUpper(), TextStyles::label());
    composer.title(coverTitle(a.title));
    composer.subtitle(tr("between %1").arg(context.partyNames(a.parties)));
    composer.spacer(24);

    QStringList diary;
    for (const core::DiaryNumber &d : a.diaryNumbers)
        if (hasText(d.number))
            diary.append(
                QStringLiteral("%1: %2").arg(context.partyName(d.party), d.number.trimmed()));
    QString replaces;
    if (const core::Agreement *old = context.data().findAgreement(a.replaces))
        replaces = old->title;
    QString decided = a.decidedBy.trimmed();
    if (a.decidedOn.isValid())
        decided = decided.isEmpty() ? DocumentContext::date(a.decidedOn)
                                    : tr("%1, %2").arg(decided, DocumentContext::date(a.decidedOn));
    QString status = core::EnumLabels::label(a.status);
    if (const core::Signature *s = context.signing()) {
        const QString where =
            QStringLiteral("%1 %2").arg(s->place, DocumentContext::date(s->date)).trimmed();
        status = tr("%1 (%2)", "status (place and date of signing)").arg(status, where);
    }
    // The parties are in the subtitle just above.
    composer.fields({{tr("Period"), context.periodText()},
                     {tr("Diary numbers"), diary.join(QLatin1Char('\n'))},
                     {tr("Status"), status},
                     {tr("Replaces"), replaces},
                     {tr("Decided by"), decided}});
}

void AgreementDocumentBuilder::writeCommitments(DocumentComposer &composer,
                                                const DocumentContext &context,
                                                const QList<core::Commitment> &commitments,
                                                int level)
{
    // Grouped per party in the order the parties first appear.
    QStringList parties;
    for (const core::Commitment &c : commitments)
        if (!parties.contains(c.party) && hasText(c.text))
            parties.append(c.party);
    for (const QString &party : parties) {
        composer.heading(level,
                         tr("%1 commits to", "a party's commitments").arg(context.partyName(party)),
                         false);
        QStringList items;
        for (const core::Commitment &c : commitments)
            if (c.party == party && hasText(c.text))
                items.append(c.text.trimmed());
        composer.bullets(items);
    }
}

void AgreementDocumentBuilder::writeOrganisation(DocumentComposer &composer,
                                                 const DocumentContext &context)
{
    const core::Part1 &p = context.agreement().part1;
    if (!p.groups.isEmpty()) {
        composer.heading(2, tr("Organisation"));
        for (const core::Group &g : p.groups) {
            const QString kind = core::EnumLabels::label(g.kind);
            const QString name = hasText(g.name) && g.name.trimmed() != kind
                                     ? tr("%1: %2", "group kind: name").arg(kind, g.name.trimmed())
                                     : kind;
            composer.heading(3, name, false);
            if (hasText(g.meetingFrequency))
                //: sv: Träffas
                composer.labelled(tr("Meets"), g.meetingFrequency.trimmed());
            QList<QList<TableCell>> rows;
            for (const core::GroupMember &m : g.members) {
                const core::Person *person = context.person(m.person);
                rows.append({TableCell(person ? person->name : m.person),
                             TableCell(person ? person->title : QString()),
                             TableCell(person ? context.partyName(person->party) : QString()),
                             TableCell(m.role)});
            }
            if (!rows.isEmpty())
                composer.table({tr("Name"), tr("Title"), tr("Party"), tr("Role")}, rows,
                               {28, 28, 24, 20});
        }
    }
    if (!p.coordinators.isEmpty()) {
        composer.heading(2, tr("Coordinators"));
        QList<QList<TableCell>> rows;
        for (const core::Coordinator &c : p.coordinators) {
            const core::Person *person = context.person(c.person);
            QStringList contact;
            if (person && hasText(person->email))
                contact.append(person->email);
            if (person && hasText(person->phone))
                contact.append(person->phone);
            rows.append(
                {TableCell(context.partyName(c.party)),
                 TableCell(person ? person->name : c.person, person ? person->title : QString()),
                 TableCell(contact.join(QLatin1Char('\n')))});
        }
        composer.table({tr("Party"), tr("Coordinator"), tr("Contact")}, rows, {30, 35, 35});
    }
}

void AgreementDocumentBuilder::writePart1(DocumentComposer &composer,
                                          const DocumentContext &context)
{
    const core::Part1 &p = context.agreement().part1;
    //: sv: Del 1: Strategisk överenskommelse
    composer.heading(1, tr("Part 1: Strategic agreement"), true, true);
    const QList<QPair<QString, QString>> texts{{tr("Introduction"), p.introduction},
                                               {tr("Purpose"), p.purpose}};
    for (const auto &[heading, text] : texts) {
        if (!hasText(text))
            continue;
        composer.heading(2, heading);
        composer.paragraph(text.trimmed());
    }
    QStringList startingPoints;
    for (const QString &s : p.startingPoints)
        if (hasText(s))
            startingPoints.append(s.trimmed());
    if (!startingPoints.isEmpty()) {
        composer.heading(2, tr("Starting points"));
        composer.bullets(startingPoints);
    }
    if (hasText(p.collaborationModel)) {
        composer.heading(2, tr("Collaboration model"));
        composer.paragraph(p.collaborationModel.trimmed());
    }
    if (!p.commitments.isEmpty()) {
        composer.heading(2, tr("Commitments of the parties"));
        writeCommitments(composer, context, p.commitments, 3);
    }
    writeOrganisation(composer, context);
    if (hasText(p.communicationPlan)) {
        composer.heading(2, tr("Communication"));
        composer.paragraph(p.communicationPlan.trimmed());
    }
    if (hasText(p.followUpPlan) || !p.reporting.isEmpty()) {
        composer.heading(2, tr("Follow-up"));
        if (hasText(p.followUpPlan))
            composer.paragraph(p.followUpPlan.trimmed());
        QStringList rules;
        for (const core::ReportingRule &r : p.reporting)
            rules.append(
                tr("Report to %1 %2", "report to <the steering group> <twice a year>")
                    .arg(core::EnumLabels::label(r.to).toLower(), frequencyText(r.everyMonths)));
        composer.bullets(rules);
    }
}

bool AgreementDocumentBuilder::writeGoals(DocumentComposer &composer,
                                          const DocumentContext &context, const QString &focusArea)
{
    const core::Agreement &a = context.agreement();
    QList<QList<TableCell>> goals;
    for (const core::Goal &g : a.goals) {
        const bool inArea =
            focusArea.isEmpty() ? !context.isFocusArea(g.focusArea) : g.focusArea == focusArea;
        if (inArea)
            goals.append(
                {TableCell(core::EnumLabels::label(g.kind)), TableCell(g.text, goalSummary(g))});
    }
    if (goals.isEmpty())
        return false;
    composer.heading(3, tr("Goals"), false);
    composer.table({tr("Kind"), tr("Goal")}, goals, {20, 80});
    return true;
}

void AgreementDocumentBuilder::writeOthers(DocumentComposer &composer,
                                           const DocumentContext &context)
{
    // Goals and measures not (yet) under a focus area are part of the agreement all the
    // same: a coordinator who has not sorted them must still see them printed.
    const core::Agreement &a = context.agreement();
    QStringList measures;
    for (const core::Measure &m : a.measures)
        if (!context.isFocusArea(m.focusArea) && context.shows(m))
            measures.append(m.title);
    const bool goals = std::any_of(a.goals.cbegin(), a.goals.cend(), [&](const core::Goal &g) {
        return !context.isFocusArea(g.focusArea);
    });
    if (!goals && measures.isEmpty())
        return;
    //: sv: Övriga mål och åtgärder
    composer.heading(2, tr("Other goals and measures"));
    composer.note(tr("Not placed under a focus area."));
    writeGoals(composer, context, {});
    if (!measures.isEmpty()) {
        composer.heading(3, tr("Measures"), false);
        composer.bullets(measures);
    }
}

void AgreementDocumentBuilder::writePart2(DocumentComposer &composer,
                                          const DocumentContext &context)
{
    const core::Agreement &a = context.agreement();
    //: sv: Del 2: Fokusområden och åtaganden
    composer.heading(1, tr("Part 2: Focus areas and commitments"), true, true);
    if (hasText(a.part2.text))
        composer.paragraph(a.part2.text.trimmed());
    for (int i = 0; i < a.focusAreas.size(); ++i) {
        const core::FocusArea &area = a.focusAreas[i];
        composer.heading(2, tr("%1. %2", "numbered focus area").arg(i + 1).arg(area.title));
        if (hasText(area.background)) {
            composer.heading(3, tr("Background"), false);
            composer.paragraph(area.background.trimmed());
        }
        QStringList problems;
        for (const core::Problem &p : a.problems)
            if (area.problems.contains(p.id) && context.shows(p))
                problems.append(tr("Problem %1: %2").arg(context.problemNumber(p.id)).arg(p.title));
        if (!problems.isEmpty()) {
            composer.heading(3, tr("Prioritised problems"), false);
            composer.bullets(problems);
        }
        writeGoals(composer, context, area.id);
    }
    writeOthers(composer, context);
    if (!a.part2.commitments.isEmpty()) {
        composer.heading(2, tr("Commitments during the period"));
        writeCommitments(composer, context, a.part2.commitments, 3);
    }
}

void AgreementDocumentBuilder::build(DocumentComposer &composer, const DocumentContext &context)
{
    const core::Agreement &a = context.agreement();
    writeCover(composer, context);
    const QTextCursor contentsAt = composer.beginContents(tr("Contents"));
    writePart1(composer, context);
    writePart2(composer, context);
    if (!a.signatures.isEmpty()) {
        composer.heading(1, tr("Signatures"), true, true);
        SignatureBlockWriter::write(composer, context, a.signatures);
    }
    ProblemPictureBuilder::write(composer, context,
                                 //: sv: Bilaga 1: Gemensam problembild och orsaksanalys
                                 tr("Appendix 1: Joint problem picture and cause analysis"));
    if (ActionPlanBuilder::hasContent(context)) {
        //: sv: Bilaga 2: Handlingsplaner
        composer.heading(1, tr("Appendix 2: Action plans"), true, true);
        ActionPlanBuilder::writeTables(composer, context, 2, false);
    }
    composer.writeContents(contentsAt);
}

} // namespace samverka::documents
