#include "OverviewLoader.h"

#include "OverviewReader.h"

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

void OverviewLoader::load(const QStringList &files, const QDate &today)
{
    if (m_thread) {
        m_pending = std::make_unique<Request>(Request{files, today});
        return;
    }
    start({files, today});
}

void OverviewLoader::start(const Request &request)
{
    auto result = std::make_shared<Result>();
    m_result = result;
    // The thread reads into its own result; the loader looks at it only after finished.
    m_thread = QThread::create([result, request] {
        result->rows =
            storage::OverviewReader().rows(request.files, request.today, &result->details);
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
    emit loaded(result->rows, result->details);
}

} // namespace samverka::ui
