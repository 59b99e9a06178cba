#pragma once

// The overview of the open file: its agreements with status, period and whether they
// are in force; late measures; follow-ups the reporting plan makes due; and where an
// agreement stands in the method's five steps, with what is missing in each and the
// user's own check items. Every listed record opens on activation.

#include "Page.h"

#include "Agreement.h"
#include "LateMeasureReader.h"
#include "LawChecklist.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace samverka::ui {

class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    /// The agreement whose steps are shown: the chosen one, else the newest that is
    /// not signed, else the newest.
    QString stepsAgreementId() const { return m_stepsAgreementId; }
    /// Of agreements (heads, oldest first), the one whose steps are shown when the user
    /// has chosen none: the newest that is not signed, else the newest; null when empty.
    static const core::Agreement *defaultStepsAgreement(const QList<core::Agreement> &agreements);

    /// The most late measures the overview lists: those late the longest. A large city's
    /// file has thousands; the overview says how many and where they all are instead.
    static constexpr int lateShown = 50;
    QTreeWidget *lateList() const { return m_late; }
    /// Says how many late measures there are when not all are listed.
    QLabel *lateMoreLabel() const { return m_lateMore; }

    /// What the law asks of the municipality, a row each, met or not.
    QTreeWidget *lawList() const { return m_law; }

private:
    void fillLaw(const QList<core::LawChecklist::Requirement> &requirements);
    void fillAgreements(const QList<core::Agreement> &agreements);
    /// The late measures of every agreement (heads with measures), late the longest
    /// first, at most lateShown of them.
    void fillLate(const QList<core::Agreement> &agreements, const storage::LateMeasures &late);
    /// The reports due of the agreements in force (read whole); agreements are all heads.
    void fillDue(const QList<core::Agreement> &inForce, const QList<core::Agreement> &agreements);
    void fillSteps(const QList<core::Agreement> &agreements, const QList<core::Agreement> &inForce,
                   int meetings);
    void activate(QTreeWidgetItem *item);
    void checkItemChanged(QTreeWidgetItem *item, int column);
    void addCheckItem();
    void removeCheckItem();
    void updateButtons();

    QTreeWidget *m_law;
    QTreeWidget *m_agreements;
    QTreeWidget *m_late;
    QLabel *m_noLate;
    QLabel *m_lateMore;
    QTreeWidget *m_due;
    QLabel *m_noDue;
    QComboBox *m_stepsAgreement;
    QTreeWidget *m_steps;
    QComboBox *m_newItemStep;
    QLineEdit *m_newItemText;
    QPushButton *m_addItem;
    QPushButton *m_removeItem;
    QString m_stepsAgreementId;
    bool m_chosenByUser = false;
    bool m_filling = false;
};

} // namespace samverka::ui
