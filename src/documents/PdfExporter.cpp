#include "PdfExporter.h"

#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "DocumentRenderer.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace samverka::documents {

int PdfExporter::write(const core::MunicipalityData &data, const DocumentOptions &options,
                       const QString &path)
{
    BuiltDocument built = DocumentBuilder::build(data, options);
    return write(built, path);
}

int PdfExporter::write(BuiltDocument &built, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DocumentError(tr("Could not write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(600);
        writer.setTitle(built.title);
        writer.setCreator(QStringLiteral("Samverka"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         DocumentRenderer::pageMargins(), QPageLayout::Millimeter));
        pages = DocumentRenderer::render(built, writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        throw DocumentError(tr("Could not write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace samverka::documents
