#pragma once

// The signatories of an agreement: name, title, party, person, place, date and
// whether they signed. Signing itself is recorded by the lifecycle dialog.

#include "Page.h"

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
    QLabel *m_note;
    RecordTableEditor *m_table;
};

} // namespace samverka::ui
