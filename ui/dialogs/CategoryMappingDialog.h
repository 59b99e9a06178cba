#pragma once

// Editing which of the handbook's categories each crime type in the file belongs to.
// It shows the effective mapping (the file's own choices over the bundled default),
// lets the user choose another category per type, and saves only the choices that
// differ from the default; "Återställ standard" goes back to the bundled mapping.

#include "CategoryMapping.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace samverka::ui {

class AppContext;

class CategoryMappingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CategoryMappingDialog(AppContext &context, QWidget *parent = nullptr);

    /// The crime types listed (the file's, grand totals left out), in the file's order.
    QStringList crimeTypes() const;
    QString categoryOf(const QString &crimeType) const;
    /// Chooses a category for a type in the dialog (not saved yet); false when unknown.
    bool setCategory(const QString &crimeType, const QString &category);
    /// Sets every type back to the bundled default (not saved yet).
    void resetToDefault();
    /// What save() writes: the file's entries for types not listed here, and each listed
    /// type whose chosen category differs from the bundled default.
    QList<core::CategoryMapping> mappingToSave() const;
    /// Writes the mapping through AppContext; false when refused.
    bool save();

private:
    void filter(const QString &text);
    QComboBox *comboAt(int row) const;

    AppContext &m_context;
    QList<core::CategoryMapping> m_fileMapping;
    QSet<QString> m_typesWithOwnCategory;
    QLineEdit *m_filter;
    QTableWidget *m_table;
};

} // namespace samverka::ui
