#pragma once

// Keeps the open file's StatisticsContext between reloads: pages reload on every edit,
// and summing a large statistics import again each time (70 000 rows: ~0.2 s) would
// make typing in a problem's title slow on every page that shows statistics. It is read
// again only when something that can change the numbers changes: the municipality's
// metadata, statistics imports and the category mapping (all reported as the
// municipality record), population rows, a colleague's write, another file. The own
// municipality's statistics are read again also when a lägesbild changes, since its
// comparisons name the other municipalities read with them.

#include "RecordKind.h"

#include <QObject>

#include <memory>

namespace samverka::storage {
class MunicipalityFile;
}

namespace samverka::ui {

class AppContext;
class StatisticsContext;

class StatisticsCache : public QObject
{
    Q_OBJECT

public:
    /// The cache of the context's file (made on first use, owned by the context).
    static StatisticsCache &of(AppContext &context);

    /// The statistics of the open file's own municipality and those its lägesbild
    /// compares with (StatisticsContext::Scope::Compared); throws what storage throws
    /// when they must be read and cannot be (a colleague's lock). Null without a file.
    std::shared_ptr<const StatisticsContext> current();
    /// Every municipality's statistics (Scope::All), read only when asked for: the
    /// statistics page's other municipalities and its comparison. Throws as current().
    std::shared_ptr<const StatisticsContext> all();
    void invalidate()
    {
        m_current.reset();
        m_all.reset();
    }
    /// Puts the current statistics into statistics; when they cannot be read just now (a
    /// colleague's lock), statistics keeps what was read before.
    static void refresh(AppContext &context, std::shared_ptr<const StatisticsContext> &statistics);

    /// False for the records of agreements, people and the like, which never change
    /// the statistics; true for everything else, a future kind included.
    static bool affectsStatistics(storage::RecordKind kind);

private:
    explicit StatisticsCache(AppContext &context);
    void followFile();
    /// Follows another file first when the context's file is not the one read.
    const storage::MunicipalityFile *checkedFile();

    AppContext &m_context;
    std::shared_ptr<const StatisticsContext> m_current;
    std::shared_ptr<const StatisticsContext> m_all;
    // What m_current was read from, so a page that asks before this cache has heard of
    // a newly opened file never gets the previous file's numbers.
    const storage::MunicipalityFile *m_file = nullptr;
    QString m_path;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_externallyChanged;
};

} // namespace samverka::ui
