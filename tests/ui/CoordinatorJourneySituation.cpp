// The lägesbild in the coordinator's journey (issue #14): before any agreement, a first
// edition is started from the empty page, dated and given its coordinating function; a
// usual source of part 2 is added from the menu and written; a problem is chosen with
// Brå's criteria; a second edition starts as a copy of the first, and Ctrl+Z takes it
// back. The edition is exported as a PDF from its page. The samordningsfunktion is named under the
// municipality's details, and the overview's "What the law asks" says so.

#include "CoordinatorJourney.h"

#include "PageNavigation.h"
#include "Typing.h"

#include "dialogs/DocumentDialog.h"
#include "pages/MunicipalityPage.h"
#include "pages/OverviewPage.h"
#include "pages/ProblemPicturePage.h"
#include "pages/SituationPicturePage.h"
#include "widgets/DateField.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/SituationMappingView.h"

#include "DocumentRenderer.h"
#include "EnumLabels.h"
#include "SituationPictureBuilder.h"
#include "statistics/SituationMappingJson.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

namespace samverka::ui::test {

namespace {

/// Clicks the entry named text in the menu the click on button opens (a menu runs its
/// own event loop: the entry is clicked from a timer once it is shown).
void chooseFromMenu(QToolButton *button, const QString &text)
{
    bool chosen = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            if (action->text() == text) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                chosen = true;
                return;
            }
        menu->close();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    settle();
    EXPECT_TRUE(chosen) << text.toStdString();
}

} // namespace

void CoordinatorJourney::writeSituationPicture()
{
    using Page = SituationPicturePage;
    clickSidebar(QStringLiteral("situation"));
    auto *situation = page<Page>();
    ASSERT_NE(situation, nullptr);
    // The empty page says what the law asks for and offers to start.
    EXPECT_TRUE(situation->list()->emptyLabel()->isVisible());
    EXPECT_TRUE(situation->list()->emptyLabel()->text().contains(QStringLiteral("2023:196")));

    QTest::mouseClick(situation->list()->addButton(), Qt::LeftButton);
    settle();
    // The first edition is open, its title selected: typing names it.
    auto *titleEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(titleEdit, nullptr);
    EXPECT_EQ(titleEdit->selectedText(),
              Page::tr("Situation picture %1").arg(m_context.file()->clock().today().year()));
    typeText(QStringLiteral("Lägesbild 2025"));
    pressKey(Qt::Key_Tab);
    settle();
    auto *date = qobject_cast<DateField *>(fieldOf(situation, Page::tr("&Date:")));
    ASSERT_NE(date, nullptr);
    typeInto(date->editor(), QStringLiteral("2025-03-01"), Qt::Key_Tab);
    // A new file has no statistics: part 1 says where its numbers come from.
    const int year = m_context.file()->clock().today().year();
    EXPECT_FALSE(situation->mapping()->table()->isVisible());
    EXPECT_TRUE(situation->mapping()->caption()->text().contains(
        QStringLiteral("%1–%2").arg(year - 5).arg(year - 1)))
        << situation->mapping()->caption()->text().toStdString();
    typeInto(fieldOf(situation, Page::tr("&Coordinating function:")),
             QStringLiteral("Brottsförebyggande samordnare"), Qt::Key_Tab);
    typeInto(fieldOf(situation, Page::tr("Ana&lysis:")),
             QStringLiteral("Skadegörelsen vid resecentrum ökar."), Qt::Key_Tab);

    // Part 2: a usual source from the menu, then its text.
    chooseFromMenu(situation->suggestionButton(), Page::tr("Fires and the rescue service"));
    // A closed popup leaves no window active on the offscreen platform.
    QApplication::setActiveWindow(m_window.get());
    settle();
    typeInto(fieldOf(situation, Page::tr("Section: te&xt:")),
             QStringLiteral("Anlagda bränder i containrar: 14 under 2024."), Qt::Key_Tab);

    // Part 3: a problem named in its cell, then chosen because it increases and is a
    // signal crime.
    QTest::mouseClick(situation->problems()->addButton(), Qt::LeftButton);
    settle();
    ASSERT_NE(qobject_cast<QLineEdit *>(QApplication::focusWidget()), nullptr);
    typeText(QStringLiteral("Skadegörelse vid resecentrum"));
    pressKey(Qt::Key_Return);
    settle();
    checkItems(fieldOf(situation, Page::tr("Problem: c&hosen because:")), {1, 4});

    QList<core::SituationPicture> all = m_context.file()->situationPictures();
    ASSERT_EQ(all.size(), 1);
    const core::SituationPicture first = all.first();
    EXPECT_EQ(first.title, QStringLiteral("Lägesbild 2025"));
    EXPECT_EQ(first.date, QDate(2025, 3, 1));
    EXPECT_EQ(first.madeBy, QStringLiteral("Brottsförebyggande samordnare"));
    EXPECT_EQ(first.analysis, QStringLiteral("Skadegörelsen vid resecentrum ökar."));
    EXPECT_EQ(first.status, core::SituationStatus::Draft);
    EXPECT_TRUE(first.nextUpdate.isValid());
    ASSERT_EQ(first.sections.size(), 1);
    EXPECT_EQ(first.sections.first().title, Page::tr("Fires and the rescue service"));
    EXPECT_EQ(first.sections.first().source, Page::tr("The rescue service"));
    EXPECT_EQ(first.sections.first().text,
              QStringLiteral("Anlagda bränder i containrar: 14 under 2024."));
    ASSERT_EQ(first.problems.size(), 1);
    EXPECT_EQ(first.problems.first().title, QStringLiteral("Skadegörelse vid resecentrum"));
    EXPECT_EQ(first.problems.first().criteria,
              (QList<core::SelectionCriterion>{core::SelectionCriterion::Increasing,
                                               core::SelectionCriterion::SignalCrime}));

    // A second edition starts as a copy of the first; Ctrl+Z takes it back whole.
    QTest::mouseClick(situation->list()->addButton(), Qt::LeftButton);
    settle();
    all = m_context.file()->situationPictures();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.last().sections.size(), 1);
    EXPECT_EQ(all.last().problems.size(), 1);
    EXPECT_EQ(all.last().analysis, first.analysis);
    EXPECT_EQ(situation->list()->tree()->topLevelItemCount(), 2);
    QTest::mouseClick(situation->list()->tree()->viewport(), Qt::LeftButton, {},
                      situation->list()
                          ->tree()
                          ->visualItemRect(situation->list()->tree()->topLevelItem(1))
                          .center());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    settle();
    all = m_context.file()->situationPictures();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first(), first);
    EXPECT_EQ(situation->list()->tree()->topLevelItemCount(), 1);
}

void CoordinatorJourney::adoptSituationPicture()
{
    using Page = SituationPicturePage;
    auto *situation = page<Page>();
    ASSERT_NE(situation, nullptr);
    // Fastställd: the kartläggning's numbers of today are kept with the status.
    chooseInCombo(fieldOf(situation, Page::tr("&Status:")),
                  core::EnumLabels::label(core::SituationStatus::Adopted));
    pressKey(Qt::Key_Tab);
    settle();
    core::SituationPicture edition = m_context.file()->situationPictures().value(0);
    EXPECT_EQ(edition.status, core::SituationStatus::Adopted);
    const auto kept = core::SituationMappingJson::fromText(edition.mappingSnapshot);
    ASSERT_TRUE(kept.has_value()) << edition.mappingSnapshot.toStdString();
    EXPECT_EQ(kept->takenOn, m_context.file()->clock().today());
    // What was decided is locked; the decision's fields stay open.
    EXPECT_FALSE(fieldOf(situation, Page::tr("Ana&lysis:"))->isEnabled());
    EXPECT_TRUE(fieldOf(situation, Page::tr("Diary &number:"))->isEnabled());
    EXPECT_FALSE(situation->suggestionButton()->isEnabled());
    // One Ctrl+Z takes back both: a draft again, nothing kept.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    settle();
    edition = m_context.file()->situationPictures().value(0);
    EXPECT_EQ(edition.status, core::SituationStatus::Draft);
    EXPECT_TRUE(edition.mappingSnapshot.isEmpty());
    EXPECT_TRUE(fieldOf(situation, Page::tr("Ana&lysis:"))->isEnabled());
}

void CoordinatorJourney::exportSituationPicture()
{
    using Page = SituationPicturePage;
    clickSidebar(QStringLiteral("situation"));
    auto *situation = page<Page>();
    ASSERT_NE(situation, nullptr);
    QAbstractButton *exportButton = nullptr;
    for (auto *button : situation->findChildren<QPushButton *>())
        if (button->text() == Page::tr("E&xport as PDF…"))
            exportButton = button;
    ASSERT_NE(exportButton, nullptr);
    ASSERT_TRUE(exportButton->isVisible());

    const QString pdf = m_dir.filePath(QStringLiteral("Lägesbild 2025.pdf"));
    QString offered;
    QString suggested;
    std::shared_ptr<bool> saved;
    auto asked = onDialog<DocumentDialog>([&](DocumentDialog *dialog) {
        // The edition shown on the page is the one offered.
        if (auto *combo = named<QComboBox>(dialog, DocumentDialog::tr("Situation picture")))
            offered = combo->currentData().toString();
        QAbstractButton *ok = acceptButton(dialog);
        if (!ok) {
            dialog->reject();
            return;
        }
        saved = onDialog<QFileDialog>([&](QFileDialog *files) {
            suggested = QFileInfo(files->selectedFiles().value(0)).fileName();
            auto *edit = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QAbstractButton *save = acceptButton(files);
            if (!edit || !save) {
                files->reject();
                return;
            }
            QTest::mouseClick(edit, Qt::LeftButton);
            pressKey(Qt::Key_A, Qt::ControlModifier);
            typeText(pdf);
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    settle();
    ASSERT_TRUE(*asked) << "no document dialog";
    ASSERT_TRUE(saved && *saved) << "no file dialog";
    const QList<core::SituationPicture> all = m_context.file()->situationPictures();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(offered, all.first().id);
    // Named after the edition ("Situation picture – Lägesbild 2025.pdf" in English).
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("Lägesbild 2025.pdf")))
        << suggested.toStdString();
    ASSERT_TRUE(QFileInfo::exists(pdf)) << m_errors.join(QLatin1Char('\n')).toStdString();

    const QString text = pdfText(pdf);
    using documents::SituationPictureBuilder;
    for (const QString &phrase :
         {QStringLiteral("Lägesbild 2025"), SituationPictureBuilder::tr("1. Mapping of the crime"),
          SituationPictureBuilder::tr("2. Other information"),
          SituationPictureBuilder::tr("3. Analysis"),
          QStringLiteral("Anlagda bränder i containrar: 14 under 2024."),
          QStringLiteral("Skadegörelse vid resecentrum"), documents::DocumentRenderer::tr("DRAFT")})
        EXPECT_TRUE(text.contains(phrase)) << phrase.toStdString() << "\nin:\n"
                                           << text.left(3000).toStdString();
}

void CoordinatorJourney::takeOverFromSituation()
{
    clickSidebarPage(QStringLiteral("problems"));
    auto *problems = page<ProblemPicturePage>();
    ASSERT_NE(problems, nullptr);
    QToolButton *from = problems->fromSituationButton();
    ASSERT_TRUE(from->isVisible());
    ASSERT_TRUE(from->isEnabled());
    const core::SituationProblem offered =
        m_context.file()->situationPictures().value(0).problems.value(0);
    ASSERT_EQ(offered.title, QStringLiteral("Skadegörelse vid resecentrum"));

    chooseFromMenu(from, offered.title);
    QApplication::setActiveWindow(m_window.get());
    settle();
    ASSERT_EQ(stored().problems.size(), 2);
    const core::Problem taken = stored().problems.last();
    EXPECT_EQ(taken.title, offered.title);
    EXPECT_EQ(taken.situationProblem, offered.id);
    // Of Brå's criteria (increasing, signal crime) the one the agreement also names.
    EXPECT_EQ(taken.priorityReasons, QList<core::PriorityReason>{core::PriorityReason::Increasing});
    EXPECT_TRUE(problems->originLabel()->text().contains(offered.title))
        << problems->originLabel()->text().toStdString();
    EXPECT_TRUE(problems->originLabel()->text().contains(QStringLiteral("Lägesbild 2025")));
    // Taken over once: the menu offers it no more.
    const QList<QAction *> entries = from->menu()->actions();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_FALSE(entries.first()->isEnabled());

    // Edit › Undo takes it back; the agreement has its own problem alone again.
    trigger(m_window->actions().undo);
    settle();
    ASSERT_EQ(stored().problems.size(), 1);
    EXPECT_TRUE(from->menu()->actions().value(0) && from->menu()->actions().value(0)->isEnabled());
}

void CoordinatorJourney::nameCoordinatingFunction()
{
    clickSidebar(QStringLiteral("overview"));
    auto *overview = page<OverviewPage>();
    ASSERT_NE(overview, nullptr);
    // The lägesbild, the åtgärdsplan, the samordningsfunktion and the plan's two checks.
    ASSERT_EQ(overview->lawList()->topLevelItemCount(), 5);
    const QString missing = overview->lawList()->topLevelItem(2)->text(1);

    clickSidebar(QStringLiteral("municipalityData"));
    auto *details = page<MunicipalityPage>();
    ASSERT_NE(details, nullptr);
    typeInto(fieldOf(details, MunicipalityPage::tr("&Held by:")),
             QStringLiteral("Brottsförebyggande samordnare"), Qt::Key_Tab);
    EXPECT_EQ(m_context.file()->municipality().coordinatingFunction.holder,
              QStringLiteral("Brottsförebyggande samordnare"));

    clickSidebar(QStringLiteral("overview"));
    ASSERT_EQ(overview->lawList()->topLevelItemCount(), 5);
    const QString named = overview->lawList()->topLevelItem(2)->text(1);
    EXPECT_NE(named, missing);
    EXPECT_TRUE(named.contains(QStringLiteral("Brottsförebyggande samordnare")))
        << named.toStdString();
}

} // namespace samverka::ui::test
