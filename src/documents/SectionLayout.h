#pragma once

// Lays the sections of a built document out on a device's pages and breaks their pages,
// each section on its own: a section's layout does not depend on the others, so they
// are laid out side by side on the machine's cores.

#include "BuiltDocument.h"

#include <QList>
#include <QSizeF>

class QPagedPaintDevice;
class QTextDocument;
class QTextFrame;

namespace samverka::documents {

class SectionLayout
{
public:
    SectionLayout(const BuiltDocument &built, QPagedPaintDevice &device, const QSizeF &pageSize);

    /// Lays out every section (on up to `threads` threads, 0 = one per core) and returns
    /// when all are done, every section back in the calling thread.
    void run(int threads = 0);

private:
    /// Gives the section a layout for the device, lays it out and breaks its pages.
    void layOut(QTextDocument *section) const;

    const BuiltDocument &m_built;
    QPagedPaintDevice &m_device;
    QSizeF m_pageSize;
};

} // namespace samverka::documents
