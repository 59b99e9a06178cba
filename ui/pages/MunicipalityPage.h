#pragma once

// The file's metadata: which municipality, its county, police region and local police
// area, and the population per year (for rates per 100 000 inhabitants).

#include "Page.h"

class QSpinBox;
class QTableWidget;

namespace samverka::ui {

class EnumCombo;
class FieldBinder;
class LineField;

class MunicipalityPage : public Page
{
    Q_OBJECT

public:
    explicit MunicipalityPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    /// Records the population of a year (replaces an earlier figure for that year).
    bool setPopulation(int year, qint64 value);
    FieldBinder *binder() const { return m_binder; }
    QTableWidget *populationTable() const { return m_population; }
    EnumCombo *coordinatorPerson() const { return m_coordinatorPerson; }

private:
    /// The samordningsfunktion's group: holder, person, party, mandate and since when.
    QWidget *buildCoordinatingFunction();

    FieldBinder *m_binder;
    EnumCombo *m_coordinatorPerson = nullptr;
    EnumCombo *m_coordinatorParty = nullptr;
    LineField *m_name;
    LineField *m_code;
    LineField *m_county;
    LineField *m_policeRegion;
    LineField *m_localPoliceArea;
    QTableWidget *m_population;
    QSpinBox *m_year;
    QSpinBox *m_value;
};

} // namespace samverka::ui
