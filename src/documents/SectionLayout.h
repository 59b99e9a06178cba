#pragma once

// Lays the sections of a document out on a device's pages and breaks their pages, each
// section on its own: a section's layout does not depend on the others, so they are
// laid out side by side on the machine's cores, even while later sections are still
// being written.

#include <QList>
#include <QSizeF>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;
class QTextFrame;

namespace samverka::documents {

struct BuiltDocument;

class SectionLayout
{
public:
    /// Up to `threads` threads lay out (0: one per core), this one included.
    SectionLayout(QPagedPaintDevice &device, const QSizeF &pageSize, int threads = 0);
    /// Finishes, if finish() was not called.
    ~SectionLayout();
    SectionLayout(const SectionLayout &) = delete;
    SectionLayout &operator=(const SectionLayout &) = delete;

    /// A section that is written: another thread may lay it out from now on, so it must
    /// not be touched until finish() returns. keepTogether may hold frames of others.
    void add(QTextDocument *section, const QList<QTextFrame *> &keepTogether);
    /// Lays out what is left in this thread too and returns when every section is done
    /// and back in this thread. Rethrows the first exception a layout threw.
    void finish();

    /// Lays out every section of a built document.
    static void layOut(const BuiltDocument &built, QPagedPaintDevice &device,
                       const QSizeF &pageSize, int threads = 0);

private:
    struct Job {
        QTextDocument *section = nullptr;
        QList<QTextFrame *> keepTogether;
    };

    /// Gives the section a layout for the device, lays it out and breaks its pages.
    void layOut(const Job &job) const;
    /// Takes jobs until none is left; a helper thread also waits for more until finish().
    void work(bool helper);

    QPagedPaintDevice &m_device;
    QSizeF m_pageSize;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue;
    std::vector<QTextDocument *> m_sections;
    int m_helpersRunning = 0;
    bool m_closed = false;
    bool m_finished = false;
    std::exception_ptr m_error; ///< the first failure of a layout, rethrown by finish()
};

} // namespace samverka::documents
