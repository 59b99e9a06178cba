#include "DataSheet.h"

namespace samverka::core {

DataSheet::DataSheet(QString name, QList<Column> columns)
    : m_name(std::move(name))
    , m_columns(std::move(columns))
{}

QStringList DataSheet::columnTitles() const
{
    QStringList titles;
    for (const Column &c : m_columns)
        titles.append(c.title);
    return titles;
}

void DataSheet::addRow(QList<SheetCell> row)
{
    row.resize(m_columns.size());
    m_rows.append(std::move(row));
}

DataSheet DataSheet::merged(const QList<DataSheet> &sheets, const QString &name,
                            const QString &sheetColumn)
{
    QList<Column> columns{{sheetColumn, 0}};
    if (!sheets.isEmpty())
        columns += sheets.first().columns();
    DataSheet result(name, columns);
    for (const DataSheet &sheet : sheets) {
        Q_ASSERT(sheet.columnTitles() == sheets.first().columnTitles());
        for (const QList<SheetCell> &row : sheet.rows())
            result.addRow(QList<SheetCell>{SheetCell::text(sheet.name())} + row);
    }
    return result;
}

} // namespace samverka::core
