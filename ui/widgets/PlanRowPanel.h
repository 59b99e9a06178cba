#pragma once

// The selected row of an åtgärdsplan, below the plan's table: for an adopted measure, what
// the agreement says of it (causes, goals, när, vem) and the plan's own words for its
// operative goals; for the plan's own measure, its fields (MeasureEditor). Under both, the
// row's ratings as history, green, yellow or red, with the colour the measure's follow-ups
// suggest offered for the next one; the user decides.

#include "MeasurePlan.h"
#include "Party.h"
#include "Person.h"
#include "PlanTable.h"

#include <QColor>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace samverka::ui {

class AppContext;
class FieldBinder;
class MeasureEditor;
class RecordTableEditor;
class TextField;

class PlanRowPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanRowPanel(AppContext &context, QWidget *parent = nullptr);

    struct Shown {
        std::optional<core::PlanRow> row; ///< none: no row selected (a copy: the page's
                                          ///< list may be read again meanwhile)
        std::optional<core::PlanTable::Row> view;
        QList<QPair<QString, QString>> problems; ///< the lägesbild's, as (id, label)
        QList<core::Party> parties;
        QList<core::Person> people;
        bool frozen = false;   ///< the plan is decided: the row is locked
        bool readOnly = false; ///< the file is read-only
    };
    void show(const Shown &shown);

    /// A new rating of the row shown, dated today, in the suggested colour (else the
    /// latest, else green). Returns its id, or empty when refused.
    QString addRating();

    /// The soft background a rating's cell is shown on (dark text stays readable).
    static QColor background(core::RatingColour colour);

    MeasureEditor *ownEditor() const { return m_own; }
    RecordTableEditor *ratings() const { return m_ratings; }
    QLabel *suggestionLabel() const { return m_suggestion; }
    QLabel *adoptedLabel() const { return m_adopted; }

signals:
    /// The user asked to open the adopted measure in its agreement.
    void openMeasure(const QString &agreementId, const QString &measureId);

private:
    void showAdopted(const core::PlanTable::Row &view);
    QString suggestedWord() const;

    AppContext &m_context;
    QLabel *m_heading;
    QWidget *m_adoptedBox;
    QLabel *m_adopted;
    TextField *m_operative;
    FieldBinder *m_rowBinder;
    QPushButton *m_open;
    MeasureEditor *m_own;
    QLabel *m_suggestion;
    RecordTableEditor *m_ratings;
    QString m_rowId;
    QString m_agreementId;
    QString m_measureId;
    std::optional<core::PlanTable::Row> m_view;
    QList<core::PlanRating> m_rowRatings;
};

} // namespace samverka::ui
