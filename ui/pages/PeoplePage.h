#pragma once

// The people and parties of the file, two tables edited in place.

#include "Page.h"

namespace samverka::ui {

class RecordTableEditor;

class PeoplePage : public Page
{
    Q_OBJECT

public:
    explicit PeoplePage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    RecordTableEditor *parties() const { return m_parties; }
    RecordTableEditor *people() const { return m_people; }

private:
    RecordTableEditor *m_parties;
    RecordTableEditor *m_people;
};

} // namespace samverka::ui
