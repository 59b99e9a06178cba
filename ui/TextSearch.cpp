#include "TextSearch.h"

#include "AgreementLabel.h"
#include "EnumLabels.h"
#include "models/RecordId.h"

namespace samverka::ui {

namespace {

constexpr int kContext = 30;

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.simplified();
}

// The text around the first match, cut at word boundaries, with an ellipsis where it
// was cut: the match is never cut, and a little of what comes before it shows.
QString snippetOf(const QString &text, qsizetype at, qsizetype length)
{
    qsizetype from = std::max<qsizetype>(0, at - kContext);
    qsizetype to = std::min<qsizetype>(text.size(), at + length + 3 * kContext);
    // Whole words: move the cuts outwards to the nearest space (not past the text).
    while (from > 0 && !text.at(from - 1).isSpace() && at - from < 2 * kContext)
        --from;
    while (to < text.size() && !text.at(to).isSpace() && to - at < 5 * kContext)
        ++to;
    QString s = oneLine(text.mid(from, to - from));
    if (from > 0)
        s.prepend(QStringLiteral("…"));
    if (to < text.size())
        s.append(QStringLiteral("…"));
    return s;
}

class Collector
{
public:
    Collector(const QString &needle, int limit)
        : m_needle(needle)
        , m_limit(limit)
    {}

    /// Adds one hit when any of the texts matches; the title is always searched.
    void consider(const QString &kind, const QString &title, const QStringList &texts,
                  const NavTarget &target)
    {
        if (full())
            return;
        QStringList all{title};
        all << texts;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString &t = all.at(i);
            const qsizetype at = t.indexOf(m_needle, 0, Qt::CaseInsensitive);
            if (at < 0)
                continue;
            SearchHit hit;
            hit.kind = kind;
            hit.title = oneLine(title);
            hit.snippet = i == 0 ? QString() : snippetOf(t, at, m_needle.size());
            hit.target = target;
            hit.agreement = m_agreement;
            m_hits << hit;
            return;
        }
    }

    bool full() const { return m_hits.size() >= m_limit; }
    /// The agreement the next hits belong to ("" for the file's own records).
    void setAgreement(const QString &label) { m_agreement = label; }
    QList<SearchHit> hits() const { return m_hits; }

private:
    QString m_needle;
    QString m_agreement;
    int m_limit;
    QList<SearchHit> m_hits;
};

} // namespace

QString SearchHit::label() const
{
    QString s = kind + QStringLiteral(": ") + title;
    if (!snippet.isEmpty())
        s += QStringLiteral(" – ") + snippet;
    return s;
}

QList<SearchHit> TextSearch::search(const core::MunicipalityData &data, const QString &text,
                                    int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    Collector c(needle, limit);
    using P = NavTarget::Page;

    const core::Municipality &m = data.municipality;
    c.consider(tr("Municipality"), m.name, {m.code, m.county, m.policeRegion, m.localPoliceArea},
               {P::Municipality, {}, {}});

    for (const core::Agreement &a : data.agreements) {
        const auto at = [&a](P page, const QString &id = {}) { return NavTarget{page, a.id, id}; };
        c.setAgreement(core::AgreementLabel::withStatus(a));
        QStringList agreementTexts{a.decidedBy};
        for (const core::DiaryNumber &d : a.diaryNumbers)
            agreementTexts << d.number;
        c.consider(tr("Agreement"), a.title, agreementTexts, at(P::Agreement));

        const core::Part1 &p1 = a.part1;
        QStringList part1{p1.introduction, p1.purpose, p1.collaborationModel, p1.communicationPlan,
                          p1.followUpPlan};
        part1 << p1.startingPoints;
        for (const core::Commitment &cm : p1.commitments)
            part1 << cm.text;
        for (const core::Group &g : p1.groups)
            part1 << g.name << g.meetingFrequency;
        c.consider(tr("Part 1"), a.title, part1, at(P::Part1));
        QStringList part2{a.part2.text};
        for (const core::Commitment &cm : a.part2.commitments)
            part2 << cm.text;
        c.consider(tr("Part 2"), a.title, part2, at(P::Part2));

        for (const core::Problem &p : a.problems) {
            c.consider(tr("Problem"), p.title, {p.description, p.place, p.timePattern},
                       at(P::ProblemPicture, p.id));
            int problemNumber = 0;
            for (int i = 0; i < a.problems.size(); ++i)
                if (a.problems.at(i).id == p.id)
                    problemNumber = i + 1;
            for (const core::Cause &cause : p.causes)
                c.consider(core::EnumLabels::causeLabel(problemNumber, cause.number), cause.text,
                           {}, at(P::CauseAnalysis, cause.id));
        }
        for (const core::FocusArea &f : a.focusAreas)
            c.consider(tr("Focus area"), f.title, {f.background}, at(P::FocusArea, f.id));
        for (const core::Goal &g : a.goals)
            c.consider(tr("Goal"), g.text, {g.indicator, g.source, g.unit}, at(P::Goals, g.id));
        for (const core::Measure &ms : a.measures)
            c.consider(tr("Measure"), ms.title,
                       {ms.description, ms.when, ms.method, ms.responsibleText},
                       at(P::Measures, ms.id));
        for (const core::FollowUp &f : a.followUps)
            c.consider(tr("Follow-up"), f.text.left(80), {f.text, f.author},
                       at(P::FollowUps, f.id));
        for (const core::Signature &s : a.signatures)
            c.consider(tr("Signatory"), s.name, {s.title, s.place}, at(P::Signatures, fileIdOf(s)));
        for (qsizetype i = 0; i < a.comments.size(); ++i) {
            const core::ReviewComment &rc = a.comments.at(i);
            QStringList texts{rc.text, rc.author};
            for (const core::CommentReply &r : rc.replies)
                texts << r.text << r.author;
            // One imported without an id is found by the file's id of its row.
            c.consider(tr("Review comment"), rc.text.left(80), texts,
                       at(P::Comments, fileIdOf(rc)));
        }
        for (const core::CheckItem &item : a.checkItems)
            c.consider(tr("Check item"), item.text, {}, NavTarget{P::Overview, {}, {}});
    }

    c.setAgreement({});
    for (const core::CitizenPromiseSet &s : data.citizenPromiseSets) {
        QStringList texts{s.preamble};
        for (const core::CitizenPromise &p : s.promises)
            texts << p.text;
        c.consider(tr("Citizen promises"), s.title, texts, {P::PromiseSets, s.agreement, s.id});
    }
    for (const core::SituationPicture &s : data.situationPictures) {
        QStringList texts{
            s.madeBy,           s.participants,    s.crimeCommentary, s.comparisonCommentary,
            s.surveyCommentary, s.placeCommentary, s.analysis};
        for (const core::SituationSection &section : s.sections)
            texts << section.title << section.text;
        for (const core::SituationProblem &p : s.problems)
            texts << p.title << p.description << p.place << p.timePattern;
        c.consider(tr("Situation picture"), s.title, texts, {P::SituationPicture, {}, s.id});
    }
    for (const core::MeasurePlan &plan : data.measurePlans) {
        QStringList texts{plan.background, plan.decidedBy, plan.diaryNumber};
        for (const core::PlanRow &row : plan.rows) {
            texts << row.title << row.description << row.operativeGoals << row.when
                  << row.responsibleText;
            for (const core::PlanRating &rating : row.ratings)
                texts << rating.comment;
        }
        c.consider(tr("Measure plan"), plan.title, texts, {P::MeasurePlan, {}, plan.id});
    }
    for (const core::Meeting &mt : data.meetings)
        c.consider(tr("Meeting"), mt.group + QStringLiteral(" ") + mt.date.toString(Qt::ISODate),
                   {mt.attendees, mt.notes, mt.decisions}, {P::Meetings, {}, mt.id});
    for (const core::Attachment &at : data.attachments)
        c.consider(tr("Attachment"), at.name, {at.note}, {P::Attachments, {}, at.id});
    for (const core::Party &p : data.parties)
        c.consider(tr("Party"), p.name, {}, {P::People, {}, p.id});
    for (const core::Person &p : data.people)
        c.consider(tr("Person"), p.name, {p.title, p.email, p.phone}, {P::People, {}, p.id});
    return c.hits();
}

} // namespace samverka::ui
