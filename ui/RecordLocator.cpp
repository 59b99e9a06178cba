#include "RecordLocator.h"

namespace samverka::ui {

using P = NavTarget::Page;

NavTarget RecordLocator::forRecord(const core::Agreement &a, const QString &id)
{
    const auto at = [&a, &id](P page) { return NavTarget{page, a.id, id}; };
    if (!id.isEmpty()) {
        for (const core::Problem &p : a.problems) {
            if (p.id == id)
                return at(P::ProblemPicture);
            for (const core::Cause &c : p.causes)
                if (c.id == id)
                    return at(P::CauseAnalysis);
        }
        for (const core::FocusArea &f : a.focusAreas)
            if (f.id == id)
                return at(P::FocusArea);
        for (const core::Goal &g : a.goals)
            if (g.id == id)
                return at(P::Goals);
        for (const core::Measure &m : a.measures)
            if (m.id == id)
                return at(P::Measures);
        for (const core::FollowUp &f : a.followUps)
            if (f.id == id)
                return at(P::FollowUps);
        for (const core::Signature &s : a.signatures)
            if (s.id == id)
                return at(P::Signatures);
        for (const core::ReviewComment &c : a.comments)
            if (c.id == id)
                return at(P::Comments);
        for (const core::Group &g : a.part1.groups)
            if (g.id == id)
                return at(P::Part1);
        for (const core::Commitment &c : a.part1.commitments)
            if (c.id == id)
                return at(P::Part1);
        for (const core::Commitment &c : a.part2.commitments)
            if (c.id == id)
                return at(P::Part2);
    }
    return NavTarget{P::Agreement, a.id, {}};
}

NavTarget RecordLocator::forFinding(const core::Agreement &a, const core::Finding &f)
{
    if (f.code == QLatin1String("problem-no-causes"))
        return NavTarget{P::CauseAnalysis, a.id, f.recordId};
    if (f.code == QLatin1String("problem-no-effect-goal"))
        return NavTarget{P::Goals, a.id, {}};
    if (!f.recordId.isEmpty())
        return forRecord(a, f.recordId);
    if (f.code == QLatin1String("agreement-no-coordinators") ||
        f.code == QLatin1String("agreement-no-groups") ||
        f.code == QLatin1String("agreement-no-follow-up-plan"))
        return NavTarget{P::Part1, a.id, {}};
    if (f.code == QLatin1String("agreement-no-signatories"))
        return NavTarget{P::Signatures, a.id, {}};
    if (f.code == QLatin1String("no-prioritized-problems"))
        return NavTarget{P::ProblemPicture, a.id, {}};
    if (f.code == QLatin1String("agreement-no-purpose") ||
        f.code == QLatin1String("agreement-coordinators-one-party"))
        return NavTarget{P::Part1, a.id, {}};
    if (f.code == QLatin1String("agreement-no-focus-areas") ||
        f.code == QLatin1String("agreement-no-action-plan"))
        return NavTarget{P::FocusArea, a.id, {}};
    return NavTarget{P::Agreement, a.id, {}};
}

} // namespace samverka::ui
