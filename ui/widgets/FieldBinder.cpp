#include "FieldBinder.h"

#include "AppContext.h"
#include "CheckField.h"
#include "DateField.h"
#include "EnumCombo.h"
#include "LineField.h"
#include "LinkChecklist.h"
#include "NumberField.h"
#include "StringListEditor.h"
#include "TextField.h"
#include "UiErrors.h"

#include <QLabel>

namespace samverka::ui {

namespace {

QDate toDate(const QVariant &value)
{
    if (value.userType() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

FieldBinder::FieldBinder(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void FieldBinder::add(QWidget *widget, const QString &field, const QString &what,
                      std::function<void(const QVariant &)> load)
{
    m_bindings.append({widget, field, what, std::move(load)});
    widget->setEnabled(!m_id.isEmpty() && !m_frozen);
}

void FieldBinder::bind(LineField *widget, const QString &field, const QString &what)
{
    add(widget, field, what, [widget](const QVariant &v) { widget->setValue(v.toString()); });
    connect(widget, &LineField::committed, this,
            [this, field, widget](const QString &v) { commit(field, v, widget->visitKey()); });
}

void FieldBinder::bind(TextField *widget, const QString &field, const QString &what)
{
    add(widget, field, what, [widget](const QVariant &v) { widget->setValue(v.toString()); });
    connect(widget, &TextField::committed, this,
            [this, field, widget](const QString &v) { commit(field, v, widget->visitKey()); });
}

void FieldBinder::bind(EnumCombo *widget, const QString &field, const QString &what)
{
    add(widget, field, what, [widget](const QVariant &v) { widget->setValue(v.toString()); });
    connect(widget, &EnumCombo::committed, this,
            [this, field](const QString &v) { commit(field, v); });
}

void FieldBinder::bind(DateField *widget, const QString &field, const QString &what)
{
    add(widget, field, what, [widget](const QVariant &v) { widget->setValue(toDate(v)); });
    connect(widget, &DateField::committed, this,
            [this, field](const QDate &v) { commit(field, v); });
    connect(widget, &DateField::refused, this, &FieldBinder::showHint);
}

void FieldBinder::bind(NumberField *widget, const QString &field, const QString &what)
{
    add(widget, field, what, [widget](const QVariant &v) { widget->setValue(v); });
    connect(widget, &NumberField::committed, this,
            [this, field](const QVariant &v) { commit(field, v); });
    connect(widget, &NumberField::refused, this, &FieldBinder::showHint);
}

void FieldBinder::bind(CheckField *widget, const QString &field, const QString &what)
{
    add(widget, field, what, [widget](const QVariant &v) { widget->setValue(v.toBool()); });
    connect(widget, &CheckField::committed, this, [this, field](bool v) { commit(field, v); });
}

void FieldBinder::bind(LinkChecklist *widget, const QString &field, const QString &what)
{
    add(widget, field, what,
        [widget](const QVariant &v) { widget->setCheckedIds(v.toStringList()); });
    connect(widget, &LinkChecklist::committed, this,
            [this, field](const QStringList &v) { commit(field, v); });
}

void FieldBinder::bind(StringListEditor *widget, const QString &field, const QString &what)
{
    add(widget, field, what, [widget](const QVariant &v) { widget->setValue(v.toStringList()); });
    connect(widget, &StringListEditor::committed, this,
            [this, field](const QStringList &v) { commit(field, v); });
}

void FieldBinder::setRecord(storage::RecordKind kind, const QString &id)
{
    if (id != m_id || kind != m_kind) {
        // Refused text belongs to the record it was typed for.
        for (const Binding &binding : std::as_const(m_bindings)) {
            if (auto *number = qobject_cast<NumberField *>(binding.widget))
                number->discardTyped();
            else if (auto *date = qobject_cast<DateField *>(binding.widget))
                date->discardTyped();
        }
    }
    m_kind = kind;
    m_id = id;
    showHint({});
    load();
}

QVariant FieldBinder::value(const QString &field) const
{
    if (m_id.isEmpty() || !m_context.hasFile())
        return {};
    try {
        return m_context.file()->field(m_kind, m_id, field);
    } catch (const std::exception &error) {
        // A record removed underneath (undo, a colleague) shows empty; anything else is
        // reported (a colleague's lock to the user, a misspelt field as a programming error).
        UiErrors::recordGone(m_context, where(field), error);
        return {};
    }
}

QString FieldBinder::where(const QString &field) const
{
    return QStringLiteral("FieldBinder (%1 %2, field \"%3\")")
        .arg(storage::recordKindName(m_kind), m_id, field);
}

void FieldBinder::load()
{
    // Read every field first: a read that fails part way (a colleague's lock) then leaves
    // the inputs as they were, not half of them from the file and half from before.
    QList<QVariant> values;
    if (!m_id.isEmpty() && m_context.hasFile()) {
        // One read of the record for every field (issue #13). Should it fail, field by
        // field, so that a failure names the field it is about.
        QStringList names;
        for (const Binding &binding : std::as_const(m_bindings))
            names << binding.field;
        try {
            values = m_context.file()->fields(m_kind, m_id, names);
        } catch (const std::exception &) {
            values.clear();
        }
    }
    if (values.isEmpty() && !m_id.isEmpty() && m_context.hasFile()) {
        for (const Binding &binding : std::as_const(m_bindings)) {
            try {
                values.append(m_context.file()->field(m_kind, m_id, binding.field));
                continue;
            } catch (const std::exception &error) {
                const auto caught = UiErrors::handleRead(m_context, where(binding.field), error);
                if (caught == UiErrors::Caught::ToldUser) {
                    // Reported once. The same record keeps what its inputs show; another
                    // record's values must not stand for this one: empty and disabled.
                    if (m_loadedKind != m_kind || m_loadedId != m_id)
                        showUnreadable();
                    return;
                }
                if (caught == UiErrors::Caught::RecordGone) {
                    values.clear(); // show it empty
                    break;
                }
            }
            values.append(QVariant()); // a misspelt field (reported): that input stays empty
        }
    }
    m_loading = true;
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        const Binding &binding = m_bindings.at(i);
        if (binding.widget)
            binding.load(i < values.size() ? values.at(i) : QVariant());
    }
    m_loading = false;
    m_loadedKind = m_kind;
    m_loadedId = m_id;
    m_unreadable = false;
    updateEnabled();
}

void FieldBinder::showUnreadable()
{
    m_loading = true;
    for (const Binding &binding : std::as_const(m_bindings))
        if (binding.widget)
            binding.load(QVariant());
    m_loading = false;
    m_loadedId.clear();
    m_unreadable = true;
    updateEnabled();
}

void FieldBinder::setFrozen(bool frozen)
{
    m_frozen = frozen;
    updateEnabled();
}

void FieldBinder::setAlwaysEditable(QWidget *widget)
{
    m_alwaysEditable.append(widget);
    updateEnabled();
}

void FieldBinder::updateEnabled()
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (!binding.widget)
            continue;
        const bool exempt = m_alwaysEditable.contains(binding.widget);
        const bool readOnlyFile = m_context.hasFile() && m_context.file()->isReadOnly();
        binding.widget->setEnabled(!m_id.isEmpty() && !m_unreadable && !readOnlyFile &&
                                   (!m_frozen || exempt));
    }
}

void FieldBinder::setHintLabel(QLabel *label)
{
    m_hint = label;
    if (m_hint) {
        m_hint->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_hint->setWordWrap(true);
        m_hint->setVisible(false);
    }
}

void FieldBinder::showHint(const QString &text)
{
    if (!text.isEmpty())
        emit m_context.inputRefused(text); // the window's status bar repeats it
    if (!m_hint)
        return;
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void FieldBinder::keepUnsaved(const QString &field, const QVariant &value)
{
    // Typed text is the user's work: a full disk or a dropped share must not take it. The
    // input keeps it, marked as not saved, and saves it again when the user leaves it.
    bool kept = false;
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.field != field)
            continue;
        if (auto *line = qobject_cast<LineField *>(binding.widget)) {
            line->keepUnsaved(value.toString());
            kept = true;
        } else if (auto *text = qobject_cast<TextField *>(binding.widget)) {
            text->keepUnsaved(value.toString());
            kept = true;
        }
    }
    if (kept)
        showHint(tr("Not saved. What you typed is kept here: leave the field again to save it "
                    "once the file can be written."));
}

bool FieldBinder::commit(const QString &field, const QVariant &value, const QString &mergeKey)
{
    if (m_loading || m_id.isEmpty())
        return false;
    const QString reason = m_validator ? m_validator(field, value) : QString();
    showHint(reason); // also takes away what an earlier refused input showed
    if (!reason.isEmpty())
        return false; // the input keeps the value so the user can correct it
    QString what;
    for (const Binding &binding : std::as_const(m_bindings))
        if (binding.field == field)
            what = binding.what;
    const bool ok = m_context.setField(m_kind, m_id, field, value, what, mergeKey);
    if (!ok) {
        load(); // show what the file really holds
        if (m_context.lastRefusalMayPass())
            keepUnsaved(field, value);
        return false;
    }
    emit committed(field);
    return true;
}

} // namespace samverka::ui
