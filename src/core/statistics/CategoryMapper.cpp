#include "CategoryMapper.h"

#include "CrimeTypeLabel.h"
#include "CsvRecordReader.h"
#include "TextDecoding.h"

#include <QFile>
#include <QRegularExpression>

namespace samverka::core {

namespace {

void index(const QList<CategoryMapping> &mapping, QHash<QString, QString> &exact,
           QHash<QString, QString> &normalised, QString (*exactKey)(const QString &))
{
    for (const auto &entry : mapping) {
        if (entry.crimeType.trimmed().isEmpty() || entry.category.trimmed().isEmpty())
            continue;
        exact.insert(exactKey(entry.crimeType), entry.category.trimmed());
        normalised.insert(CrimeTypeLabel::normalised(entry.crimeType), entry.category.trimmed());
    }
}

} // namespace

QStringList CategoryMapper::handbookCategories()
{
    return {QStringLiteral("Brott mot liv och hälsa"),
            QStringLiteral("Brott mot frihet och frid"),
            QStringLiteral("Sexualbrott"),
            QStringLiteral("Stöld, rån och andra tillgreppsbrott"),
            QStringLiteral("Bedrägeri och annan oredlighet"),
            QStringLiteral("Skadegörelse"),
            QStringLiteral("Alkohol- och narkotikabrott"),
            QStringLiteral("Trafikbrott"),
            QStringLiteral("Övriga brott")};
}

const QList<CategoryMapping> &CategoryMapper::bundledMapping()
{
    static const QList<CategoryMapping> mapping = [] {
        QFile file(QStringLiteral(":/data/crime_categories.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return QList<CategoryMapping>();
        return parseMappingCsv(TextDecoding::decode(file.readAll()).text);
    }();
    return mapping;
}

QList<CategoryMapping> CategoryMapper::parseMappingCsv(const QString &text)
{
    QList<CategoryMapping> mapping;
    const QString normalised = TextDecoding::normaliseLineEndings(text);
    // The category names contain commas, so prefer ';' and tab over ','; the first line
    // that is not a comment decides for the whole file, whose records are split with it.
    QChar separator = QLatin1Char(',');
    for (const QStringView line : QStringView(normalised).tokenize(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.contains(QLatin1Char(';')))
            separator = QLatin1Char(';');
        else if (trimmed.contains(QLatin1Char('\t')))
            separator = QLatin1Char('\t');
        break;
    }
    for (const auto &record : CsvRecordReader::records(normalised, separator)) {
        const QString trimmed = record.raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = CsvRecordReader::fields(record.raw, separator);
        if (fields.size() < 2)
            continue;
        const QString type = fields.at(0).simplified();
        const QString category = fields.at(1).simplified();
        if (type.compare(QStringLiteral("crimeType"), Qt::CaseInsensitive) == 0)
            continue;
        if (!type.isEmpty() && !category.isEmpty())
            mapping.append({type, category});
    }
    return mapping;
}

QString CategoryMapper::toMappingCsv(const QList<CategoryMapping> &mapping)
{
    auto quote = [](const QString &s) {
        if (!s.contains(QLatin1Char(';')) && !s.contains(QLatin1Char('"')))
            return s;
        QString q = s;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QStringLiteral("\"%1\"").arg(q);
    };
    QString text = QStringLiteral("crimeType;category\n");
    for (const auto &entry : mapping)
        text +=
            quote(entry.crimeType) + QLatin1Char(';') + quote(entry.category) + QLatin1Char('\n');
    return text;
}

QString CategoryMapper::keywordCategory(const QString &label)
{
    struct Rule {
        QRegularExpression pattern;
        QString category;
    };
    // Order matters: "sexuellt ofredande" before "ofredande", "mordbrand" before "mord",
    // "rattfylleri ... narkotika" before "narkotika".
    static const QList<Rule> rules = [] {
        auto rule = [](const char *pattern, const char *category) {
            return Rule{QRegularExpression(QString::fromUtf8(pattern)),
                        QString::fromUtf8(category)};
        };
        return QList<Rule>{
            rule("rattfylleri|trafik|olovlig körning|smitning", "Trafikbrott"),
            rule("tjänsteman|vapen|kniv|ärekränkning|förtal|förolämpning", "Övriga brott"),
            rule("våldtäkt|sexuell|sexual|koppleri|exhibitionism|blottning|barnpornografi",
                 "Sexualbrott"),
            rule("stöld|snatteri|inbrott|tillgrepp|bilbrott|(?:^|[^a-zåäöéü])rån|"
                 "(?:person|butiks|bank|värdetransport|väsk)rån",
                 "Stöld, rån och andra tillgreppsbrott"),
            rule("bedrägeri|förskingring|trolöshet|utpressning|ocker|häleri|oredlighet",
                 "Bedrägeri och annan oredlighet"),
            rule("skadegörelse|klotter|åverkan|mordbrand|graffiti", "Skadegörelse"),
            rule("narkotika|alkohol|dopning|langning", "Alkohol- och narkotikabrott"),
            rule("misshandel|mord|dråp|dödligt våld|vållande till|framkallande av fara|"
                 "liv och hälsa",
                 "Brott mot liv och hälsa"),
            rule("olaga hot|ofredande|förföljelse|olaga tvång|frihetsberövande|människorov|"
                 "människohandel|hemfrid|olaga intrång|fridskränkning|kvinnofrid|dataintrång|"
                 "frihet och frid|identitetsanvändning",
                 "Brott mot frihet och frid"),
        };
    }();
    const QString text = CrimeTypeLabel::normalised(label);
    for (const auto &r : rules) {
        if (r.pattern.match(text).hasMatch())
            return r.category;
    }
    return QString();
}

QString CategoryMapper::exactKey(const QString &label)
{
    QString k = label;
    k.replace(QChar(0x00A0), QLatin1Char(' '));
    return k.simplified().toCaseFolded();
}

CategoryMapper::CategoryMapper()
    : CategoryMapper(QList<CategoryMapping>())
{}

CategoryMapper::CategoryMapper(const QList<CategoryMapping> &fileMapping)
{
    index(bundledMapping(), m_bundledExact, m_bundledNormalised, &CategoryMapper::exactKey);
    index(fileMapping, m_fileExact, m_fileNormalised, &CategoryMapper::exactKey);
    const QStringList handbook = handbookCategories();
    auto addExtra = [&](const QString &category) {
        if (category.isEmpty())
            return;
        for (const QString &known : handbook) {
            if (known.compare(category, Qt::CaseInsensitive) == 0)
                return;
        }
        for (const QString &known : std::as_const(m_extraCategories)) {
            if (known.compare(category, Qt::CaseInsensitive) == 0)
                return;
        }
        m_extraCategories.append(category);
    };
    for (const auto &entry : fileMapping)
        addExtra(entry.category.trimmed());
    for (const auto &entry : bundledMapping())
        addExtra(entry.category.trimmed());
}

QString CategoryMapper::lookup(const QHash<QString, QString> &exact,
                               const QHash<QString, QString> &normalised,
                               const QString &label) const
{
    if (const auto it = exact.constFind(exactKey(label)); it != exact.cend())
        return it.value();
    if (const auto it = normalised.constFind(CrimeTypeLabel::normalised(label));
        it != normalised.cend())
        return it.value();
    return QString();
}

CategoryMapper::Decision CategoryMapper::explain(const QString &crimeType) const
{
    if (QString c = lookup(m_fileExact, m_fileNormalised, crimeType); !c.isEmpty())
        return {c, Source::File};
    if (QString c = lookup(m_bundledExact, m_bundledNormalised, crimeType); !c.isEmpty())
        return {c, Source::Bundled};
    const QString parent = CrimeTypeLabel::parentOf(crimeType);
    if (!parent.isEmpty()) {
        // A part: its own name may say more ("Brott mot person, därav misshandel")
        // than its parent; if not, it belongs where its parent belongs.
        const QString leaf = CrimeTypeLabel::leafName(crimeType);
        if (QString c = lookup(m_fileExact, m_fileNormalised, leaf); !c.isEmpty())
            return {c, Source::File};
        if (QString c = lookup(m_bundledExact, m_bundledNormalised, leaf); !c.isEmpty())
            return {c, Source::Bundled};
        if (QString c = keywordCategory(leaf); !c.isEmpty())
            return {c, Source::Keyword};
        const Decision fromParent = explain(parent);
        if (fromParent.source != Source::Fallback)
            return {fromParent.category, Source::Parent};
        return {otherCategory(), Source::Fallback};
    }
    if (QString c = keywordCategory(crimeType); !c.isEmpty())
        return {c, Source::Keyword};
    return {otherCategory(), Source::Fallback};
}

QString CategoryMapper::categoryFor(const CrimeStatistic &row) const
{
    if (!row.category.trimmed().isEmpty()) {
        const QString known = canonicalCategory(row.category);
        return known.isEmpty() ? row.category.trimmed() : known;
    }
    return categoryForType(row.crimeType);
}

QStringList CategoryMapper::categories() const
{
    return handbookCategories() + m_extraCategories;
}

QString CategoryMapper::canonicalCategory(const QString &name) const
{
    const QString wanted = name.simplified();
    for (const QString &category : categories()) {
        if (category.compare(wanted, Qt::CaseInsensitive) == 0)
            return category;
    }
    return QString();
}

QList<CategoryMapping> CategoryMapper::effectiveMapping(const QStringList &crimeTypes) const
{
    QList<CategoryMapping> mapping;
    mapping.reserve(crimeTypes.size());
    for (const QString &type : crimeTypes)
        mapping.append({type, categoryForType(type)});
    return mapping;
}

} // namespace samverka::core
