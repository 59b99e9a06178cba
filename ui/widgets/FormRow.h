#pragma once

// Adds a labelled input to a form: the label is the input's buddy (Alt+key reaches
// it) and its text becomes the input's accessible name.

#include <QFormLayout>
#include <QHBoxLayout>
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

/// A part's heading inside a form, across both columns, with an explanation under it
/// when note is given (the lägesbild's three parts, the åtgärdsplan's measures).
inline QLabel *addPartHeading(QFormLayout *form, const QString &text, const QString &note)
{
    auto *heading = new QLabel(text);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setContentsMargins(0, heading->fontMetrics().height() / 2, 0, 0);
    form->addRow(heading);
    if (!note.isEmpty()) {
        auto *explanation = new QLabel(note);
        explanation->setWordWrap(true);
        form->addRow(explanation);
    }
    return heading;
}

/// Two inputs side by side as one span, "from <between> to" ("2020 till 2024"); the
/// word between is the second input's label.
inline QWidget *spanOf(QWidget *from, const QString &between, QWidget *to)
{
    auto *span = new QWidget;
    auto *row = new QHBoxLayout(span);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(from);
    auto *label = new QLabel(between);
    label->setBuddy(to);
    row->addWidget(label);
    row->addWidget(to);
    row->addStretch(1);
    return span;
}

} // namespace samverka::ui
