#include "SectionLayout.h"

#include "BuiltDocument.h"
#include "ChartTextObject.h"
#include "PageBreaker.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <vector>

namespace samverka::documents {

namespace {

/// Threads that live as long as the program. A text layout keeps the font engines it
/// was made with, and those (and their FreeType faces) belong to the thread that made
/// them: the threads that lay out must outlive the documents painted afterwards.
QThreadPool &layoutThreads()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // never deleted: its threads must not end before exit
        p->setExpiryTimeout(-1);
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return p;
    }();
    return *pool;
}

/// Makes the calling thread the section's. The timers of its layout move along, but are
/// registered in this thread only when a call posted for that is delivered: before it
/// is, the layout could neither start nor stop them.
void take(QTextDocument *section)
{
    section->moveToThread(QThread::currentThread());
    if (auto *layout = section->findChild<QAbstractTextDocumentLayout *>(
            QString(), Qt::FindDirectChildrenOnly))
        QCoreApplication::sendPostedEvents(layout, QEvent::MetaCall);
}

} // namespace

SectionLayout::SectionLayout(QPagedPaintDevice &device, const QSizeF &pageSize, int threads)
    : m_device(device)
    , m_pageSize(pageSize)
{
    if (threads <= 0)
        threads = QThread::idealThreadCount();
    for (int t = 1; t < threads; ++t) {
        {
            const std::lock_guard lock(m_mutex);
            ++m_helpersRunning;
        }
        layoutThreads().start([this] { work(true); });
    }
}

SectionLayout::~SectionLayout()
{
    try {
        finish();
    } catch (...) {
        // Unwinding already, or the caller did not ask: the threads are done either way.
    }
}

void SectionLayout::add(QTextDocument *section, const QList<QTextFrame *> &keepTogether)
{
    // A QObject is used by the thread it belongs to: the section is let go here and
    // taken by the thread that lays it out (an object that belongs to no thread can be
    // taken by any), then let go again and taken back by finish().
    section->moveToThread(nullptr);
    {
        const std::lock_guard lock(m_mutex);
        m_sections.push_back(section);
        m_queue.push_back({section, keepTogether});
    }
    m_changed.notify_one();
}

void SectionLayout::work(bool helper)
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            if (helper)
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                break;
            job = m_queue.front();
            m_queue.pop_front();
        }
        take(job.section);
        try {
            layOut(job);
        } catch (...) {
            // Given back by finish(), once every section is back in its thread.
            const std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
        }
        // The layout starts a timer to announce its new size: in a pool thread, let it
        // fire there rather than leave it behind (never in the calling thread, whose
        // events are the application's).
        if (helper)
            QCoreApplication::processEvents();
        job.section->moveToThread(nullptr);
    }
    if (helper) {
        // Notified under the lock: once the owner sees no helper running it may return
        // and this object be gone, so nothing of it may be touched after the unlock.
        const std::lock_guard lock(m_mutex);
        --m_helpersRunning;
        m_changed.notify_all();
    }
}

void SectionLayout::finish()
{
    if (m_finished)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
    work(false);
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_helpersRunning == 0; });
    }
    for (QTextDocument *section : m_sections)
        take(section);
    m_finished = true;
    if (m_error)
        std::rethrow_exception(m_error);
}

void SectionLayout::layOut(const BuiltDocument &built, QPagedPaintDevice &device,
                           const QSizeF &pageSize, int threads)
{
    // The longest first: the threads finish at about the same time.
    std::vector<QTextDocument *> sections;
    for (const auto &section : built.sections)
        sections.push_back(section.get());
    std::stable_sort(sections.begin(), sections.end(),
                     [](const QTextDocument *a, const QTextDocument *b) {
                         return a->characterCount() > b->characterCount();
                     });
    // On the heap, not on this thread's stack: see PdfExporter::writeWith.
    auto layout = std::make_unique<SectionLayout>(
        device, pageSize,
        std::min(threads > 0 ? threads : QThread::idealThreadCount(), int(sections.size())));
    for (QTextDocument *section : sections)
        layout->add(section, built.keepTogether);
    layout->finish();
}

void SectionLayout::layOut(const Job &job) const
{
    QTextDocument *section = job.section;
    // Not while the text is written: a layout present then redoes itself on every
    // insertion (quadratic in the size of a table). And creating a layout lays out the
    // start of the text at once, for no device yet: with every block hidden, that costs
    // nothing.
    QList<QTextBlock> hidden;
    for (QTextBlock b = section->begin(); b.isValid(); b = b.next()) {
        // Qt throws the shaped glyphs of a block away after laying it out, and shapes the
        // text again to paint it: keep them for the painting.
        b.layout()->setCacheEnabled(true);
        if (b.isVisible()) {
            b.setVisible(false);
            hidden.append(b);
        }
    }
    ChartTextObject::registerOn(section); // creates the layout on first use
    for (QTextBlock &b : hidden)
        b.setVisible(true);
    section->documentLayout()->setPaintDevice(&m_device);
    // Breaks made for another page by an earlier rendering go before the new layout.
    PageBreaker::undoBreaks(section, job.keepTogether);
    section->setPageSize(m_pageSize); // lays the whole section out again
    PageBreaker(section, job.keepTogether, m_pageSize.height()).apply();
    section->documentLayout()->documentSize(); // finishes the layout
}

} // namespace samverka::documents
