#include "StatisticsCache.h"

#include "AppContext.h"
#include "StatisticsContext.h"

namespace samverka::ui {

StatisticsCache &StatisticsCache::of(AppContext &context)
{
    if (auto *cache = context.findChild<StatisticsCache *>(QString(), Qt::FindDirectChildrenOnly))
        return *cache;
    return *new StatisticsCache(context);
}

StatisticsCache::StatisticsCache(AppContext &context)
    : QObject(&context)
    , m_context(context)
{
    connect(&context, &AppContext::fileChanged, this, &StatisticsCache::followFile);
    followFile();
}

void StatisticsCache::followFile()
{
    invalidate();
    disconnect(m_changed);
    disconnect(m_externallyChanged);
    storage::MunicipalityFile *file = m_context.file();
    if (!file)
        return;
    m_changed = connect(
        file, &storage::MunicipalityFile::changed, this, [this](const storage::Change &change) {
            if (change.extent != storage::Change::Extent::Record || affectsStatistics(change.kind))
                invalidate();
            else if (change.kind == storage::RecordKind::SituationPicture)
                m_current.reset(); // its comparisons: which municipalities current() reads
        });
    m_externallyChanged = connect(file, &storage::MunicipalityFile::externallyChanged, this,
                                  &StatisticsCache::invalidate);
}

const storage::MunicipalityFile *StatisticsCache::checkedFile()
{
    const storage::MunicipalityFile *file = m_context.file();
    if (file && (file != m_file || file->path() != m_path)) {
        followFile();
        m_file = file;
        m_path = file->path();
    }
    return file;
}

std::shared_ptr<const StatisticsContext> StatisticsCache::current()
{
    const storage::MunicipalityFile *file = checkedFile();
    if (file && !m_current)
        m_current = std::make_shared<const StatisticsContext>(*file);
    return file ? m_current : nullptr;
}

std::shared_ptr<const StatisticsContext> StatisticsCache::all()
{
    const storage::MunicipalityFile *file = checkedFile();
    if (file && !m_all)
        m_all = std::make_shared<const StatisticsContext>(*file, StatisticsContext::Scope::All);
    return file ? m_all : nullptr;
}

bool StatisticsCache::affectsStatistics(storage::RecordKind kind)
{
    using K = storage::RecordKind;
    static const QList<K> unaffected{K::Party,
                                     K::Person,
                                     K::Agreement,
                                     K::DiaryNumber,
                                     K::Commitment,
                                     K::Group,
                                     K::GroupMember,
                                     K::Coordinator,
                                     K::ReportingRule,
                                     K::Problem,
                                     K::Cause,
                                     K::FocusArea,
                                     K::Goal,
                                     K::Measure,
                                     K::FollowUp,
                                     K::Signature,
                                     K::Comment,
                                     K::CommentReply,
                                     K::CheckItem,
                                     K::PromiseSet,
                                     K::Promise,
                                     K::Meeting,
                                     K::Attachment,
                                     K::SituationPicture,
                                     K::SituationSection,
                                     K::SituationProblem};
    return !unaffected.contains(kind);
}

void StatisticsCache::refresh(AppContext &context,
                              std::shared_ptr<const StatisticsContext> &statistics)
{
    try {
        statistics = of(context).current();
    } catch (const std::exception &) {
        // Unreadable now: the numbers read before are still the best there are.
    }
}

} // namespace samverka::ui
