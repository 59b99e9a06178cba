#pragma once

// Citizen promise sets (medborgarlöften): the set (title, agreement, years, preamble,
// basis, status), its promises with responsible parties, measures and status, and its
// signatories (choosing a signatory's person fills in name, title and party).
// Sets have their own lifecycle: editable under a signed agreement.

#include "ListEditorPage.h"

#include "CitizenPromiseSet.h"

namespace samverka::ui {

class EnumCombo;
class FieldBinder;
class LineField;
class LinkChecklist;
class NumberField;
class RecordTableEditor;
class TextField;

class PromiseSetsPage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit PromiseSetsPage(AppContext &context, QWidget *parent = nullptr);

    void reload() override;
    QString title() const override;

    QString addSet();
    void selectSet(const QString &id) { selectRecord(id); }
    FieldBinder *setBinder() const { return m_setBinder; }
    FieldBinder *promiseBinder() const { return m_promiseBinder; }
    RecordTableEditor *promises() const { return m_promises; }

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;
    void showPromise(const QString &id);
    /// The set shown, as the file has it now (empty when none).
    core::CitizenPromiseSet shownSet() const;
    /// The shown set's signatories with the ids their rows are addressed by.
    QList<QPair<QString, core::Signature>> signatories() const;

    FieldBinder *m_setBinder;
    FieldBinder *m_promiseBinder;
    LineField *m_title;
    EnumCombo *m_agreement;
    NumberField *m_fromYear;
    NumberField *m_toYear;
    TextField *m_preamble;
    LinkChecklist *m_basis;
    EnumCombo *m_status;
    RecordTableEditor *m_promises;
    LinkChecklist *m_responsible;
    LinkChecklist *m_measures;
    RecordTableEditor *m_signatures;
    QList<core::CitizenPromiseSet> m_sets;
};

} // namespace samverka::ui
