#pragma once

// An .odt read back for the tests (documents and CLI) with libzip, independently of the
// exporter's own package code: its entries in order with their compression, and
// content.xml's headings, paragraphs, tables and pictures read with QXmlStreamReader.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <zip.h>

namespace samverka::test {

struct OdtEntry {
    QString name;
    QByteArray data;
    bool stored = false; ///< not compressed
};

struct OdtTable {
    QList<QStringList> rows; ///< the text of each cell
};

class OdtFile
{
public:
    explicit OdtFile(const QString &path)
    {
        int error = 0;
        zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
        if (!archive)
            return;
        const zip_int64_t count = zip_get_num_entries(archive, 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t stat;
            zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
            OdtEntry entry{QString::fromUtf8(stat.name), QByteArray(qsizetype(stat.size), '\0'),
                           stat.comp_method == ZIP_CM_STORE};
            if (zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0)) {
                zip_fread(file, entry.data.data(), stat.size);
                zip_fclose(file);
            }
            m_entries.append(entry);
        }
        zip_discard(archive);
        readContent();
    }

    bool isValid() const { return !m_entries.isEmpty(); }
    const QList<OdtEntry> &entries() const { return m_entries; }
    QByteArray entry(const QString &name) const
    {
        for (const OdtEntry &e : m_entries)
            if (e.name == name)
                return e.data;
        return {};
    }
    QByteArray content() const { return entry(QStringLiteral("content.xml")); }

    /// The headings in order: outline level and text.
    QList<QPair<int, QString>> headings() const { return m_headings; }
    /// The text of every text:p, in order.
    QStringList paragraphs() const { return m_paragraphs; }
    /// The text of every text:p and text:h of office:text, in order.
    QStringList blocks() const { return m_blocks; }
    QList<OdtTable> tables() const { return m_tables; }
    /// The xlink:href of every draw:image.
    QStringList images() const { return m_images; }
    /// The style-name of the headings.
    QStringList headingStyleNames() const { return m_headingStyles; }
    bool xmlError() const { return m_xmlError; }

private:
    void readContent()
    {
        const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
        const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
        const QString xlink = QStringLiteral("http://www.w3.org/1999/xlink");
        QXmlStreamReader reader(content());
        QString block;
        int level = -1; // -1: not in a block; 0: a paragraph
        int cellDepth = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const auto ns = reader.namespaceUri();
                const auto name = reader.name();
                if (ns == text && (name == u"p" || name == u"h") && level < 0) {
                    level = name == u"h" ? reader.attributes()
                                               .value(text, QLatin1String("outline-level"))
                                               .toInt()
                                         : 0;
                    if (name == u"h")
                        m_headingStyles.append(reader.attributes()
                                                   .value(text, QLatin1String("style-name"))
                                                   .toString());
                    block.clear();
                } else if (ns == table && name == u"table" && cellDepth == 0) {
                    m_tables.append(OdtTable());
                } else if (ns == table && name == u"table-row" && cellDepth == 0) {
                    m_tables.last().rows.append(QStringList());
                } else if (ns == table && name == u"table-cell") {
                    if (cellDepth++ == 0)
                        m_tables.last().rows.last().append(QString());
                } else if (name == u"image") {
                    m_images.append(
                        reader.attributes().value(xlink, QLatin1String("href")).toString());
                }
            } else if (reader.isCharacters() && level >= 0) {
                block += reader.text();
            } else if (reader.isEndElement()) {
                const auto name = reader.name();
                if (reader.namespaceUri() == text && (name == u"p" || name == u"h") && level >= 0) {
                    if (level > 0)
                        m_headings.append({level, block});
                    else
                        m_paragraphs.append(block);
                    m_blocks.append(block);
                    if (cellDepth > 0 && !m_tables.isEmpty()) {
                        QString &cell = m_tables.last().rows.last().last();
                        cell += (cell.isEmpty() ? QString() : QStringLiteral("\n")) + block;
                    }
                    level = -1;
                } else if (reader.namespaceUri() == table && name == u"table-cell") {
                    --cellDepth;
                }
            }
        }
        m_xmlError = reader.hasError();
    }

    QList<OdtEntry> m_entries;
    QList<QPair<int, QString>> m_headings;
    QStringList m_paragraphs;
    QStringList m_blocks;
    QList<OdtTable> m_tables;
    QStringList m_images;
    QStringList m_headingStyles;
    bool m_xmlError = false;
};

} // namespace samverka::test
