#include "SectionLayout.h"

#include "ChartTextObject.h"
#include "PageBreaker.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QSemaphore>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
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

SectionLayout::SectionLayout(const BuiltDocument &built, QPagedPaintDevice &device,
                             const QSizeF &pageSize)
    : m_built(built)
    , m_device(device)
    , m_pageSize(pageSize)
{}

void SectionLayout::layOut(QTextDocument *section) const
{
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
    section->setPageSize(m_pageSize); // lays the whole section out again
    PageBreaker(section, m_built.keepTogether, m_pageSize.height()).apply();
    section->documentLayout()->documentSize(); // finishes the layout
}

void SectionLayout::run(int threads)
{
    std::vector<QTextDocument *> sections;
    for (const auto &section : m_built.sections)
        sections.push_back(section.get());
    if (threads <= 0)
        threads = QThread::idealThreadCount();
    threads = std::clamp(threads, 1, int(sections.size()));
    if (threads == 1) {
        for (QTextDocument *section : sections)
            layOut(section);
        return;
    }

    // The longest first, each thread taking the next one left: the threads finish at
    // about the same time.
    std::stable_sort(sections.begin(), sections.end(),
                     [](const QTextDocument *a, const QTextDocument *b) {
                         return a->characterCount() > b->characterCount();
                     });
    // A QObject is used by the thread it belongs to: each section is let go here and
    // taken by the thread that lays it out (an object that belongs to no thread can be
    // taken by any), then let go again and taken back at the end.
    QThread *home = QThread::currentThread();
    for (QTextDocument *section : sections)
        section->moveToThread(nullptr);
    std::atomic<std::size_t> next{0};
    const auto work = [this, &sections, &next, home] {
        for (std::size_t i = next++; i < sections.size(); i = next++) {
            QTextDocument *section = sections[i];
            take(section);
            layOut(section);
            // The layout starts a timer to announce its new size: in a pool thread, let it
            // fire there rather than leave it behind (never in the calling thread, whose
            // events are the application's).
            if (QThread::currentThread() != home)
                QCoreApplication::processEvents();
            section->moveToThread(nullptr);
        }
    };
    QSemaphore finished;
    for (int t = 1; t < threads; ++t) {
        layoutThreads().start([&work, &finished] {
            work();
            finished.release();
        });
    }
    work();
    finished.acquire(threads - 1);
    for (QTextDocument *section : sections)
        take(section);
}

} // namespace samverka::documents
