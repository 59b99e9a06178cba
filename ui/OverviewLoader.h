#pragma once

// Reads a workspace's overview rows on a thread of its own, from its files
// (storage::OverviewReader) or from the region database (region::RegionOverviewReader), so
// that a slow share, a colleague's lock (waited for up to two seconds per file) or a far
// server never freezes the window. One read at a time: asking again while one runs reads
// again once it is done, with what was asked last; only the newest read's rows are told.

#include "OverviewDetail.h"
#include "OverviewRow.h"

#include <QDate>
#include <QObject>
#include <QSet>
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

    /// What to read: the files, or (when conninfo is set) the region database's
    /// municipalities of one local police area (empty: all).
    struct Request {
        QStringList files;
        QString conninfo;
        QString localPoliceArea;
        QDate today;
    };

    /// Reads the request's rows; loaded() tells them, or failed() why not.
    void load(const Request &request);
    bool isLoading() const { return m_thread != nullptr; }

signals:
    /// In the order of the files asked; details has one entry per row. reachable: of a
    /// database's rows, the files this computer can open (a file's rows: empty).
    void loaded(const QList<core::OverviewRow> &rows, const QList<core::OverviewDetail> &details,
                const QSet<QString> &reachable);
    /// The region database could not be read (the message names it and why).
    void failed(const QString &message);

private:
    struct Result {
        QList<core::OverviewRow> rows;
        QList<core::OverviewDetail> details;
        QSet<QString> reachable;
        QString error;
    };
    void start(const Request &request);
    void finished();

    QThread *m_thread = nullptr;
    std::shared_ptr<Result> m_result; ///< written by the thread, read once it finished
    std::unique_ptr<Request> m_pending;
};

} // namespace samverka::ui
