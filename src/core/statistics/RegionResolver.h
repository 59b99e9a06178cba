#pragma once

// Maps a region as the national statistics write it ("Härnösand", "Härnösands kommun",
// "2280 Härnösand", "2280") to SCB's municipality code through the bundled list
// (":/data/municipalities.csv"). Kept inside statistics/ so the importer does not wait
// for the general municipality catalogue; it only needs name-to-code lookups.

#include <QHash>
#include <QString>

#include <optional>

namespace samverka::core {

class RegionResolver
{
public:
    struct Match {
        QString code;
        QString name;
    };

    /// Reads the bundled municipality list.
    RegionResolver();
    /// For tests: a list of code -> name.
    explicit RegionResolver(const QHash<QString, QString> &namesByCode);

    /// The resolver over the bundled list, read once.
    static const RegionResolver &bundled();

    /// The municipality a region names, or nullopt when it names none.
    std::optional<Match> resolve(const QString &region) const;
    /// True for regions that are not municipalities but are known aggregates
    /// (the whole country, a county, a police region).
    static bool isAggregateRegion(const QString &region);
    /// The county ("Västernorrlands län", "22 Västernorrlands län": SCB's two-digit code)
    /// or the whole country ("Riket", "Sverige": code "00") an aggregate region names, which
    /// an import keeps for comparison; nullopt for any other (a police region is skipped).
    std::optional<Match> aggregate(const QString &region) const;
    /// The name of a municipality, county or the country ("00"), or empty.
    QString nameOf(const QString &code) const
    {
        return m_namesByCode.value(code, m_aggregateNames.value(code));
    }
    /// The code of the whole country among the statistics' regions.
    static QString countryCode() { return QStringLiteral("00"); }
    qsizetype size() const { return m_namesByCode.size(); }

private:
    void index();
    static QString key(const QString &name);

    QHash<QString, QString> m_namesByCode;
    QHash<QString, QString> m_codesByKey;
    QHash<QString, QString> m_aggregateNames;   ///< county code (and "00") → name
    QHash<QString, QString> m_countyCodesByKey; ///< county name's key → code
};

} // namespace samverka::core
