#pragma once

// A named table for export (an Excel sheet, a CSV file): column headers and rows of typed
// cells. Built by the documents layer from an agreement and written by the xlsx and csv
// writers, so both formats carry the same content.

#include "SheetCell.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace samverka::core {

class DataSheet
{
public:
    struct Column {
        QString title;
        /// Width in characters a writer may use; 0: from the content.
        int width = 0;
    };

    DataSheet() = default;
    DataSheet(QString name, QList<Column> columns);

    const QString &name() const { return m_name; }
    const QList<Column> &columns() const { return m_columns; }
    QStringList columnTitles() const;
    const QList<QList<SheetCell>> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }

    /// Appends a row; it is padded with empty cells (or cut) to the number of columns.
    void addRow(QList<SheetCell> row);

    /// Several sheets with the same columns as one: a first column titled 'sheetColumn'
    /// holds each row's sheet name. Used where a format has one table per file (CSV).
    static DataSheet merged(const QList<DataSheet> &sheets, const QString &name,
                            const QString &sheetColumn);

private:
    QString m_name;
    QList<Column> m_columns;
    QList<QList<SheetCell>> m_rows;
};

} // namespace samverka::core
