#pragma once

// The signatories of an agreement: person, name, title, party, place, date and
// whether they signed. Choosing the person fills in name, title and party (see
// SignatoryFromPerson). Signing itself is recorded by the lifecycle dialog.

#include "Page.h"

#include "Signature.h"

class QLabel;

namespace samverka::ui {

class RecordTableEditor;

class SignaturesPage : public Page
{
    Q_OBJECT

public:
    explicit SignaturesPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    RecordTableEditor *table() const { return m_table; }

private:
    /// The agreement's signatories with the ids their rows are addressed by.
    QList<QPair<QString, core::Signature>> signatories() const;

    QLabel *m_note;
    RecordTableEditor *m_table;
};

} // namespace samverka::ui
