#pragma once

// Decides which of the handbook's categories ("Anmälda brott efter brottstyp") a crime
// type belongs to. In order: the category given in the row; the file's own, edited
// mapping; the bundled default (resources/data/crime_categories.csv); keyword rules on
// the label; for a "därav" part, its parent's category; else "Övriga brott".

#include "CategoryMapping.h"
#include "CrimeStatistic.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace samverka::core {

class CategoryMapper
{
public:
    enum class Source { Row, File, Bundled, Keyword, Parent, Fallback };
    struct Decision {
        QString category;
        Source source = Source::Fallback;
    };

    /// The bundled default only.
    CategoryMapper();
    /// The file's mapping overrides the bundled default entry by entry.
    explicit CategoryMapper(const QList<CategoryMapping> &fileMapping);

    QString categoryFor(const CrimeStatistic &row) const;
    QString categoryForType(const QString &crimeType) const { return explain(crimeType).category; }
    Decision explain(const QString &crimeType) const;

    /// The handbook's categories in its order, then any others the file's mapping uses.
    QStringList categories() const;
    /// The known category with this name (case-insensitive), or empty.
    QString canonicalCategory(const QString &name) const;
    bool isCategory(const QString &name) const { return !canonicalCategory(name).isEmpty(); }
    /// What each given crime type maps to now, for showing and editing the mapping.
    QList<CategoryMapping> effectiveMapping(const QStringList &crimeTypes) const;

    /// The handbook's table, in its order, with "Trafikbrott" and "Övriga brott" added.
    static QStringList handbookCategories();
    static QString otherCategory() { return QStringLiteral("Övriga brott"); }
    /// The bundled default (read once from ":/data/crime_categories.csv").
    static const QList<CategoryMapping> &bundledMapping();
    /// Reads "crimeType;category" lines (comma, semicolon or tab; header and # comments allowed).
    static QList<CategoryMapping> parseMappingCsv(const QString &text);
    static QString toMappingCsv(const QList<CategoryMapping> &mapping);
    /// The category the keyword rules give a label, or empty.
    static QString keywordCategory(const QString &label);

private:
    static QString exactKey(const QString &label);
    QString lookup(const QHash<QString, QString> &exact, const QHash<QString, QString> &normalised,
                   const QString &label) const;

    QHash<QString, QString> m_fileExact;
    QHash<QString, QString> m_fileNormalised;
    QHash<QString, QString> m_bundledExact;
    QHash<QString, QString> m_bundledNormalised;
    QStringList m_extraCategories;
};

} // namespace samverka::core
