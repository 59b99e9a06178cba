#pragma once

// Part 2 of an agreement (the operational part): its text and each party's
// commitments for the period. Focus areas, goals and measures have their own pages.

#include "Page.h"

namespace samverka::ui {

class FieldBinder;
class RecordTableEditor;
class TextField;

class Part2Page : public Page
{
    Q_OBJECT

public:
    explicit Part2Page(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    FieldBinder *binder() const { return m_binder; }
    TextField *textField() const { return m_text; }
    RecordTableEditor *commitments() const { return m_commitments; }

private:
    FieldBinder *m_binder;
    TextField *m_text;
    RecordTableEditor *m_commitments;
};

} // namespace samverka::ui
