#pragma once

// Binds a form's inputs to the fields of one record: loads them from the open file
// (MunicipalityFile::field, the exchange vocabulary) and writes each user change
// through AppContext::setField, so every change is one undoable command. Loading
// never writes back; a refused write or a failed check reloads or shows the reason.

#include "RecordKind.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

class QLabel;
class QWidget;

namespace samverka::ui {

class AppContext;
class CheckField;
class DateField;
class EnumCombo;
class LineField;
class LinkChecklist;
class NumberField;
class StringListEditor;
class TextField;

class FieldBinder : public QObject
{
    Q_OBJECT

public:
    /// A check before writing: returns the reason a value is refused, or empty.
    using Validator = std::function<QString(const QString &field, const QVariant &value)>;

    explicit FieldBinder(AppContext &context, QObject *parent = nullptr);

    void bind(LineField *widget, const QString &field, const QString &what);
    void bind(TextField *widget, const QString &field, const QString &what);
    void bind(EnumCombo *widget, const QString &field, const QString &what);
    void bind(DateField *widget, const QString &field, const QString &what);
    void bind(NumberField *widget, const QString &field, const QString &what);
    void bind(CheckField *widget, const QString &field, const QString &what);
    void bind(LinkChecklist *widget, const QString &field, const QString &what);
    void bind(StringListEditor *widget, const QString &field, const QString &what);

    /// Switches to another record (empty id: nothing shown, inputs disabled) and loads it.
    void setRecord(storage::RecordKind kind, const QString &id);
    QString recordId() const { return m_id; }
    storage::RecordKind kind() const { return m_kind; }
    /// Re-reads every bound field from the file.
    void load();

    /// Frozen content is shown but cannot be edited; 'alwaysEditable' inputs stay open
    /// (the work under a signed agreement, e.g. a measure's status).
    void setFrozen(bool frozen);
    void setAlwaysEditable(QWidget *widget);

    void setValidator(Validator validator) { m_validator = std::move(validator); }
    /// Where a refused value's reason is shown (red); hidden while there is none.
    void setHintLabel(QLabel *label);

    /// Writes one field as the user would; false when refused (by a check or the file).
    /// mergeKey names a visit of a text field: commits of one visit are one undo step.
    bool commit(const QString &field, const QVariant &value, const QString &mergeKey = {});

    /// The value of a field of the current record as the file has it.
    QVariant value(const QString &field) const;

signals:
    /// After a field was written (the file's own change signal also fires).
    void committed(const QString &field);

private:
    struct Binding {
        QPointer<QWidget> widget;
        QString field;
        QString what;
        std::function<void(const QVariant &)> load;
    };
    void add(QWidget *widget, const QString &field, const QString &what,
             std::function<void(const QVariant &)> load);
    void updateEnabled();
    /// Names the binder's record and a field, for a programming error's log line.
    QString where(const QString &field) const;
    void showHint(const QString &text);
    /// Keeps typed text the file refused for a reason that may pass in its input.
    void keepUnsaved(const QString &field, const QVariant &value);
    /// The record could not be read (reported to the user): inputs empty and disabled.
    void showUnreadable();

    AppContext &m_context;
    storage::RecordKind m_kind = storage::RecordKind::Party;
    QString m_id;
    QList<Binding> m_bindings;
    QList<QPointer<QWidget>> m_alwaysEditable;
    bool m_frozen = false;
    bool m_loading = false;
    /// The record the inputs show, and whether the last read of it failed.
    storage::RecordKind m_loadedKind = storage::RecordKind::Party;
    QString m_loadedId;
    bool m_unreadable = false;
    Validator m_validator;
    QPointer<QLabel> m_hint;
};

} // namespace samverka::ui
