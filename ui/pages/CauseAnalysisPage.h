#pragma once

// The cause analysis: each problem with its numbered causes ("Orsak 2.3") and an
// editor for the selected cause, including secrecy and who holds the information.

#include "ListEditorPage.h"

#include <QSet>

class QLabel;

namespace samverka::ui {

class CheckField;
class EnumCombo;
class FieldBinder;
class TextField;

class CauseAnalysisPage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit CauseAnalysisPage(AppContext &context, QWidget *parent = nullptr);

    void reload() override;
    QString title() const override;

    /// Adds a cause to a problem (as the Add button does with a problem selected).
    QString addCause(const QString &problemId, const QString &text = {});
    bool removeCause(const QString &causeId);
    void select(const QString &id) { selectRecord(id); }
    FieldBinder *binder() const { return m_binder; }
    TextField *textField() const { return m_text; }

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;
    void updateHint();

    FieldBinder *m_binder;
    QLabel *m_number;
    QLabel *m_hint;
    TextField *m_text;
    EnumCombo *m_perspective;
    EnumCombo *m_proximity;
    EnumCombo *m_nature;
    EnumCombo *m_riskDomain;
    CheckField *m_withinMandate;
    CheckField *m_confidential;
    EnumCombo *m_informationHolder;
    QSet<QString> m_problemIds;
    QHash<QString, QString> m_problemOfCause;
    QHash<QString, QString> m_causeNumbers;
};

} // namespace samverka::ui
