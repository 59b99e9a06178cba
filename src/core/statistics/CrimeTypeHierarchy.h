#pragma once

// Builds the full label of each crime-type row of a national statistics table,
// "<parent>, därav <part>", from the row's indentation or its "därav" prefix, so that a
// part is never mistaken for a crime type of its own (and never counted twice in a sum).

#include <QHash>
#include <QList>
#include <QString>

namespace samverka::core {

class CrimeTypeHierarchy
{
public:
    /// The full label of the next row's label cell, as read in table order.
    QString fullLabel(const QString &rawCell);

private:
    struct LabelInfo {
        QString label;
        QString stripped;
        int indent = 0;
        bool isFull = false;
        bool partPrefix = false;
        bool grandTotal = false;
    };
    struct Level {
        int indent;
        QString full;
        bool grandTotal;
    };

    static LabelInfo read(const QString &rawCell);
    static int indentation(const QString &cell);
    void push(int indent, const QString &full, bool grandTotal);

    QList<Level> m_stack;
    QHash<QString, LabelInfo> m_labels;
    QHash<QString, QString> m_composed;
};

} // namespace samverka::core
