#pragma once

// Sweden's 290 municipalities (SCB codes in force since 2007, with their counties),
// bundled as ":/data/municipalities.csv": for pickers, and for mapping names in
// imported statistics to codes.

#include <QList>
#include <QString>

#include <optional>

namespace samverka::core {

struct MunicipalityEntry {
    QString code; ///< four digits, "2280"
    QString name; ///< "Härnösand"
    QString countyCode;
    QString countyName;

    bool operator==(const MunicipalityEntry &) const = default;
};

class MunicipalityCatalog
{
public:
    /// Every municipality, in code order (read once from the resource).
    static const QList<MunicipalityEntry> &all();
    static std::optional<MunicipalityEntry> byCode(const QString &code);
    /// Case-insensitive; accepts "Härnösand", "Härnösands kommun", "2280 Härnösand"
    /// and "2280".
    static std::optional<MunicipalityEntry> findByName(const QString &name);
    /// For a searchable picker: entries whose name, code or county contains the text,
    /// names starting with it first.
    static QList<MunicipalityEntry> search(const QString &text);
};

} // namespace samverka::core
