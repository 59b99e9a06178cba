// The åtgärdsplan in the coordinator's journey (issue #14): a first plan started from the
// empty page and named, based on the lägesbild chosen in its combo, an agreement's measure
// adopted from the menu, an own measure aimed at the lägesbild's problem, a follow-up date
// and a rating. Decided, the plan's measures lock while its ratings stay open; it is
// exported as a PDF from its page; Ctrl+Z takes the decision back.

#include "CoordinatorJourney.h"
#include "CoordinatorJourneyData.h"
#include "MenuClicks.h"

#include "PageNavigation.h"
#include "Typing.h"

#include "dialogs/DocumentDialog.h"
#include "pages/MeasurePlanPage.h"
#include "widgets/LineField.h"
#include "widgets/MeasureEditor.h"
#include "widgets/PlanRowPanel.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"

#include "EnumLabels.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace samverka::ui::test {

using namespace journey;

namespace {

const core::MeasurePlan *planIn(const QList<core::MeasurePlan> &plans, const QString &id)
{
    for (const core::MeasurePlan &p : plans)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace

void CoordinatorJourney::makeMeasurePlan()
{
    using Page = MeasurePlanPage;
    clickSidebar(QStringLiteral("measurePlan"));
    auto *plans = page<Page>();
    ASSERT_NE(plans, nullptr);
    EXPECT_TRUE(plans->list()->emptyLabel()->isVisible());
    EXPECT_TRUE(plans->list()->emptyLabel()->text().contains(QStringLiteral("2023:196")));
    EXPECT_FALSE(plans->exportButton()->isEnabled()) << "no plan, no document";

    // A new plan opens with its title selected: typing names it.
    QTest::mouseClick(plans->list()->addButton(), Qt::LeftButton);
    settle();
    auto *titleEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(titleEdit, nullptr);
    const QDate today = m_context.file()->clock().today();
    EXPECT_EQ(titleEdit->selectedText(), Page::tr("Measure plan %1").arg(today.year()));
    typeText(QStringLiteral("Åtgärdsplan 2025–2026"));
    pressKey(Qt::Key_Tab);
    settle();
    // The lägesbild is a draft here (its adoption was undone): chosen by hand.
    chooseInCombo(fieldOf(plans, Page::tr("Based on the &situation picture:")),
                  QStringLiteral("Lägesbild 2025"));
    QList<core::MeasurePlan> stored = m_context.file()->measurePlans();
    ASSERT_EQ(stored.size(), 1);
    const QString planId = stored.first().id;
    EXPECT_EQ(stored.first().title, QStringLiteral("Åtgärdsplan 2025–2026"));
    EXPECT_EQ(stored.first().validTo, QDate(today.year() + 1, 12, 31));
    ASSERT_EQ(m_context.file()->situationPictures().size(), 1);
    EXPECT_EQ(stored.first().situationPicture, m_context.file()->situationPictures().first().id);

    // The agreement's first measure adopted from the menu: linked, not copied.
    ASSERT_TRUE(chooseFromFirstSubmenu(plans->adoptButton(), kMeasures.at(0)));
    QApplication::setActiveWindow(m_window.get()); // a closed popup leaves none active
    settle();
    // The plan's own measure, named in its editor and aimed at the lägesbild's problem.
    QTest::mouseClick(plans->rows()->addButton(), Qt::LeftButton);
    settle();
    MeasureEditor *own = plans->rowPanel()->ownEditor();
    ASSERT_TRUE(own->isVisible());
    // Its title is selected in the editor below the table: typing names it.
    ASSERT_EQ(QApplication::focusWidget(), own->titleField());
    EXPECT_EQ(own->titleField()->selectedText(), Page::tr("New measure"));
    typeText(QStringLiteral("Brandskyddsgenomgång på skolorna"));
    pressKey(Qt::Key_Tab);
    settle();
    checkItems(fieldOf(own, MeasureEditor::tr("Aimed at &problems:")), {0});
    typeInto(fieldOf(own, MeasureEditor::tr("&Operative goals:")),
             QStringLiteral("Alla sex grundskolor före sommaren"), Qt::Key_Tab);

    stored = m_context.file()->measurePlans();
    const core::MeasurePlan *plan = planIn(stored, planId);
    ASSERT_NE(plan, nullptr);
    ASSERT_EQ(plan->rows.size(), 2);
    QString adoptedId;
    for (const core::Measure &m : this->stored().measures)
        if (m.title == kMeasures.at(0))
            adoptedId = m.id;
    EXPECT_EQ(plan->rows.at(0).measure, adoptedId);
    EXPECT_TRUE(plan->rows.at(0).title.isEmpty()) << "adopted, not copied";
    EXPECT_EQ(plan->rows.at(1).title, QStringLiteral("Brandskyddsgenomgång på skolorna"));
    EXPECT_EQ(plan->rows.at(1).problems,
              QStringList{m_context.file()->situationPictures().first().problems.first().id});
    EXPECT_EQ(plan->rows.at(1).operativeGoals,
              QStringLiteral("Alla sex grundskolor före sommaren"));
    // The table shows the adopted measure with its numbered causes.
    QTableView *table = plans->rows()->view();
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_TRUE(table->model()->index(0, 0).data().toString().contains(QStringLiteral("1.1")))
        << table->model()->index(0, 0).data().toString().toStdString();
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), kMeasures.at(0));

    // A follow-up date (today, as offered), then the adopted row rated.
    QTest::mouseClick(plans->followUpDates()->addButton(), Qt::LeftButton);
    settle();
    pressKey(Qt::Key_Tab);
    settle();
    clickCell(table, 0, 1);
    QTest::mouseClick(plans->rowPanel()->ratings()->addButton(), Qt::LeftButton);
    settle();
    pressKey(Qt::Key_Tab);
    settle();
    plan = planIn(stored = m_context.file()->measurePlans(), planId);
    ASSERT_NE(plan, nullptr);
    ASSERT_EQ(plan->followUpDates.size(), 1);
    EXPECT_EQ(plan->followUpDates.first().date, today);
    ASSERT_EQ(plan->rows.at(0).ratings.size(), 1);
    EXPECT_EQ(plan->rows.at(0).ratings.first().date, today);
    EXPECT_EQ(plan->rows.at(0).ratings.first().colour, core::RatingColour::Green)
        << "no follow-up in the agreement suggests another colour";
    EXPECT_TRUE(plans->rowPanel()->suggestionLabel()->isVisible());

    // Decided: the measures lock, the ratings stay open; Ctrl+Z takes the decision back.
    chooseInCombo(fieldOf(plans, Page::tr("&Status:")),
                  core::EnumLabels::label(core::PlanStatus::Decided));
    settle();
    EXPECT_EQ(planIn(m_context.file()->measurePlans(), planId)->status, core::PlanStatus::Decided);
    EXPECT_FALSE(plans->rows()->addButton()->isEnabled());
    EXPECT_FALSE(plans->adoptButton()->isEnabled());
    EXPECT_TRUE(plans->rowPanel()->ratings()->addButton()->isEnabled());

    // The decided plan as a PDF from its page: the plan offered, landscape pages.
    const QString pdf = m_dir.filePath(QStringLiteral("Åtgärdsplan 2025–2026.pdf"));
    QString offered;
    std::shared_ptr<bool> saved;
    auto asked = onDialog<DocumentDialog>([&](DocumentDialog *dialog) {
        if (auto *combo = named<QComboBox>(dialog, DocumentDialog::tr("Measure plan")))
            offered = combo->currentData().toString();
        QAbstractButton *ok = acceptButton(dialog);
        if (!ok) {
            dialog->reject();
            return;
        }
        saved = typePathInFileDialog(pdf);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(plans->exportButton(), Qt::LeftButton);
    settle();
    ASSERT_TRUE(*asked) << "no document dialog";
    EXPECT_EQ(offered, planId);
    ASSERT_TRUE(saved && *saved) << "no file dialog";
    ASSERT_TRUE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Brandskyddsgenomgång på skolorna")));
    EXPECT_TRUE(text.contains(kMeasures.at(0)));

    QApplication::setActiveWindow(m_window.get()); // the closed dialogs leave none active
    settle();
    plans->rowPanel()->setFocus();
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(planIn(m_context.file()->measurePlans(), planId)->status, core::PlanStatus::Draft);
    EXPECT_TRUE(plans->rows()->addButton()->isEnabled());
}

} // namespace samverka::ui::test
