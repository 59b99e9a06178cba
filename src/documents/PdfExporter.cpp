#include "PdfExporter.h"

#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "DocumentRenderer.h"
#include "SectionLayout.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace samverka::documents {

int PdfExporter::writeWith(const QString &path, QPageLayout::Orientation orientation,
                           const std::function<int(QPdfWriter &)> &draw)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DocumentError(tr("Could not write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        // On the heap, as the SectionLayout below: the layout threads read the writer,
        // and GCC 12's ThreadSanitizer reports another thread's reads of this thread's
        // stack as races even when a mutex orders them (docs/reliability.md).
        const auto writer = std::make_unique<QPdfWriter>(&file);
        writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer->setResolution(600);
        writer->setCreator(QStringLiteral("Samverka"));
        writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                          DocumentRenderer::pageMargins(),
                                          QPageLayout::Millimeter));
        pages = draw(*writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        throw DocumentError(tr("Could not write %1: %2").arg(path, file.errorString()));
    return pages;
}

int PdfExporter::write(const core::MunicipalityData &data, const DocumentOptions &options,
                       const QString &path)
{
    if (options.includeConfidential) {
        // Whether a confidential item is printed (and the pages need room for the notice)
        // is known only when the document is written: lay it out afterwards.
        BuiltDocument built = DocumentBuilder::build(data, options);
        return write(built, path);
    }
    // Known before the document is: its sections are laid out for the page as written.
    const QPageLayout::Orientation orientation = DocumentBuilder::orientation(options.kind);
    return writeWith(path, orientation, [&data, &options](QPdfWriter &writer) {
        // Each section is laid out by another thread as soon as it is written. The
        // document outlives the layout, which is finished before the document goes,
        // even when writing it fails.
        BuiltDocument built;
        {
            // On the heap: see writeWith.
            auto layout =
                std::make_unique<SectionLayout>(writer, DocumentRenderer::bodySize(writer, false));
            DocumentBuilder::build(
                data, options, built,
                [&layout](QTextDocument *section, const QList<QTextFrame *> &keepTogether) {
                    layout->add(section, keepTogether);
                });
            layout->finish();
        }
        if (built.decoration.confidential) // not expected without includeConfidential
            SectionLayout::layOut(built, writer, DocumentRenderer::bodySize(writer, true));
        writer.setTitle(built.title);
        return DocumentRenderer::paint(built, writer);
    });
}

int PdfExporter::write(BuiltDocument &built, const QString &path)
{
    return writeWith(path, built.orientation, [&built](QPdfWriter &writer) {
        writer.setTitle(built.title);
        return DocumentRenderer::render(built, writer);
    });
}

} // namespace samverka::documents
