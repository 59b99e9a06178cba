#include "OverviewLoader.h"

#include "OverviewReader.h"
#include "PgConnection.h"
#include "RegionOverviewReader.h"

#include <QFileInfo>
#include <QThread>

namespace samverka::ui {

OverviewLoader::OverviewLoader(QObject *parent)
    : QObject(parent)
{}

OverviewLoader::~OverviewLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void OverviewLoader::load(const Request &request)
{
    if (m_thread) {
        m_pending = std::make_unique<Request>(request);
        return;
    }
    start(request);
}

void OverviewLoader::start(const Request &request)
{
    auto result = std::make_shared<Result>();
    m_result = result;
    // The thread reads into its own result; the loader looks at it only after finished.
    m_thread = QThread::create([result, request] {
        if (request.conninfo.isEmpty()) {
            result->rows =
                storage::OverviewReader().rows(request.files, request.today, &result->details);
            return;
        }
        try {
            const region::PgConnection db(request.conninfo);
            region::RegionOverviewReader::Filter filter;
            filter.localPoliceArea = request.localPoliceArea;
            result->rows =
                region::RegionOverviewReader::rows(db, request.today, filter, &result->details);
            // A published row names the file it came from: whether this computer can reach
            // it is asked here, off the window's thread (a share may be slow or gone).
            for (const core::OverviewRow &row : result->rows)
                if (row.source.endsWith(QLatin1String(".samverka"), Qt::CaseInsensitive) &&
                    QFileInfo(row.source).isFile())
                    result->reachable.insert(row.source);
        } catch (const region::RegionError &error) {
            result->error = error.message();
        } catch (const std::exception &error) {
            result->error = QString::fromLocal8Bit(error.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("overview-reader"));
    connect(m_thread, &QThread::finished, this, &OverviewLoader::finished);
    m_thread->start();
}

void OverviewLoader::finished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Result> result = std::move(m_result);
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        start(next); // what was read is already out of date
        return;
    }
    if (!result->error.isEmpty())
        emit failed(result->error);
    else
        emit loaded(result->rows, result->details, result->reachable);
}

} // namespace samverka::ui
