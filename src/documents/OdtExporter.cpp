#include "OdtExporter.h"

#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "OdtContentRewriter.h"
#include "OdtPackage.h"
#include "OdtStylesWriter.h"
#include "OdtTextDocument.h"
#include "SavedOutput.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace samverka::documents {

namespace {
const QString kContent = QStringLiteral("content.xml");
const QString kStyles = QStringLiteral("styles.xml");
const QString kManifest = QStringLiteral("META-INF/manifest.xml");
} // namespace

QString OdtExporter::signedOriginalNote(const core::MunicipalityData &data,
                                        const DocumentOptions &options)
{
    if (options.kind != DocumentKind::Agreement && options.kind != DocumentKind::ActionPlan)
        return {};
    const core::Agreement *agreement = data.findAgreement(options.agreementId);
    if (!agreement || !agreement->isSigned())
        return {};
    //: sv: Detta är en redigerbar kopia. Originalet är den undertecknade PDF-filen.
    return tr("This is an editable copy. The original is the signed PDF file.");
}

QByteArray OdtExporter::toOdt(const BuiltDocument &built, const QString &firstPageNote)
{
    const std::unique_ptr<QTextDocument> document = OdtTextDocument::merge(built, firstPageNote);
    QByteArray qtOdt;
    {
        QBuffer buffer(&qtOdt);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "ODF");
        if (!writer.write(document.get()))
            throw DocumentError(tr("Qt could not write the document as OpenDocument text."));
    }
    QList<OdtPackage::Entry> entries = OdtPackage::read(qtOdt);
    const OdtStyleFixes fixes = OdtTextDocument::styleFixes(*document, built.orientation);
    bool hasContent = false;
    for (OdtPackage::Entry &entry : entries) {
        if (entry.name == kContent) {
            entry.data = OdtContentRewriter::rewriteContent(entry.data, fixes);
            hasContent = true;
        } else if (entry.name == kManifest) {
            entry.data =
                OdtContentRewriter::addToManifest(entry.data, kStyles, QStringLiteral("text/xml"));
            if (!built.decoration.logo.isNull())
                entry.data = OdtContentRewriter::addToManifest(
                    entry.data, OdtStylesWriter::headerLogoPath(), QStringLiteral("image/png"));
        }
    }
    if (!hasContent)
        throw DocumentError(tr("Qt's OpenDocument text has no %1.").arg(kContent));
    entries.removeIf([](const OdtPackage::Entry &e) { return e.name == kStyles; });
    entries.append({kStyles, OdtStylesWriter::write(built.decoration, built.orientation)});
    if (!built.decoration.logo.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        built.decoration.logo.save(&buffer, "PNG");
        entries.append({OdtStylesWriter::headerLogoPath(), png});
    }
    return OdtPackage::write(entries);
}

void OdtExporter::write(const core::MunicipalityData &data, const DocumentOptions &options,
                        const QString &path)
{
    const BuiltDocument built = DocumentBuilder::build(data, options);
    SavedOutput::write(path, toOdt(built, signedOriginalNote(data, options)));
}

} // namespace samverka::documents
