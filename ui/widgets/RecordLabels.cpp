#include "RecordLabels.h"

#include "EnumLabels.h"

#include <QCoreApplication>

namespace samverka::ui {

QString RecordLabels::causeNumber(int problemNo, int causeNo)
{
    return core::EnumLabels::causeLabel(problemNo, causeNo);
}

QString RecordLabels::brief(const QString &text, int length)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QChar(0x2026);
    return line;
}

QList<LinkItem> RecordLabels::causes(const core::Agreement &agreement)
{
    QList<LinkItem> items;
    for (int p = 0; p < agreement.problems.size(); ++p) {
        const core::Problem &problem = agreement.problems.at(p);
        for (int c = 0; c < problem.causes.size(); ++c) {
            const core::Cause &cause = problem.causes.at(c);
            const int number = cause.number > 0 ? cause.number : c + 1;
            QString label = causeNumber(p + 1, number) + QStringLiteral(" – ") + brief(cause.text);
            if (cause.confidential)
                label +=
                    QCoreApplication::translate("samverka::ui::RecordLabels", " (confidential)");
            items.append({cause.id, label, problem.title + QStringLiteral("\n") + cause.text});
        }
    }
    return items;
}

QString RecordLabels::goalLabel(const core::Goal &goal)
{
    return core::EnumLabels::label(goal.kind) + QStringLiteral(": ") + brief(goal.text);
}

QList<LinkItem> RecordLabels::goals(const core::Agreement &agreement)
{
    QList<LinkItem> items;
    for (const core::Goal &goal : agreement.goals)
        items.append({goal.id, goalLabel(goal), goal.text});
    return items;
}

QList<LinkItem> RecordLabels::problems(const core::Agreement &agreement)
{
    QList<LinkItem> items;
    for (int p = 0; p < agreement.problems.size(); ++p) {
        const core::Problem &problem = agreement.problems.at(p);
        items.append({problem.id, QStringLiteral("%1. %2").arg(p + 1).arg(brief(problem.title)),
                      problem.description});
    }
    return items;
}

QList<LinkItem> RecordLabels::measures(const core::Agreement &agreement)
{
    QList<LinkItem> items;
    for (const core::Measure &measure : agreement.measures)
        items.append({measure.id, brief(measure.title), measure.description});
    return items;
}

QList<LinkItem> RecordLabels::parties(const QList<core::Party> &parties)
{
    QList<LinkItem> items;
    for (const core::Party &party : parties)
        items.append({party.id, party.name, core::EnumLabels::label(party.kind)});
    return items;
}

QList<QPair<QString, QString>> RecordLabels::partyChoices(const QList<core::Party> &parties)
{
    QList<QPair<QString, QString>> choices;
    for (const core::Party &party : parties)
        choices.append({party.id, party.name});
    return choices;
}

QList<QPair<QString, QString>> RecordLabels::personChoices(const QList<core::Person> &people)
{
    QList<QPair<QString, QString>> choices;
    for (const core::Person &person : people)
        choices.append({person.id, person.title.isEmpty()
                                       ? person.name
                                       : QStringLiteral("%1 (%2)").arg(person.name, person.title)});
    return choices;
}

} // namespace samverka::ui
