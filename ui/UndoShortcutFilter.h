#pragma once

// Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) in a text field go to Edit › Undo and Redo unless the
// user has typed in that field since it got the focus: a title typed and left with Tab
// can be taken back from the field the focus went to. Qt's text fields otherwise claim
// the keys whenever they hold any history of their own, even typing committed long ago
// (a field that shows the same text after a reload keeps it), and Ctrl+Z then changes
// the field's text instead of undoing the last change to the file.

#include <QObject>
#include <QPointer>

namespace samverka::ui {

class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutFilter(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The text field of the current visit, and whether the user typed in it since.
    QPointer<QObject> m_field;
    bool m_typed = false;
};

} // namespace samverka::ui
