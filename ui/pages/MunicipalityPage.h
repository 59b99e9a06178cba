#pragma once

// The file's metadata: which municipality, its county, police region and local police
// area, and the population per year (for rates per 100 000 inhabitants).

#include "Page.h"

#include <functional>

class QSpinBox;
class QTableWidget;

namespace samverka::ui {

class EnumCombo;
class FieldBinder;
class LineField;
class LogoPicker;

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
    /// Makes the SVG or PNG picture at path the municipality's logo: keeps it in the file
    /// as an attachment and names it, replacing the logo before, in one undo step. False,
    /// with a message that names the file, when it cannot be read or is no logo.
    bool chooseLogo(const QString &path);
    /// Removes the logo and the attachment that holds it, in one undo step.
    bool removeLogo();
    LogoPicker *logoPicker() const { return m_logo; }
    FieldBinder *binder() const { return m_binder; }
    QTableWidget *populationTable() const { return m_population; }
    EnumCombo *coordinatorPerson() const { return m_coordinatorPerson; }

private:
    /// The samordningsfunktion's group: holder, person, party, mandate and since when.
    QWidget *buildCoordinatingFunction();
    void showLogo();
    /// Runs edits as one undo step named what; when one is refused, takes back those done.
    bool oneStep(const QString &what, const std::function<bool()> &edits);

    FieldBinder *m_binder;
    EnumCombo *m_coordinatorPerson = nullptr;
    EnumCombo *m_coordinatorParty = nullptr;
    LineField *m_name;
    LineField *m_code;
    LineField *m_county;
    LineField *m_policeRegion;
    LineField *m_localPoliceArea;
    LogoPicker *m_logo;
    QTableWidget *m_population;
    QSpinBox *m_year;
    QSpinBox *m_value;
};

} // namespace samverka::ui
