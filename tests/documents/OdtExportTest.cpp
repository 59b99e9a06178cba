// The .odt export (issue #15) read back with libzip and QXmlStreamReader: the headings
// are text:h with the builders' outline levels and named heading styles, the action plan
// is a real table, user text with markup comes out literally, the charts are PNG pictures
// in Pictures/ referenced from the text, a signed agreement says on its first page that
// the signed PDF is the original, confidential items only on request, the package starts
// with an uncompressed mimetype, and a failed write names the path and leaves nothing.

#include "DocumentFixture.h"
#include "OdtFile.h"

#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "DocumentFonts.h"
#include "ExchangeReader.h"
#include "OdtExporter.h"
#include "TextStyles.h"
#include "Translations.h"

#include <gtest/gtest.h>

#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QXmlStreamReader>

namespace samverka::documents::test {

using samverka::test::OdtFile;
using samverka::test::OdtTable;

namespace {

QString t(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

core::MunicipalityData demo()
{
    QFile file(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return core::ExchangeReader::read(file.readAll()).data;
}

DocumentOptions optionsFor(DocumentKind kind, const QString &agreement)
{
    DocumentOptions options;
    options.kind = kind;
    options.agreementId = agreement;
    return options;
}

/// The headings of the built document (every section), level and text, in order.
QList<QPair<int, QString>> builtHeadings(const core::MunicipalityData &data,
                                         const DocumentOptions &options)
{
    QList<QPair<int, QString>> headings;
    const BuiltDocument built = DocumentBuilder::build(data, options);
    for (const auto &section : built.sections)
        for (QTextBlock b = section->begin(); b.isValid(); b = b.next())
            if (b.blockFormat().headingLevel() > 0)
                headings.append({b.blockFormat().headingLevel(), b.text()});
    return headings;
}

// A copy: tables() reads the file's tables anew each time, so a pointer into its result
// would dangle once the statement ends.
std::optional<OdtTable> tableWithHeader(const OdtFile &odt, const QStringList &header)
{
    for (const OdtTable &table : odt.tables())
        if (!table.rows.isEmpty() && table.rows.first() == header)
            return table;
    return std::nullopt;
}

} // namespace

class OdtExportTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_translators = core::Translations::install(QLocale::Swedish); }
    static void TearDownTestSuite() { s_translators.clear(); }
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    OdtFile exported(const core::MunicipalityData &data, const DocumentOptions &options,
                     const QString &name = QStringLiteral("out.odt"))
    {
        const QString path = m_dir.filePath(name);
        OdtExporter::write(data, options, path);
        OdtFile odt(path);
        EXPECT_TRUE(odt.isValid()) << path.toStdString();
        EXPECT_FALSE(odt.xmlError());
        return odt;
    }

    QTemporaryDir m_dir;
    static inline std::vector<std::unique_ptr<QTranslator>> s_translators;
};

TEST_F(OdtExportTest, DemoAgreementHeadingsAreOutlinedHeadings)
{
    const core::MunicipalityData data = demo();
    const DocumentOptions options = optionsFor(DocumentKind::Agreement, QStringLiteral("ag-2024"));
    const OdtFile odt = exported(data, options);
    const auto expected = builtHeadings(data, options);
    ASSERT_GT(expected.size(), 10);
    EXPECT_EQ(odt.headings(), expected);
    const QString part1 = t("AgreementDocumentBuilder", "Part 1: Strategic agreement");
    const QString part2 = t("AgreementDocumentBuilder", "Part 2: Focus areas and commitments");
    EXPECT_TRUE(odt.headings().contains(qMakePair(1, part1)));
    EXPECT_TRUE(odt.headings().contains(qMakePair(1, part2)));
    bool level2 = false, level3 = false;
    for (const auto &h : odt.headings()) {
        level2 = level2 || h.first == 2;
        level3 = level3 || h.first == 3;
    }
    EXPECT_TRUE(level2 && level3);
    // No heading is left behind as a plain paragraph: the only other place its text is
    // in is the contents.
    EXPECT_EQ(odt.paragraphs().count(part1), 1);
}

TEST_F(OdtExportTest, HeadingsInheritNamedHeadingStyles)
{
    const OdtFile odt =
        exported(demo(), optionsFor(DocumentKind::Agreement, QStringLiteral("ag-2024")));
    const QByteArray styles = odt.entry(QStringLiteral("styles.xml"));
    QXmlStreamReader reader(styles);
    QMap<QString, QPair<QString, QString>> named; // name -> display name, outline level
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"style") {
            const auto a = reader.attributes();
            named.insert(a.value(QLatin1String("style:name")).toString(),
                         {a.value(QLatin1String("style:display-name")).toString(),
                          a.value(QLatin1String("style:default-outline-level")).toString()});
        }
    }
    ASSERT_FALSE(reader.hasError());
    for (int level = 1; level <= 3; ++level) {
        const QString name = QStringLiteral("Heading_20_%1").arg(level);
        ASSERT_TRUE(named.contains(name)) << level;
        EXPECT_EQ(named[name].first, QStringLiteral("Heading %1").arg(level));
        EXPECT_EQ(named[name].second, QString::number(level));
    }
    // Each heading's automatic style inherits the named style of its level.
    const QByteArray content = odt.content();
    QXmlStreamReader c(content);
    QMap<QString, QString> parents;
    while (!c.atEnd()) {
        c.readNext();
        if (c.isStartElement() && c.name() == u"style")
            parents.insert(
                c.attributes().value(QLatin1String("style:name")).toString(),
                c.attributes().value(QLatin1String("style:parent-style-name")).toString());
    }
    ASSERT_EQ(odt.headingStyleNames().size(), odt.headings().size());
    for (qsizetype i = 0; i < odt.headings().size(); ++i)
        EXPECT_EQ(parents.value(odt.headingStyleNames()[i]),
                  QStringLiteral("Heading_20_%1").arg(odt.headings()[i].first));
    EXPECT_TRUE(odt.entry(QStringLiteral("META-INF/manifest.xml")).contains("styles.xml"));
}

TEST_F(OdtExportTest, ActionPlanIsARealTable)
{
    const OdtFile odt =
        exported(demo(), optionsFor(DocumentKind::ActionPlan, QStringLiteral("ag-2024")));
    const char *context = "ActionPlanBuilder";
    const QStringList header{t(context, "Goal"), t(context, "Activity"), t(context, "When"),
                             t(context, "Responsible")};
    EXPECT_EQ(header.first(), QString::fromUtf8("Mål")); // the translation is installed
    const std::optional<OdtTable> table = tableWithHeader(odt, header);
    ASSERT_TRUE(table.has_value());
    EXPECT_GT(table->rows.size(), 2);
    // One cell per column in every row: Qt 6.4 alone writes a cell per paragraph.
    for (const QStringList &row : table->rows)
        EXPECT_EQ(row.size(), header.size()) << row.join(QLatin1Char('|')).toStdString();
    // The header row is repeated on every page the table runs over, as in the PDF.
    EXPECT_TRUE(odt.content().contains("<table:table-header-rows>"));
    // The header row keeps its fill, or its white text would be invisible.
    EXPECT_TRUE(odt.content().contains(
        QStringLiteral("fo:background-color=\"%1\"").arg(TextStyles::accent.name()).toUtf8()));
    // Column widths are relative, as ODF has them, not percentages.
    EXPECT_TRUE(odt.content().contains("style:rel-width=\"25*\""));
    EXPECT_FALSE(odt.content().contains("style:column-width=\"25%\""));
    // Every text in the documents' font by name, not Qt's placeholder "Sans" (which Qt
    // still writes for formats no text uses).
    QXmlStreamReader reader(odt.content());
    QMap<QString, QString> families;
    QString style;
    int spans = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto a = reader.attributes();
        if (reader.name() == u"style")
            style = a.value(QLatin1String("style:name")).toString();
        else if (reader.name() == u"text-properties")
            families.insert(style, a.value(QLatin1String("fo:font-family")).toString());
        else if (reader.name() == u"span") {
            ++spans;
            EXPECT_EQ(families.value(a.value(QLatin1String("text:style-name")).toString()),
                      DocumentFonts::family());
        }
    }
    EXPECT_GT(spans, 10);
    EXPECT_TRUE(odt.content().contains("<table:table "));
}

TEST_F(OdtExportTest, MarkupInUserTextIsPrintedLiterally)
{
    core::MunicipalityData data = DocumentFixture::municipality();
    const QString title = QStringLiteral("<b>&amp;</b> & <i>Avtal</i>");
    data.agreements.first().title = title;
    const OdtFile odt =
        exported(data, optionsFor(DocumentKind::Agreement,
                                  QString::fromLatin1(DocumentFixture::agreementId)));
    const QStringList blocks = odt.blocks();
    EXPECT_TRUE(std::any_of(blocks.cbegin(), blocks.cend(),
                            [&](const QString &b) { return b.contains(title); }));
    EXPECT_TRUE(std::any_of(blocks.cbegin(), blocks.cend(), [](const QString &b) {
        return b.contains(QString::fromLatin1(DocumentFixture::markupTitle));
    }));
    EXPECT_TRUE(odt.content().contains("&lt;b&gt;&amp;amp;&lt;/b&gt; &amp; &lt;i&gt;Avtal"));
    EXPECT_FALSE(odt.content().contains("<b>"));
    // The running header carries the title too, as text.
    EXPECT_TRUE(odt.entry(QStringLiteral("styles.xml")).contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"));
}

TEST_F(OdtExportTest, ChartsArePicturesInTheZip)
{
    const OdtFile odt = exported(
        DocumentFixture::municipality(),
        optionsFor(DocumentKind::Agreement, QString::fromLatin1(DocumentFixture::agreementId)));
    ASSERT_FALSE(odt.images().isEmpty());
    const QByteArray manifest = odt.entry(QStringLiteral("META-INF/manifest.xml"));
    for (const QString &href : odt.images()) {
        EXPECT_TRUE(href.startsWith(QLatin1String("Pictures/"))) << href.toStdString();
        const QByteArray picture = odt.entry(href);
        EXPECT_TRUE(picture.startsWith("\x89PNG")) << href.toStdString();
        EXPECT_TRUE(manifest.contains(href.toUtf8())) << href.toStdString();
    }
    // No chart is left as an object an ODF reader cannot show.
    EXPECT_FALSE(odt.content().contains(QString(QChar::ObjectReplacementCharacter).toUtf8()));
}

TEST_F(OdtExportTest, SignedAgreementSaysThePdfIsTheOriginalFirst)
{
    const QString note =
        t("OdtExporter", "This is an editable copy. The original is the signed PDF file.");
    const DocumentOptions options =
        optionsFor(DocumentKind::Agreement, QString::fromLatin1(DocumentFixture::agreementId));
    const OdtFile signedOdt = exported(DocumentFixture::signedMunicipality(), options);
    ASSERT_FALSE(signedOdt.blocks().isEmpty());
    EXPECT_EQ(signedOdt.blocks().first(), note);
    // Before the first page break.
    const QByteArray content = signedOdt.content();
    EXPECT_LT(content.indexOf(note.toUtf8()), content.indexOf("text:h "));

    const OdtFile draft =
        exported(DocumentFixture::municipality(), options, QStringLiteral("draft.odt"));
    EXPECT_FALSE(draft.blocks().contains(note));
    EXPECT_TRUE(draft.entry(QStringLiteral("styles.xml"))
                    .contains(t("DocumentRenderer", "DRAFT").toUtf8()));
}

TEST_F(OdtExportTest, ConfidentialItemsOnlyOnRequest)
{
    const core::MunicipalityData data = DocumentFixture::municipality();
    DocumentOptions options =
        optionsFor(DocumentKind::ActionPlan, QString::fromLatin1(DocumentFixture::agreementId));
    const QByteArray secret = QByteArray(DocumentFixture::confidentialMeasure);
    const QByteArray notice =
        t("DocumentRenderer", "Contains information subject to confidentiality").toUtf8();
    const OdtFile plain = exported(data, options);
    EXPECT_FALSE(plain.content().contains(secret));
    EXPECT_FALSE(plain.entry(QStringLiteral("styles.xml")).contains(notice));
    options.includeConfidential = true;
    const OdtFile all = exported(data, options, QStringLiteral("all.odt"));
    EXPECT_TRUE(all.content().contains(secret));
    EXPECT_TRUE(all.entry(QStringLiteral("styles.xml")).contains(notice)); // every page's header
}

TEST_F(OdtExportTest, MimetypeIsTheFirstEntryStoredUncompressed)
{
    const OdtFile odt =
        exported(demo(), optionsFor(DocumentKind::CitizenPromises, QStringLiteral("ag-2021")));
    ASSERT_FALSE(odt.entries().isEmpty());
    const auto &first = odt.entries().first();
    EXPECT_EQ(first.name, QStringLiteral("mimetype"));
    EXPECT_TRUE(first.stored);
    EXPECT_EQ(first.data, QByteArray("application/vnd.oasis.opendocument.text"));
    QStringList names;
    for (const auto &e : odt.entries())
        names << e.name;
    EXPECT_EQ(names.count(QStringLiteral("mimetype")), 1);
    EXPECT_EQ(names.count(QStringLiteral("styles.xml")), 1);
    EXPECT_TRUE(names.contains(QStringLiteral("META-INF/manifest.xml")));
}

TEST_F(OdtExportTest, SectionsStartOnNewPages)
{
    const core::MunicipalityData data = demo();
    const DocumentOptions options = optionsFor(DocumentKind::Agreement, QStringLiteral("ag-2021"));
    const OdtFile odt = exported(data, options);
    const auto sections = DocumentBuilder::build(data, options).sections.size();
    ASSERT_GT(sections, 3u);
    // Every section after the first starts with a block whose style breaks the page.
    QXmlStreamReader reader(odt.content());
    QSet<QString> breaking;
    QString style;
    int breaks = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto a = reader.attributes();
        if (reader.name() == u"style")
            style = a.value(QLatin1String("style:name")).toString();
        else if (reader.name() == u"paragraph-properties" &&
                 a.value(QLatin1String("fo:break-before")) == u"page")
            breaking.insert(style);
        else if ((reader.name() == u"p" || reader.name() == u"h") &&
                 breaking.contains(a.value(QLatin1String("text:style-name")).toString()))
            ++breaks;
    }
    EXPECT_EQ(breaks, int(sections) - 1);
}

TEST_F(OdtExportTest, EveryDocumentKindIsWritten)
{
    const core::MunicipalityData data = demo();
    for (const DocumentKind kind :
         {DocumentKind::FollowUp, DocumentKind::SituationPicture, DocumentKind::MeasurePlan}) {
        DocumentOptions options;
        options.kind = kind;
        if (isAgreementDocument(kind))
            options.agreementId = QStringLiteral("ag-2021");
        const OdtFile odt = exported(data, options, QStringLiteral("kind%1.odt").arg(int(kind)));
        EXPECT_FALSE(odt.headings().isEmpty()) << int(kind);
        EXPECT_EQ(odt.headings(), builtHeadings(data, options)) << int(kind);
    }
}

TEST_F(OdtExportTest, AFailedWriteNamesThePathAndLeavesNothing)
{
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/out.odt"));
    try {
        OdtExporter::write(
            DocumentFixture::municipality(),
            optionsFor(DocumentKind::Agreement, QString::fromLatin1(DocumentFixture::agreementId)),
            path);
        FAIL() << "no error";
    } catch (const DocumentError &error) {
        EXPECT_TRUE(error.message().contains(path)) << error.message().toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);

    EXPECT_THROW(OdtExporter::write(DocumentFixture::municipality(),
                                    optionsFor(DocumentKind::Agreement, QStringLiteral("nope")),
                                    m_dir.filePath(QStringLiteral("x.odt"))),
                 DocumentError);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("x.odt"))));
}

} // namespace samverka::documents::test
