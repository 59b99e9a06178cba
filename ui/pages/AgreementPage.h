#pragma once

// The agreement itself: title, period, parties, diary numbers, what it replaces,
// who decided it and when; its lifecycle status is shown, not edited here.

#include "Page.h"

class QLabel;

namespace samverka::ui {

class CheckField;
class DateField;
class FieldBinder;
class LineField;
class LinkChecklist;
class RecordTableEditor;

class AgreementPage : public Page
{
    Q_OBJECT

public:
    explicit AgreementPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;
    void focusForNaming() override;

    FieldBinder *binder() const { return m_binder; }
    LineField *titleField() const { return m_title; }
    DateField *validFromField() const { return m_validFrom; }
    DateField *validToField() const { return m_validTo; }
    LinkChecklist *partiesField() const { return m_parties; }
    QLabel *hintLabel() const { return m_hint; }

private:
    QString validate(const QString &field, const QVariant &value) const;

    FieldBinder *m_binder;
    QLabel *m_heading;
    QLabel *m_status;
    QLabel *m_replaces;
    QLabel *m_hint;
    LineField *m_title;
    DateField *m_validFrom;
    CheckField *m_fromSigning;
    DateField *m_validTo;
    CheckField *m_untilFurtherNotice;
    LinkChecklist *m_parties;
    RecordTableEditor *m_diaryNumbers;
    LineField *m_decidedBy;
    DateField *m_decidedOn;
};

} // namespace samverka::ui
