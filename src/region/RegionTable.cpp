#include "RegionTable.h"

namespace samverka::region {

RegionTable::RegionTable(QString tableName, const QString &declaration, QStringList keyColumns)
    : name(std::move(tableName))
    , key(std::move(keyColumns))
{
    for (const QString &part : declaration.split(u',', Qt::SkipEmptyParts)) {
        const QString column = part.simplified();
        const qsizetype space = column.indexOf(u' ');
        columns << column.left(space);
        types << column.mid(space + 1);
    }
}

QString RegionTable::qualified() const
{
    return QStringLiteral("region.") + name;
}

QStringList RegionTable::allColumns() const
{
    return QStringList{QStringLiteral("municipality")} + columns;
}

QString RegionTable::createSql() const
{
    QStringList parts{QStringLiteral("municipality text NOT NULL REFERENCES "
                                     "region.municipalities (code)")};
    for (qsizetype i = 0; i < columns.size(); ++i)
        parts << columns.at(i) + u' ' + types.at(i);
    if (!key.isEmpty())
        parts
            << QStringLiteral("PRIMARY KEY (municipality, %1)").arg(key.join(QStringLiteral(", ")));
    return QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
        .arg(qualified(), parts.join(QStringLiteral(",\n    ")));
}

} // namespace samverka::region
