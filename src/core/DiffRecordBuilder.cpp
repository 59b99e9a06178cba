#include "DiffRecordBuilder.h"

#include "ExchangeWriter.h"

#include <QJsonArray>

namespace samverka::core {

namespace {

QString normalized(const QString &text)
{
    return text.simplified().toLower();
}

QString causeNumber(int problemIndex, const Cause &cause, int causeIndex)
{
    return QStringLiteral("%1.%2")
        .arg(problemIndex + 1)
        .arg(cause.number > 0 ? cause.number : causeIndex + 1);
}

/// The properties of an exchange object, less the named ones; an object's own
/// properties become "key.sub" (a goal's "baseline.value").
QJsonObject valuesOf(const QJsonObject &json, const QStringList &leftOut)
{
    QJsonObject out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (leftOut.contains(it.key()))
            continue;
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                out.insert(it.key() + QLatin1Char('.') + in.key(), in.value());
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

QJsonArray arrayOf(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toArray();
}

DiffRef ref(const char *field, DiffRefKind kind, const QString &id)
{
    DiffRef r;
    r.field = QString::fromLatin1(field);
    r.kind = kind;
    if (!id.isEmpty())
        r.ids << id;
    return r;
}

DiffRef refs(const char *field, DiffRefKind kind, const QStringList &ids, bool unordered)
{
    DiffRef r;
    r.field = QString::fromLatin1(field);
    r.kind = kind;
    r.ids = ids;
    r.list = true;
    r.unordered = unordered;
    return r;
}

void putText(QJsonObject &o, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(key, text);
}

void putLines(QJsonObject &o, const QString &key, const QStringList &lines)
{
    if (!lines.isEmpty())
        o.insert(key, QJsonArray::fromStringList(lines));
}

} // namespace

DiffRecordBuilder::DiffRecordBuilder(const MunicipalityData &data, const Agreement &agreement)
    : m_data(data)
    , m_agreement(agreement)
    , m_json(ExchangeWriter::agreementToJson(agreement))
{
    for (qsizetype p = 0; p < agreement.problems.size(); ++p) {
        const Problem &problem = agreement.problems.at(p);
        m_labels.insert(problem.id, problem.title);
        if (problem.confidential)
            m_confidential.insert(problem.id);
        for (qsizetype c = 0; c < problem.causes.size(); ++c) {
            const Cause &cause = problem.causes.at(c);
            m_labels.insert(cause.id, causeNumber(int(p), cause, int(c)));
            if (cause.confidential || problem.confidential)
                m_confidential.insert(cause.id);
        }
    }
    for (const FocusArea &f : agreement.focusAreas)
        m_labels.insert(f.id, f.title);
    for (const Goal &g : agreement.goals)
        m_labels.insert(g.id, g.text);
    for (const Measure &m : agreement.measures) {
        m_labels.insert(m.id, m.title);
        if (m.confidential)
            m_confidential.insert(m.id);
    }
}

QString DiffRecordBuilder::partyName(const QString &id) const
{
    const Party *party = m_data.findParty(id);
    return party ? party->name : id;
}

QString DiffRecordBuilder::personName(const QString &id) const
{
    const Person *person = m_data.findPerson(id);
    return person ? person->name : id;
}

QString DiffRecordBuilder::label(DiffRefKind kind, const QString &id) const
{
    switch (kind) {
    case DiffRefKind::Party:
        return partyName(id);
    case DiffRefKind::Person:
        return personName(id);
    default:
        break;
    }
    return m_labels.value(id, id);
}

QList<DiffRecord> DiffRecordBuilder::records(DiffSection section) const
{
    switch (section) {
    case DiffSection::Agreement:
        return agreementRecord();
    case DiffSection::Parties:
        return parties();
    case DiffSection::DiaryNumbers:
        return diaryNumbers();
    case DiffSection::FocusAreas:
        return focusAreas();
    case DiffSection::Problems:
        return problems();
    case DiffSection::Causes:
        return causes();
    case DiffSection::Goals:
        return goals();
    case DiffSection::Measures:
        return measures();
    case DiffSection::CitizenPromises:
        break;
    }
    return promises();
}

QList<DiffRecord> DiffRecordBuilder::agreementRecord() const
{
    DiffRecord r;
    r.id = QStringLiteral("agreement");
    r.label = m_agreement.title;
    QJsonObject &v = r.values;
    for (const auto *key : {"title", "validFrom", "validFromSigning", "validTo",
                            "continuesUntilFurtherNotice", "decidedBy", "decidedOn"})
        if (m_json.contains(QLatin1String(key)))
            v.insert(QLatin1String(key), m_json.value(QLatin1String(key)));
    const Part1 &p1 = m_agreement.part1;
    putText(v, QStringLiteral("part1.introduction"), p1.introduction);
    putText(v, QStringLiteral("part1.purpose"), p1.purpose);
    putLines(v, QStringLiteral("part1.startingPoints"), p1.startingPoints);
    putText(v, QStringLiteral("part1.collaborationModel"), p1.collaborationModel);
    const auto commitments = [this](const QList<Commitment> &list) {
        QStringList lines;
        for (const Commitment &c : list)
            lines << partyName(c.party) + QStringLiteral(": ") + c.text;
        return lines;
    };
    putLines(v, QStringLiteral("part1.commitments"), commitments(p1.commitments));
    QStringList groups;
    for (const Group &g : p1.groups) {
        QStringList members;
        for (const GroupMember &m : g.members)
            members << (m.role.isEmpty() ? personName(m.person)
                                         : personName(m.person) + QStringLiteral(" (") + m.role +
                                               QLatin1Char(')'));
        groups << QStringLiteral("%1 [%2] %3: %4")
                      .arg(g.name, toWord(g.kind), g.meetingFrequency,
                           members.join(QStringLiteral(", ")))
                      .simplified();
    }
    putLines(v, QStringLiteral("part1.groups"), groups);
    QStringList coordinators;
    for (const Coordinator &c : p1.coordinators)
        coordinators << partyName(c.party) + QStringLiteral(": ") + personName(c.person);
    putLines(v, QStringLiteral("part1.coordinators"), coordinators);
    putText(v, QStringLiteral("part1.communicationPlan"), p1.communicationPlan);
    putText(v, QStringLiteral("part1.followUpPlan"), p1.followUpPlan);
    QStringList reporting;
    for (const ReportingRule &rule : p1.reporting)
        reporting << QStringLiteral("%1 %2").arg(toWord(rule.to)).arg(rule.everyMonths);
    putLines(v, QStringLiteral("part1.reporting"), reporting);
    putText(v, QStringLiteral("part2.text"), m_agreement.part2.text);
    putLines(v, QStringLiteral("part2.commitments"), commitments(m_agreement.part2.commitments));
    return {r};
}

QList<DiffRecord> DiffRecordBuilder::parties() const
{
    QList<DiffRecord> out;
    for (qsizetype i = 0; i < m_agreement.parties.size(); ++i) {
        DiffRecord r;
        r.id = m_agreement.parties.at(i);
        r.label = partyName(r.id);
        r.keys << QStringLiteral("name:") + normalized(r.label);
        out << r;
    }
    return out;
}

QList<DiffRecord> DiffRecordBuilder::diaryNumbers() const
{
    QList<DiffRecord> out;
    QHash<QString, int> seen;
    for (const DiaryNumber &d : m_agreement.diaryNumbers) {
        DiffRecord r;
        const int nth = seen.value(d.party);
        seen.insert(d.party, nth + 1);
        // One party's first, second … diary number; a party is the same in both.
        r.id = QStringLiteral("%1#%2").arg(d.party).arg(nth);
        r.label = partyName(d.party);
        r.values.insert(QStringLiteral("number"), d.number);
        out << r;
    }
    return out;
}

QList<DiffRecord> DiffRecordBuilder::problems() const
{
    const QJsonArray json = arrayOf(m_json, "problems");
    QList<DiffRecord> out;
    for (qsizetype i = 0; i < m_agreement.problems.size(); ++i) {
        const Problem &p = m_agreement.problems.at(i);
        DiffRecord r;
        r.id = p.id;
        r.originId = p.originId;
        r.label = p.title;
        r.keys << QStringLiteral("title:") + normalized(p.title);
        r.position = int(i);
        r.text = p.title;
        r.confidential = p.confidential;
        r.values = valuesOf(json.at(i).toObject(),
                            {QStringLiteral("id"), QStringLiteral("originId"),
                             QStringLiteral("situationProblem"), QStringLiteral("causes"),
                             QStringLiteral("contributedByParty")});
        r.refs << ref("contributedByParty", DiffRefKind::Party, p.contributedByParty);
        out << r;
    }
    return out;
}

QList<DiffRecord> DiffRecordBuilder::causes() const
{
    const QJsonArray json = arrayOf(m_json, "problems");
    QList<DiffRecord> out;
    for (qsizetype p = 0; p < m_agreement.problems.size(); ++p) {
        const Problem &problem = m_agreement.problems.at(p);
        const QJsonArray causes = arrayOf(json.at(p).toObject(), "causes");
        for (qsizetype c = 0; c < problem.causes.size(); ++c) {
            const Cause &cause = problem.causes.at(c);
            DiffRecord r;
            r.id = cause.id;
            r.originId = cause.originId;
            const QString number = causeNumber(int(p), cause, int(c));
            r.label = number + QLatin1Char(' ') + cause.text;
            const int own = cause.number > 0 ? cause.number : int(c) + 1;
            r.keys << problem.id + QStringLiteral("|number:%1").arg(own)
                   << QStringLiteral("text:") + normalized(cause.text);
            r.scope = problem.id;
            r.position = int(c);
            r.text = cause.text;
            r.confidential = cause.confidential || problem.confidential;
            r.values = valuesOf(causes.at(c).toObject(),
                                {QStringLiteral("id"), QStringLiteral("originId"),
                                 QStringLiteral("informationHolder"), QStringLiteral("number")});
            r.values.insert(QStringLiteral("number"), number);
            r.refs << ref("problem", DiffRefKind::Problem, problem.id)
                   << ref("informationHolder", DiffRefKind::Party, cause.informationHolder);
            r.moveFields << QStringLiteral("problem") << QStringLiteral("number");
            out << r;
        }
    }
    return out;
}

QList<DiffRecord> DiffRecordBuilder::focusAreas() const
{
    const QJsonArray json = arrayOf(m_json, "focusAreas");
    QList<DiffRecord> out;
    for (qsizetype i = 0; i < m_agreement.focusAreas.size(); ++i) {
        const FocusArea &f = m_agreement.focusAreas.at(i);
        DiffRecord r;
        r.id = f.id;
        r.originId = f.originId;
        r.label = f.title;
        r.keys << QStringLiteral("title:") + normalized(f.title);
        r.position = int(i);
        r.text = f.title;
        r.values =
            valuesOf(json.at(i).toObject(), {QStringLiteral("id"), QStringLiteral("originId"),
                                             QStringLiteral("problems")});
        r.refs << refs("problems", DiffRefKind::Problem, f.problems, true);
        out << r;
    }
    return out;
}

QList<DiffRecord> DiffRecordBuilder::goals() const
{
    const QJsonArray json = arrayOf(m_json, "goals");
    QList<DiffRecord> out;
    for (qsizetype i = 0; i < m_agreement.goals.size(); ++i) {
        const Goal &g = m_agreement.goals.at(i);
        DiffRecord r;
        r.id = g.id;
        r.originId = g.originId;
        r.label = g.text;
        r.keys << QStringLiteral("text:") + normalized(g.text);
        r.position = int(i);
        r.text = g.text;
        r.values =
            valuesOf(json.at(i).toObject(),
                     {QStringLiteral("id"), QStringLiteral("originId"), QStringLiteral("parent"),
                      QStringLiteral("focusArea"), QStringLiteral("problem")});
        r.refs << ref("focusArea", DiffRefKind::FocusArea, g.focusArea)
               << ref("problem", DiffRefKind::Problem, g.problem)
               << ref("parent", DiffRefKind::Goal, g.parent);
        r.moveFields << QStringLiteral("focusArea");
        out << r;
    }
    return out;
}

QList<DiffRecord> DiffRecordBuilder::measures() const
{
    const QJsonArray json = arrayOf(m_json, "measures");
    QList<DiffRecord> out;
    for (qsizetype i = 0; i < m_agreement.measures.size(); ++i) {
        const Measure &m = m_agreement.measures.at(i);
        DiffRecord r;
        r.id = m.id;
        r.originId = m.originId;
        r.label = m.title;
        r.keys << QStringLiteral("title:") + normalized(m.title);
        r.position = int(i);
        r.text = m.title;
        r.confidential = m.confidential;
        // Its execution status is work under the agreement, not what the agreement says.
        r.values = valuesOf(json.at(i).toObject(),
                            {QStringLiteral("id"), QStringLiteral("originId"),
                             QStringLiteral("status"), QStringLiteral("focusArea"),
                             QStringLiteral("causes"), QStringLiteral("goals"),
                             QStringLiteral("responsible"), QStringLiteral("responsiblePerson")});
        r.refs << ref("focusArea", DiffRefKind::FocusArea, m.focusArea)
               << refs("causes", DiffRefKind::Cause, m.causes, true)
               << refs("goals", DiffRefKind::Goal, m.goals, true)
               << refs("responsible", DiffRefKind::Party, m.responsible, false)
               << ref("responsiblePerson", DiffRefKind::Person, m.responsiblePerson);
        r.moveFields << QStringLiteral("focusArea");
        out << r;
    }
    return out;
}

QList<DiffRecord> DiffRecordBuilder::promises() const
{
    QList<DiffRecord> out;
    int position = 0;
    for (const CitizenPromiseSet &set : m_data.citizenPromiseSets) {
        if (set.agreement.isEmpty() || set.agreement != m_agreement.id)
            continue;
        for (const CitizenPromise &p : set.promises) {
            DiffRecord r;
            r.id = p.id;
            r.label = p.text;
            r.keys << QStringLiteral("text:") + normalized(p.text);
            r.position = position++;
            r.text = p.text;
            r.values.insert(QStringLiteral("text"), p.text);
            r.refs << refs("responsible", DiffRefKind::Party, p.responsible, false)
                   << refs("measures", DiffRefKind::Measure, p.measures, true);
            out << r;
        }
    }
    return out;
}

} // namespace samverka::core
