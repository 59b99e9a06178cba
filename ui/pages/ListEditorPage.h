#pragma once

// Base of the pages that list records on the left and edit the selected one in a form
// on the right (problems, causes, goals, measures, follow-ups, promise sets, meetings):
// the layout, showing a target with its record selected, and the list's Add and Remove
// buttons. A subclass fills the form and says how a record is shown, added and removed.

#include "Page.h"

#include "Agreement.h"
#include "RecordKind.h"

#include <QVariantMap>

#include <QList>

namespace samverka::ui {

class RecordListPanel;

class ListEditorPage : public Page
{
    Q_OBJECT

public:
    /// Reloads, then selects target.recordId when it names one.
    void showTarget(const NavTarget &target) override;
    /// Selects the record in the list and shows it in the form.
    void selectRecord(const QString &id);
    RecordListPanel *list() const { return m_list; }

protected:
    ListEditorPage(AppContext &context, const QString &listName, QWidget *parent);

    /// Puts the list (or left, a widget that holds it) beside form, which scrolls; sizes
    /// are the two sides' starting widths. Called once, from the subclass's constructor
    /// once the form exists: from then on the list's selection and buttons reach it.
    void setUpLayout(QWidget *form, const QList<int> &sizes, QWidget *left = nullptr);

    /// Reads the target's agreement into agreement. When it cannot be read (gone, or the
    /// file locked by a colleague just now) empties the list and the form and returns
    /// false.
    bool readTargetAgreement(core::Agreement &agreement);

    /// Inserts a record (one undoable step named undoText), reloads and selects it.
    /// Returns its id, or empty when the file refused it.
    QString addRecord(storage::RecordKind kind, const QString &parentId, const QVariantMap &fields,
                      const QString &undoText);
    /// Removes a record (one undoable step named undoText) and reloads. False when the
    /// file refused it.
    bool removeRecord(storage::RecordKind kind, const QString &id, const QString &undoText);

    /// Shows the record in the form; an empty id shows none.
    virtual void showRecord(const QString &id) = 0;
    virtual void addRequested() = 0;
    virtual void removeRequested(const QString &id) = 0;

private:
    /// Gives the form's first input the focus, its text selected (after the user's Add).
    void focusFirstInput();

    RecordListPanel *m_list;
    QWidget *m_form = nullptr;
};

} // namespace samverka::ui
