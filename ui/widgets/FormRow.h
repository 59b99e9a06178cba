#pragma once

// Adds a labelled input to a form: the label is the input's buddy (Alt+key reaches
// it) and its text becomes the input's accessible name.

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace samverka::ui {

inline QLabel *addFormRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    QString name = text;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(name);
    // Composite inputs (a date with its clear button) hand focus to an inner editor.
    if (QWidget *proxy = field->focusProxy(); proxy && proxy->accessibleName().isEmpty())
        proxy->setAccessibleName(name);
    form->addRow(label, field);
    return label;
}

/// A form laid out the same way on every page: labels right-aligned, fields growing.
/// With a parent, the form sits at the top of it and spare height stays below.
inline QFormLayout *makeForm(QWidget *parent = nullptr)
{
    auto *form = new QFormLayout;
    if (parent) {
        auto *column = new QVBoxLayout(parent);
        column->addLayout(form);
        column->addStretch(1);
    }
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace samverka::ui
