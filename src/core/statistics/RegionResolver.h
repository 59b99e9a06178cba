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
    /// (the whole country, a county, a police region), which an import skips.
    static bool isAggregateRegion(const QString &region);
    QString nameOf(const QString &code) const { return m_namesByCode.value(code); }
    qsizetype size() const { return m_namesByCode.size(); }

private:
    void index();
    static QString key(const QString &name);

    QHash<QString, QString> m_namesByCode;
    QHash<QString, QString> m_codesByKey;
};

} // namespace samverka::core
