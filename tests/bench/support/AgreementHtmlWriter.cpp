#include "AgreementHtmlWriter.h"

#include "EnumLabels.h"

#include <QFile>
#include <QMap>

#include <stdexcept>

namespace samverka::bench {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString p(const QString &text)
{
    return text.trimmed().isEmpty() ? QString() : QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

QString h(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(text));
}

QString partyName(const core::MunicipalityData &data, const QString &id)
{
    const core::Party *party = data.findParty(id);
    return party ? party->name : id;
}

QString partyNames(const core::MunicipalityData &data, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(partyName(data, id));
    return names.join(QStringLiteral(", "));
}

QString commitments(const core::MunicipalityData &data, const QList<core::Commitment> &list)
{
    QString out;
    for (const core::Commitment &c : list)
        out += QStringLiteral("<p><b>%1:</b> %2</p>\n")
                   .arg(esc(partyName(data, c.party)), esc(c.text));
    return out;
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, esc(cell));
    return out + QStringLiteral("</tr>\n");
}

QString statisticsTable(const core::MunicipalityData &data)
{
    const QString code = data.municipality.code;
    int year = 0;
    for (const core::CrimeStatistic &s : data.crimeStatistics)
        if (s.municipalityCode == code && s.period.isEmpty())
            year = std::max(year, s.year);
    if (year == 0)
        return {};
    QMap<QString, int> counts;
    for (const core::CrimeStatistic &s : data.crimeStatistics)
        if (s.municipalityCode == code && s.period.isEmpty() && s.year == year && s.count)
            counts[s.crimeType] += *s.count;
    QString out = h(2, QStringLiteral("Anmälda brott %1").arg(year));
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    out += row({QStringLiteral("Brottstyp"), QStringLiteral("Antal")}, true);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out += row({it.key(), QString::number(it.value())});
    return out + QStringLiteral("</table>\n");
}

QString actionPlan(const core::MunicipalityData &data, const core::Agreement &a)
{
    QString out;
    for (int i = 0; i < a.focusAreas.size(); ++i) {
        const core::FocusArea &area = a.focusAreas[i];
        QString rows;
        for (const core::Measure &m : a.measures) {
            if (m.focusArea != area.id || m.confidential)
                continue;
            QStringList goals;
            for (const QString &id : m.goals)
                for (const core::Goal &g : a.goals)
                    if (g.id == id)
                        goals.append(g.text);
            QString activity = m.title;
            if (!m.description.trimmed().isEmpty())
                activity += QLatin1Char('\n') + m.description.trimmed();
            if (!m.method.trimmed().isEmpty())
                activity += QStringLiteral("\nMetod: ") + m.method.trimmed();
            const QString when = !m.when.trimmed().isEmpty()
                                     ? m.when
                                     : QStringLiteral("%1 – %2").arg(m.start.toString(Qt::ISODate),
                                                                     m.end.toString(Qt::ISODate));
            const QString responsible = !m.responsibleText.trimmed().isEmpty()
                                            ? m.responsibleText
                                            : partyNames(data, m.responsible);
            rows += row({goals.join(QLatin1Char('\n')), activity, when, responsible});
        }
        if (rows.isEmpty())
            continue;
        out += h(2, QStringLiteral("%1. %2").arg(i + 1).arg(area.title));
        out += p(area.background);
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                              "width=\"100%\">\n");
        out += row({QStringLiteral("Mål"), QStringLiteral("Aktivitet"), QStringLiteral("När"),
                    QStringLiteral("Ansvarig")},
                   true);
        out += rows + QStringLiteral("</table>\n");
    }
    return out;
}

} // namespace

QString AgreementHtmlWriter::html(const core::MunicipalityData &data, const QString &agreementId)
{
    const core::Agreement *found = data.findAgreement(agreementId);
    if (!found)
        throw std::runtime_error("no agreement " + agreementId.toStdString());
    const core::Agreement &a = *found;
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
                                 "<title>%1</title><style>body{font-family:'Open Sans',sans-serif;"
                                 "font-size:10pt} th{background:#dde}</style></head><body>\n")
                      .arg(esc(a.title));

    // Cover.
    out += p(QStringLiteral("SAMVERKANSÖVERENSKOMMELSE"));
    out += h(1, a.title);
    out += p(QStringLiteral("mellan %1").arg(partyNames(data, a.parties)));
    for (const core::DiaryNumber &d : a.diaryNumbers)
        out += p(QStringLiteral("%1: %2").arg(partyName(data, d.party), d.number));
    out += p(QStringLiteral("Period: %1 – %2")
                 .arg(a.validFrom.toString(Qt::ISODate), a.validTo.toString(Qt::ISODate)));
    out += p(QStringLiteral("Status: %1").arg(core::EnumLabels::label(a.status)));
    out += QStringLiteral("<div style=\"page-break-after:always\"></div>\n");

    // Contents, as the PDF has one.
    out += h(1, QStringLiteral("Innehåll"));
    out += QStringLiteral("<ol><li>Del 1</li><li>Del 2</li><li>Underskrifter</li>"
                          "<li>Bilaga 1 Gemensam problembild</li><li>Bilaga 2 Handlingsplan</li>"
                          "</ol>\n");

    const core::Part1 &p1 = a.part1;
    out += h(1, QStringLiteral("Del 1"));
    out += h(2, QStringLiteral("Inledning")) + p(p1.introduction);
    out += h(2, QStringLiteral("Syfte")) + p(p1.purpose);
    if (!p1.startingPoints.isEmpty()) {
        out += h(2, QStringLiteral("Utgångspunkter")) + QStringLiteral("<ul>");
        for (const QString &s : p1.startingPoints)
            out += QStringLiteral("<li>%1</li>").arg(esc(s));
        out += QStringLiteral("</ul>\n");
    }
    out += h(2, QStringLiteral("Samverkansmodell")) + p(p1.collaborationModel);
    out += h(2, QStringLiteral("Åtaganden")) + commitments(data, p1.commitments);
    for (const core::Group &g : p1.groups) {
        out += h(3, g.name) + p(g.meetingFrequency);
        QStringList members;
        for (const core::GroupMember &m : g.members) {
            const core::Person *person = data.findPerson(m.person);
            members.append(QStringLiteral("%1 (%2)").arg(person ? person->name : m.person, m.role));
        }
        out += p(members.join(QStringLiteral(", ")));
    }
    out += h(2, QStringLiteral("Kommunikation")) + p(p1.communicationPlan);
    out += h(2, QStringLiteral("Uppföljning")) + p(p1.followUpPlan);

    out += h(1, QStringLiteral("Del 2")) + p(a.part2.text) + commitments(data, a.part2.commitments);
    if (!a.goals.isEmpty()) {
        out += h(2, QStringLiteral("Mål")) + QStringLiteral("<ul>");
        for (const core::Goal &g : a.goals)
            out += QStringLiteral("<li>%1</li>").arg(esc(g.text));
        out += QStringLiteral("</ul>\n");
    }

    out += h(1, QStringLiteral("Underskrifter"));
    for (const core::Signature &s : a.signatures)
        out += QStringLiteral("<p>&nbsp;</p><p>______________________________<br>%1<br>%2<br>%3<br>"
                              "Ort och datum: ____________________</p>\n")
                   .arg(esc(s.name), esc(s.title), esc(partyName(data, s.party)));

    out += h(1, QStringLiteral("Bilaga 1 Gemensam problembild och orsaksanalys"));
    out += statisticsTable(data);
    for (int i = 0; i < a.problems.size(); ++i) {
        const core::Problem &pr = a.problems[i];
        if (pr.confidential)
            continue;
        out += h(2, QStringLiteral("%1. %2").arg(i + 1).arg(pr.title)) + p(pr.description);
        if (!pr.place.isEmpty() || !pr.timePattern.isEmpty())
            out += p(QStringLiteral("Plats: %1. Tid: %2").arg(pr.place, pr.timePattern));
        for (int c = 0; c < pr.causes.size(); ++c) {
            const core::Cause &cause = pr.causes[c];
            QString facts;
            if (cause.perspective)
                facts += core::EnumLabels::label(*cause.perspective);
            if (cause.nature)
                facts += QStringLiteral(", ") + core::EnumLabels::label(*cause.nature);
            const QString text = cause.confidential
                                     ? QStringLiteral("Uppgift finns hos %1 (sekretess)")
                                           .arg(partyName(data, cause.informationHolder))
                                     : cause.text;
            out += QStringLiteral("<p><b>%1</b> %2 <i>%3</i></p>\n")
                       .arg(esc(core::EnumLabels::causeLabel(i + 1,
                                                             cause.number ? cause.number : c + 1)),
                            esc(text), esc(facts));
        }
    }

    out += h(1, QStringLiteral("Bilaga 2 Handlingsplan")) + actionPlan(data, a);
    return out + QStringLiteral("</body></html>\n");
}

void AgreementHtmlWriter::write(const core::MunicipalityData &data, const QString &agreementId,
                                const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(html(data, agreementId).toUtf8()) < 0)
        throw std::runtime_error("cannot write " + path.toStdString());
}

} // namespace samverka::bench
