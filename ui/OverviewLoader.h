#pragma once

// Reads a workspace's overview rows (storage::OverviewReader) on a thread of its own, so
// that a slow share or a colleague's lock (waited for up to two seconds per file) never
// freezes the window. One read at a time: asking again while one runs reads again once
// it is done, with what was asked last; only the newest read's rows are told.

#include "OverviewDetail.h"
#include "OverviewRow.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace samverka::ui {

class OverviewLoader : public QObject
{
    Q_OBJECT

public:
    explicit OverviewLoader(QObject *parent = nullptr);
    /// Waits for a read under way: its thread must not outlive the loader.
    ~OverviewLoader() override;

    /// Reads files' rows for today; loaded() tells them.
    void load(const QStringList &files, const QDate &today);
    bool isLoading() const { return m_thread != nullptr; }

signals:
    /// In the order of the files asked; details has one entry per row.
    void loaded(const QList<core::OverviewRow> &rows, const QList<core::OverviewDetail> &details);

private:
    struct Request {
        QStringList files;
        QDate today;
    };
    struct Result {
        QList<core::OverviewRow> rows;
        QList<core::OverviewDetail> details;
    };
    void start(const Request &request);
    void finished();

    QThread *m_thread = nullptr;
    std::shared_ptr<Result> m_result; ///< written by the thread, read once it finished
    std::unique_ptr<Request> m_pending;
};

} // namespace samverka::ui
