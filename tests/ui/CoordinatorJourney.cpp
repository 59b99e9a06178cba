// The journey's set-up, its shared helpers, and the steps up to a full draft: a new file,
// people, the agreement with its period and part 1, a problem with causes, a focus area,
// a measurable goal, two measures, the action plan edited in place, undo and redo.

#include "CoordinatorJourney.h"
#include "CoordinatorJourneyData.h"

#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "Typing.h"

#include "FileController.h"
#include "SidebarView.h"
#include "dialogs/NewFileDialog.h"
#include "models/ActionPlanModel.h"
#include "models/SidebarModel.h"
#include "pages/AgreementPage.h"
#include "pages/CauseAnalysisPage.h"
#include "pages/FocusAreaPage.h"
#include "pages/GoalsPage.h"
#include "pages/MeasuresPage.h"
#include "pages/Part1Page.h"
#include "pages/PeoplePage.h"
#include "pages/ProblemPicturePage.h"
#include "widgets/DateField.h"
#include "widgets/LineField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/MeasureEditor.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/TextField.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace samverka::ui::test {

using namespace journey;

JourneySettings::JourneySettings()
    : m_organisation(QCoreApplication::organizationName())
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SamverkaJourneyTest"));
}

JourneySettings::~JourneySettings()
{
    QCoreApplication::setOrganizationName(m_organisation);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    QLocale::setDefault(m_locale);
}

CoordinatorJourney::CoordinatorJourney(Language language)
    : m_language(language)
{
    m_languageController.apply(language); // as View › Language would, before the window
    m_window = std::make_unique<MainWindow>(m_context, m_languageController);
    storage::MunicipalityFile::OpenOptions options;
    options.backupDir = m_dir.filePath(QStringLiteral("backups"));
    m_window->files().setOpenOptions(options);
    m_window->files().setErrorReporter(
        [this](const QString &, const QString &text) { m_errors << text; });
    QObject::connect(&m_context, &AppContext::errorOccurred, m_window.get(),
                     [this](const QString &text) { m_errors << text; });
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    settle();
}

CoordinatorJourney::~CoordinatorJourney()
{
    m_window.reset();
    m_languageController.apply(Language::English); // the translators out again
}

// ---------------------------------------------------------------------------------------
// Helpers

void typeInto(QWidget *field, const QString &text, Qt::Key key)
{
    ASSERT_NE(field, nullptr);
    ASSERT_TRUE(field->isEnabled());
    auto *plain = qobject_cast<QPlainTextEdit *>(field);
    QTest::mouseClick(plain ? plain->viewport() : field, Qt::LeftButton);
    ASSERT_EQ(QApplication::focusWidget(), field);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    pressKey(Qt::Key_Delete);
    typeText(text);
    pressKey(key);
    settle();
}

void clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
{
    ASSERT_NE(item, nullptr);
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    settle();
}

void clickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    settle();
}

bool clickTab(QWidget *parent, const QString &text)
{
    for (QTabBar *bar : parent->findChildren<QTabBar *>())
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == text) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                settle();
                return bar->currentIndex() == i;
            }
    return false;
}

/// In Qt's own file dialog: the path typed into the file name, then Save or Open.
std::shared_ptr<bool> typePathInFileDialog(const QString &path)
{
    return onDialog<QFileDialog>([path](QFileDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!edit) {
            dialog->reject();
            return;
        }
        QTest::mouseClick(edit, Qt::LeftButton);
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(path);
        if (QAbstractButton *ok = acceptButton(dialog))
            QTest::mouseClick(ok, Qt::LeftButton);
        else
            dialog->reject();
    });
}

QTreeWidgetItem *itemContaining(QTreeWidget *tree, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0).contains(text))
            return *it;
    return nullptr;
}

core::Agreement CoordinatorJourney::stored() const
{
    return m_context.file()->agreement(m_agreement);
}

core::Agreement CoordinatorJourney::storedDraft() const
{
    return m_context.file()->agreement(m_draft);
}

void CoordinatorJourney::trigger(QAction *action)
{
    ASSERT_TRUE(action->isEnabled()) << action->text().toStdString();
    action->trigger();
    settle();
    QApplication::setActiveWindow(m_window.get());
}

void CoordinatorJourney::clickSidebar(const QString &key)
{
    // A combo's popup that closed leaves no window active on the offscreen platform.
    QApplication::setActiveWindow(m_window.get());
    SidebarView *view = m_window->sidebar();
    SidebarModel *model = m_window->sidebarModel();
    const QModelIndexList found = model->match(model->index(0, 0), SidebarModel::KeyRole, key, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1) << key.toStdString();
    view->scrollTo(found.first());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(found.first()).center());
    settle();
}

void CoordinatorJourney::clickSidebarPage(const QString &suffix)
{
    clickSidebar(agreementKey() + QLatin1Char('/') + suffix);
}

void CoordinatorJourney::chooseInCombo(QWidget *widget, const QString &prefix)
{
    // As after Tab into it: the combo has focus; Home, then Down to the entry. (Typing
    // its name would do too, but a second search within Qt's keyboard interval goes on
    // from the first one's text, as it does for a fast typist.)
    auto *combo = qobject_cast<QComboBox *>(widget);
    ASSERT_NE(combo, nullptr);
    ASSERT_TRUE(combo->isEnabled());
    combo->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(QApplication::focusWidget(), combo);
    pressKey(Qt::Key_Home);
    for (int i = 0; i < combo->count() && !combo->currentText().startsWith(prefix); ++i)
        pressKey(Qt::Key_Down);
    settle();
    EXPECT_TRUE(combo->currentText().startsWith(prefix)) << combo->currentText().toStdString();
}

void CoordinatorJourney::checkItems(QWidget *checklist, const QList<int> &rows)
{
    // A click on an entry's text makes it current; Space checks it.
    auto *list = qobject_cast<QListWidget *>(checklist);
    ASSERT_NE(list, nullptr);
    for (int row : rows) {
        ASSERT_LT(row, list->count());
        QListWidgetItem *item = list->item(row);
        list->scrollToItem(item);
        QRect rect = list->visualItemRect(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          QPoint(rect.right() - 10, rect.center().y()));
        ASSERT_EQ(list->currentRow(), row);
        ASSERT_EQ(QApplication::focusWidget(), list);
        pressKey(Qt::Key_Space);
        settle();
        // The list may have been rebuilt by the page's reload: find the row again.
        EXPECT_EQ(list->item(row)->checkState(), Qt::Checked) << row;
    }
}

// ---------------------------------------------------------------------------------------
// 1. A new file for a municipality chosen from the list.

void CoordinatorJourney::createFile()
{
    m_path = m_dir.filePath(QStringLiteral("Sollefteå.samverka"));
    auto handled = onDialog<NewFileDialog>([this](NewFileDialog *dialog) {
        auto *filter = dialog->findChild<QLineEdit *>();
        QTest::mouseClick(filter, Qt::LeftButton);
        typeText(kMunicipality);
        for (auto *edit : dialog->findChildren<QLineEdit *>())
            if (edit != filter && edit->isVisible()) {
                QTest::mouseClick(edit, Qt::LeftButton);
                pressKey(Qt::Key_A, Qt::ControlModifier);
                typeText(m_path);
            }
        pressKey(Qt::Key_Return);
    });
    trigger(m_window->actions().newFile);
    ASSERT_TRUE(*handled) << "File › New showed no dialog";
    settle();
    ASSERT_TRUE(m_context.hasFile()) << m_errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(m_context.file()->path(), m_path);
    EXPECT_EQ(m_context.file()->municipality().name, kMunicipality);
    // The parties are there: the municipality and the police.
    const QList<core::Party> parties = m_context.file()->parties();
    ASSERT_EQ(parties.size(), 2);
    EXPECT_EQ(parties.at(0).kind, core::PartyKind::Municipality);
    EXPECT_EQ(parties.at(1).kind, core::PartyKind::Police);
    m_municipalityParty = parties.at(0).id;
    m_policeParty = parties.at(1).id;
}

// 2. People, the agreement with its period, part 1's purpose and a coordinator.

void CoordinatorJourney::addPeople()
{
    clickSidebar(QStringLiteral("people"));
    auto *people = page<PeoplePage>();
    ASSERT_NE(people, nullptr);
    // Add opens the name cell; Tab walks on to title and party; Enter takes the party.
    for (const Someone &who : {kCoordinator, kPoliceChief}) {
        QTest::mouseClick(people->people()->addButton(), Qt::LeftButton);
        typeText(who.name);
        pressKey(Qt::Key_Tab);
        settle();
        typeText(who.title);
        pressKey(Qt::Key_Tab);
        settle();
        ASSERT_NE(qobject_cast<QComboBox *>(QApplication::focusWidget()), nullptr)
            << "the party cell did not open";
        typeText(who.partyPrefix);
        pressKey(Qt::Key_Return);
        settle();
    }
    const QList<core::Person> stored = m_context.file()->people();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(0).name, kCoordinator.name);
    EXPECT_EQ(stored.at(0).title, kCoordinator.title);
    EXPECT_EQ(stored.at(0).party, m_municipalityParty);
    EXPECT_EQ(stored.at(1).name, kPoliceChief.name);
    EXPECT_EQ(stored.at(1).party, m_policeParty);
    m_coordinator = stored.at(0).id;
    m_policeChief = stored.at(1).id;
}

void CoordinatorJourney::addAgreement()
{
    trigger(m_window->actions().newAgreement); // Agreement › New agreement
    settle();
    m_agreement = m_context.currentTarget().agreementId;
    ASSERT_FALSE(m_agreement.isEmpty());
    auto *agreementPage = page<AgreementPage>();
    ASSERT_NE(agreementPage, nullptr);
    // The title waits for typing, its placeholder selected.
    EXPECT_EQ(agreementPage->window()->focusWidget(), agreementPage->titleField());
    EXPECT_FALSE(agreementPage->titleField()->selectedText().isEmpty());
    EXPECT_EQ(agreementPage->titleField()->selectedText(), agreementPage->titleField()->text());
    typeInto(agreementPage->titleField(), kAgreementTitle, Qt::Key_Tab);
    typeInto(agreementPage->validFromField()->editor(), QStringLiteral("2025-01-01"), Qt::Key_Tab);
    typeInto(agreementPage->validToField()->editor(), QStringLiteral("20271231"), Qt::Key_Return);
    const core::Agreement a = stored();
    EXPECT_EQ(a.title, kAgreementTitle);
    EXPECT_EQ(a.validFrom, QDate(2025, 1, 1));
    EXPECT_EQ(a.validTo, QDate(2027, 12, 31));
    EXPECT_EQ(agreementPage->validToField()->editor()->text(), QStringLiteral("2027-12-31"));
    if (a.parties.size() < 2)
        checkItems(agreementPage->partiesField(), {0, 1});
    EXPECT_EQ(stored().parties, (QStringList{m_municipalityParty, m_policeParty}));
}

void CoordinatorJourney::writePart1()
{
    clickSidebarPage(QStringLiteral("part1"));
    auto *part1 = page<Part1Page>();
    ASSERT_NE(part1, nullptr);
    typeInto(part1->purposeField(), kPurpose, Qt::Key_Tab); // Tab leaves the text
    EXPECT_EQ(stored().part1.purpose, kPurpose);

    ASSERT_TRUE(clickTab(part1, Part1Page::tr("Commitments and organisation")));
    RecordTableEditor *coordinators = nullptr;
    for (auto *table : part1->findChildren<RecordTableEditor *>())
        if (table->kind() == storage::RecordKind::Coordinator)
            coordinators = table;
    ASSERT_NE(coordinators, nullptr);
    QTest::mouseClick(coordinators->addButton(), Qt::LeftButton);
    ASSERT_NE(qobject_cast<QComboBox *>(QApplication::focusWidget()), nullptr);
    typeText(kCoordinator.partyPrefix);
    pressKey(Qt::Key_Tab);
    settle();
    ASSERT_NE(qobject_cast<QComboBox *>(QApplication::focusWidget()), nullptr);
    typeText(kCoordinator.name);
    pressKey(Qt::Key_Return);
    settle();
    const QList<core::Coordinator> stored = this->stored().part1.coordinators;
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).party, m_municipalityParty);
    EXPECT_EQ(stored.at(0).person, m_coordinator);
}

// 3. A problem with three causes, a focus area, a goal, two measures.

void CoordinatorJourney::addProblemWithCauses()
{
    clickSidebarPage(QStringLiteral("problems"));
    auto *problems = page<ProblemPicturePage>();
    ASSERT_NE(problems, nullptr);
    QTest::mouseClick(problems->list()->addButton(), Qt::LeftButton);
    settle();
    ASSERT_EQ(QApplication::focusWidget(), problems->titleField()); // its title selected
    typeText(kProblem);
    pressKey(Qt::Key_Tab);
    settle();
    ASSERT_EQ(stored().problems.size(), 1);
    EXPECT_EQ(stored().problems.at(0).title, kProblem);

    clickSidebarPage(QStringLiteral("causes"));
    auto *causes = page<CauseAnalysisPage>();
    ASSERT_NE(causes, nullptr);
    QTreeWidget *tree = causes->list()->tree();
    for (const QString &cause : kCauses) {
        // The problem chosen in the list; Add cause puts the cursor in the cause's text.
        clickItem(tree, itemContaining(tree, kProblem));
        QTest::mouseClick(causes->list()->addButton(), Qt::LeftButton);
        settle();
        ASSERT_NE(qobject_cast<TextField *>(QApplication::focusWidget()), nullptr);
        typeText(cause);
        pressKey(Qt::Key_Tab); // leaving the text commits it
        settle();
    }
    const QList<core::Cause> stored = this->stored().problems.at(0).causes;
    ASSERT_EQ(stored.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(stored.at(i).text, kCauses.at(i));
        m_causes << stored.at(i).id;
    }
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 3);
}

void CoordinatorJourney::addFocusArea()
{
    clickSidebarPage(QStringLiteral("focus"));
    auto *areas = page<FocusAreaPage>();
    ASSERT_NE(areas, nullptr);
    ASSERT_TRUE(areas->showsList());
    QTest::mouseClick(areas->areaList()->addButton(), Qt::LeftButton);
    settle();
    ASSERT_EQ(QApplication::focusWidget(), areas->titleField());
    typeText(kFocusArea);
    pressKey(Qt::Key_Tab);
    settle();
    ASSERT_EQ(stored().focusAreas.size(), 1);
    EXPECT_EQ(stored().focusAreas.at(0).title, kFocusArea);
    m_focusArea = stored().focusAreas.at(0).id;
}

void CoordinatorJourney::addGoal()
{
    clickSidebarPage(QStringLiteral("goals"));
    auto *goals = page<GoalsPage>();
    ASSERT_NE(goals, nullptr);
    QTest::mouseClick(goals->list()->addButton(), Qt::LeftButton);
    settle();
    ASSERT_NE(qobject_cast<TextField *>(QApplication::focusWidget()), nullptr);
    typeText(kGoal); // over the selected "New goal"
    pressKey(Qt::Key_Tab);
    settle();
    chooseInCombo(fieldOf(goals, GoalsPage::tr("&Focus area:")), kFocusArea);
    typeInto(fieldOf(goals, GoalsPage::tr("&Indicator:")), kIndicator, Qt::Key_Tab);
    typeInto(fieldOf(goals, GoalsPage::tr("&Baseline:")), QStringLiteral("48"), Qt::Key_Tab);
    typeInto(fieldOf(goals, GoalsPage::tr("&Target:")), QStringLiteral("34"), Qt::Key_Tab);

    const QList<core::Goal> stored = this->stored().goals;
    ASSERT_EQ(stored.size(), 1);
    const core::Goal &goal = stored.at(0);
    EXPECT_EQ(goal.kind, core::GoalKind::Effect);
    EXPECT_EQ(goal.text, kGoal);
    EXPECT_EQ(goal.focusArea, m_focusArea);
    EXPECT_EQ(goal.indicator, kIndicator);
    EXPECT_EQ(goal.baseline.value, std::optional<double>(48));
    EXPECT_EQ(goal.target.value, std::optional<double>(34));
    EXPECT_TRUE(goals->measurableHint()->isHidden()); // measurable: nothing missing
    m_goal = goal.id;
}

void CoordinatorJourney::addMeasures()
{
    clickSidebarPage(QStringLiteral("measures"));
    auto *measures = page<MeasuresPage>();
    ASSERT_NE(measures, nullptr);
    MeasureEditor *editor = measures->editor();
    const QList<QList<int>> causeRows{{0, 1}, {2}};
    for (int i = 0; i < 2; ++i) {
        QTest::mouseClick(measures->list()->addButton(), Qt::LeftButton);
        settle();
        typeInto(editor->titleField(), kMeasures.at(i), Qt::Key_Tab);
        chooseInCombo(fieldOf(editor, MeasureEditor::tr("&Focus area:")), kFocusArea);
        checkItems(editor->causes(), causeRows.at(i));
        checkItems(editor->goals(), {0});
    }
    const QList<core::Measure> stored = this->stored().measures;
    ASSERT_EQ(stored.size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(stored.at(i).title, kMeasures.at(i));
        EXPECT_EQ(stored.at(i).focusArea, m_focusArea);
        EXPECT_EQ(stored.at(i).goals, QStringList{m_goal});
        m_measures << stored.at(i).id;
    }
    EXPECT_EQ(stored.at(0).causes, (QStringList{m_causes.at(0), m_causes.at(1)}));
    EXPECT_EQ(stored.at(1).causes, QStringList{m_causes.at(2)});
}

// 4. The action plan: a cell edited in place, a row moved with the keyboard.

void CoordinatorJourney::editActionPlan()
{
    clickSidebar(QStringLiteral("focus:") + m_focusArea);
    auto *area = page<FocusAreaPage>();
    ASSERT_NE(area, nullptr);
    ASSERT_FALSE(area->showsList());
    QTableView *view = area->actionPlanView();
    ASSERT_EQ(view->model()->rowCount(), 2);

    clickCell(view, 0, ActionPlanModel::WhenColumn);
    pressKey(Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, view) << "no cell editor opened";
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(kWhen);
    pressKey(Qt::Key_Return);
    settle();
    EXPECT_EQ(stored().measures.at(0).when, kWhen);

    // Ctrl+Shift+Down moves the first measure below the second.
    ASSERT_EQ(QApplication::focusWidget(), view);
    ASSERT_EQ(view->currentIndex().row(), 0);
    pressKey(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    std::swap(m_measures[0], m_measures[1]);
    const QList<core::Measure> moved = stored().measures;
    ASSERT_EQ(moved.size(), 2);
    EXPECT_EQ(moved.at(0).id, m_measures.at(0));
    EXPECT_EQ(moved.at(1).id, m_measures.at(1));
    EXPECT_EQ(view->currentIndex().row(), 1); // the moved row stays selected
    EXPECT_EQ(area->actionPlan()->measureId(1), m_measures.at(1));
}

// 8 (on the way). Ctrl+Z takes the move and the cell back; Ctrl+Shift+Z brings them again.

void CoordinatorJourney::undoAndRedo()
{
    auto order = [this] {
        QStringList ids;
        for (const core::Measure &m : stored().measures)
            ids << m.id;
        return ids;
    };
    const QString moved = m_measures.at(1); // the one with its "when" typed
    auto whenOf = [&] {
        for (const core::Measure &m : stored().measures)
            if (m.id == moved)
                return m.when;
        return QString();
    };
    const QStringList after = order();
    ASSERT_EQ(QApplication::focusWidget(), page<FocusAreaPage>()->actionPlanView());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(order(), (QStringList{after.at(1), after.at(0)}));
    EXPECT_EQ(whenOf(), kWhen);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_TRUE(whenOf().isEmpty());
    // Edit › Redo, the menu's action, then its shortcut.
    trigger(m_window->actions().redo);
    settle();
    EXPECT_EQ(whenOf(), kWhen);
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    EXPECT_EQ(order(), after);
    EXPECT_EQ(page<FocusAreaPage>()->actionPlan()->measureId(1), moved);
}

} // namespace samverka::ui::test
