#pragma once

// Builds the full label of each crime-type row of a national statistics table,
// "<parent>, därav <part>", from the row's indentation or its "därav" prefix, so that a
// part is never mistaken for a crime type of its own (and never counted twice in a sum).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace samverka::core {

class CrimeTypeHierarchy
{
public:
    /// A full label and its number: equal labels have equal numbers (0, 1, 2, ...),
    /// so a caller can tell labels apart without comparing text.
    struct Label {
        QString text;
        int id = -1;
    };

    /// The full label of the next row's label cell, as read in table order.
    Label fullLabel(QStringView rawCell);

private:
    struct LabelInfo {
        QString raw;
        int label = -1;    ///< id of the simplified cell
        int stripped = -1; ///< id of the label without its "därav"
        int indent = 0;
        bool isFull = false;
        bool partPrefix = false;
        bool grandTotal = false;
        int nextWithSameHash = -1;
    };
    struct Level {
        int indent;
        int full;
        bool grandTotal;
    };

    const LabelInfo &info(QStringView rawCell);
    LabelInfo read(QStringView rawCell);
    static int indentation(QStringView cell);
    int idOf(const QString &full);
    void push(int indent, int full, bool grandTotal);

    QList<Level> m_stack;
    // The same few cells repeat on every row: each is read once, found by its hash
    // without copying the cell (a QHash<QString> needs a QString to look up).
    QList<LabelInfo> m_infos;
    QHash<size_t, int> m_infoByHash;
    QList<QString> m_labels; ///< by id
    QHash<QString, int> m_ids;
    QHash<quint64, int> m_composed; ///< (parent id, part id) → id of "<parent>, därav <part>"
};

} // namespace samverka::core
