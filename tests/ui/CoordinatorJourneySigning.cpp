// The journey from review to a signed agreement and beyond: a review comment resolved,
// the checklist (Enter jumps to a finding), signatories chosen from people, signing,
// a signed field refused, a revision, the PDF read back with pdftotext, and the file
// closed and opened again through File › Open.

#include "CoordinatorJourney.h"
#include "CoordinatorJourneyData.h"
#include "PdfText.h"

#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "Typing.h"

#include "AgreementDocumentBuilder.h"
#include "dialogs/ChecklistDialog.h"
#include "dialogs/DocumentDialog.h"
#include "dialogs/SignDialog.h"
#include "models/ActionPlanModel.h"
#include "pages/AgreementPage.h"
#include "pages/CommentsPage.h"
#include "pages/FocusAreaPage.h"
#include "pages/SignaturesPage.h"
#include "widgets/LineField.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace samverka::ui::test {

using namespace journey;
using Status = core::AgreementStatus;

namespace {} // namespace

// 5. A review comment answered; the checklist; signatories; the signing.

void CoordinatorJourney::commentAndResolve()
{
    clickSidebarPage(QStringLiteral("comments"));
    auto *comments = page<CommentsPage>();
    ASSERT_NE(comments, nullptr);
    typeInto(fieldOf(comments, CommentsPage::tr("Comme&nt:")), kComment, Qt::Key_Tab);
    QAbstractButton *add = buttonWithText(comments, CommentsPage::tr("Add &comment"));
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    settle();
    ASSERT_EQ(stored().comments.size(), 1);
    EXPECT_EQ(stored().comments.at(0).text, kComment);
    EXPECT_FALSE(stored().comments.at(0).resolved);

    QTreeWidget *tree = comments->list()->tree();
    clickItem(tree, itemContaining(tree, kComment));
    QAbstractButton *resolve = buttonWithText(comments, CommentsPage::tr("Mark as resolved"));
    ASSERT_NE(resolve, nullptr);
    QTest::mouseClick(resolve, Qt::LeftButton);
    settle();
    EXPECT_TRUE(stored().comments.at(0).resolved);
}

void CoordinatorJourney::markReady()
{
    clickSidebar(agreementKey());
    const NavTarget before = m_context.currentTarget();
    NavTarget expected;
    QString finding;
    // Enter on a finding closes the checklist and opens what it names.
    auto handled = onDialog<ChecklistDialog>([&](ChecklistDialog *dialog) {
        auto *list = named<QListWidget>(dialog, ChecklistDialog::tr("What is missing"));
        for (int i = 0; list && i < list->count() && finding.isEmpty(); ++i) {
            const auto target = list->item(i)->data(Qt::UserRole + 1).value<NavTarget>();
            if (target.page == NavTarget::Page::None || target == before)
                continue;
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(i)).center());
            if (list->currentRow() != i)
                break;
            expected = target;
            finding = list->item(i)->text();
            pressKey(Qt::Key_Return);
        }
        if (finding.isEmpty())
            dialog->reject();
    });
    trigger(m_window->actions().markReady); // Agreement › Mark ready for signing
    ASSERT_TRUE(*handled) << "no checklist";
    settle();
    ASSERT_FALSE(finding.isEmpty()) << "no finding to jump to";
    EXPECT_EQ(m_context.currentTarget(), expected) << finding.toStdString();
    EXPECT_EQ(m_window->currentPage()->target().page, expected.page);
    EXPECT_EQ(stored().status, Status::Draft);

    // Marked anyway: the remaining findings are the method's advice, not a bar.
    handled = onDialog<ChecklistDialog>([](ChecklistDialog *dialog) {
        if (QAbstractButton *mark = acceptButton(dialog))
            QTest::mouseClick(mark, Qt::LeftButton);
        else
            dialog->reject();
    });
    trigger(m_window->actions().markReady);
    ASSERT_TRUE(*handled);
    settle();
    EXPECT_EQ(stored().status, Status::ReadyForSigning);
}

void CoordinatorJourney::addSignatoriesAndSign()
{
    clickSidebarPage(QStringLiteral("signatures"));
    auto *signatures = page<SignaturesPage>();
    ASSERT_NE(signatures, nullptr);
    for (const Someone &who : {kCoordinator, kPoliceChief}) {
        // Add signatory opens the person cell; the name picks the person, Enter takes it.
        QApplication::setActiveWindow(m_window.get()); // again, after the last popup
        QTest::mouseClick(signatures->table()->addButton(), Qt::LeftButton);
        ASSERT_NE(qobject_cast<QComboBox *>(QApplication::focusWidget()), nullptr);
        typeText(who.name);
        pressKey(Qt::Key_Return);
        settle();
    }
    QList<core::Signature> listed = stored().signatures;
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(0).person, m_coordinator);
    EXPECT_EQ(listed.at(0).name, kCoordinator.name);
    EXPECT_EQ(listed.at(0).title, kCoordinator.title);
    EXPECT_EQ(listed.at(0).party, m_municipalityParty);
    EXPECT_EQ(listed.at(1).person, m_policeChief);
    EXPECT_EQ(listed.at(1).party, m_policeParty);

    const QDate signedOn(2024, 12, 16);
    QDate dateShown;
    std::shared_ptr<bool> confirmed;
    auto handled = onDialog<SignDialog>([&](SignDialog *dialog) {
        typeInto(named<QLineEdit>(dialog, SignDialog::tr("Place of signing")), kPlace, Qt::Key_Tab);
        auto *date = dialog->findChild<QDateEdit *>();
        // A click at the start of the date, then its digits: each part fills and moves on.
        QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(8, date->height() / 2));
        typeText(signedOn.toString(QStringLiteral("yyyyMMdd")));
        dateShown = date->date();
        QAbstractButton *sign = acceptButton(dialog);
        if (!sign) {
            dialog->reject();
            return;
        }
        confirmed =
            onDialog<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
        QTest::mouseClick(sign, Qt::LeftButton);
    });
    trigger(m_window->actions().sign); // ready for signing: no question first
    ASSERT_TRUE(*handled) << "no signing dialog";
    settle();
    EXPECT_EQ(dateShown, signedOn);
    ASSERT_TRUE(confirmed && *confirmed) << "no word that it was signed";
    const core::Agreement a = stored();
    EXPECT_EQ(a.status, Status::Signed) << m_errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(a.fingerprint.isEmpty());
    listed = a.signatures;
    ASSERT_EQ(listed.size(), 2);
    for (const core::Signature &s : listed) {
        EXPECT_EQ(s.place, kPlace);
        EXPECT_EQ(s.date, signedOn);
    }
}

// 6. A signed field cannot change; Revise makes the draft that replaces it.

void CoordinatorJourney::signedFieldsAreRefused()
{
    const core::Agreement before = stored();
    clickSidebar(agreementKey());
    auto *agreementPage = page<AgreementPage>();
    ASSERT_NE(agreementPage, nullptr);
    EXPECT_FALSE(m_window->bannerText().isEmpty()); // it says why
    LineField *title = agreementPage->titleField();
    EXPECT_FALSE(title->isEnabled());
    QTest::mouseClick(title, Qt::LeftButton);
    EXPECT_NE(QApplication::focusWidget(), title);

    // The action plan's cells open no editor: typing and Enter change nothing.
    clickSidebar(QStringLiteral("focus:") + m_focusArea);
    auto *area = page<FocusAreaPage>();
    ASSERT_NE(area, nullptr);
    QTableView *view = area->actionPlanView();
    clickCell(view, 0, ActionPlanModel::ActivityColumn);
    ASSERT_EQ(QApplication::focusWidget(), view);
    pressKey(Qt::Key_F2);
    EXPECT_EQ(QApplication::focusWidget(), view) << "a cell editor opened";
    typeText(kRefusedTitle);
    pressKey(Qt::Key_Return);
    settle();
    const core::Agreement after = stored();
    EXPECT_EQ(after.title, before.title);
    EXPECT_EQ(after.measures, before.measures);
    EXPECT_EQ(after.fingerprint, before.fingerprint);
    EXPECT_EQ(after.status, Status::Signed);
}

void CoordinatorJourney::revise()
{
    auto handled = onDialog<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    trigger(m_window->actions().revise); // Agreement › Revise
    ASSERT_TRUE(*handled) << "Revise did not ask";
    settle();
    ASSERT_EQ(m_context.file()->agreements().size(), 2);
    m_draft = m_context.currentTarget().agreementId;
    ASSERT_FALSE(m_draft.isEmpty());
    ASSERT_NE(m_draft, m_agreement);
    const core::Agreement draft = storedDraft();
    EXPECT_EQ(draft.status, Status::Draft);
    EXPECT_EQ(draft.replaces, m_agreement);
    EXPECT_EQ(draft.title, kAgreementTitle);
    EXPECT_EQ(draft.measures.size(), 2);
    EXPECT_EQ(stored().status, Status::Signed); // the signed one stays as it was
    // The draft is the one shown, and it can be edited.
    auto *agreementPage = page<AgreementPage>();
    ASSERT_NE(agreementPage, nullptr);
    ASSERT_TRUE(agreementPage->titleField()->isEnabled());

    // 8 (on the way). The draft renamed, Tab, and Ctrl+Z where the focus went: the name
    // is back; Ctrl+Shift+Z brings the new one again.
    typeInto(agreementPage->titleField(), kDraftTitle, Qt::Key_Tab);
    EXPECT_EQ(storedDraft().title, kDraftTitle);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(storedDraft().title, kAgreementTitle)
        << "Ctrl+Z in " << QApplication::focusWidget()->metaObject()->className();
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    EXPECT_EQ(storedDraft().title, kDraftTitle);
    EXPECT_EQ(stored().title, kAgreementTitle);
}

// 7. The signed agreement as a PDF, read back with pdftotext.

QString CoordinatorJourney::pdfText(const QString &pdf) const
{
    return samverka::testsupport::pdfText(pdf);
}

void CoordinatorJourney::exportPdf()
{
    clickSidebar(agreementKey()); // the signed agreement shown: the one the dialog offers
    m_pdf = m_dir.filePath(QStringLiteral("Överenskommelse.pdf"));
    QString offered;
    std::shared_ptr<bool> saved;
    auto asked = onDialog<DocumentDialog>([&](DocumentDialog *dialog) {
        if (auto *combo = named<QComboBox>(dialog, DocumentDialog::tr("Agreement")))
            offered = combo->currentData().toString();
        QAbstractButton *exportButton = acceptButton(dialog);
        if (!exportButton) {
            dialog->reject();
            return;
        }
        saved = typePathInFileDialog(m_pdf);
        QTest::mouseClick(exportButton, Qt::LeftButton);
    });
    trigger(m_window->actions().exportAgreement); // File › Export › Agreement
    ASSERT_TRUE(*asked) << "no document dialog";
    ASSERT_TRUE(saved && *saved) << "no file dialog";
    EXPECT_EQ(offered, m_agreement);
    ASSERT_TRUE(QFileInfo::exists(m_pdf)) << m_errors.join(QLatin1Char('\n')).toStdString();

    const QString text = pdfText(m_pdf);
    using documents::AgreementDocumentBuilder;
    const QStringList expected{
        kAgreementTitle.left(12),
        kFocusArea,
        kMeasures.at(0),
        kMeasures.at(1),
        kWhen,
        AgreementDocumentBuilder::tr("baseline %1").arg(QStringLiteral("48")),
        AgreementDocumentBuilder::tr("target %1").arg(QStringLiteral("34")),
        kCoordinator.name,
        kPoliceChief.name,
    };
    for (const QString &phrase : expected)
        EXPECT_TRUE(text.contains(phrase)) << phrase.toStdString() << "\nin:\n"
                                           << text.left(6000).toStdString();
    // The action plan (the last appendix) in the order the rows were moved to.
    const QString plan = text.mid(text.lastIndexOf(kFocusArea));
    const QString first = stored().measures.value(0).title;
    const QString second = stored().measures.value(1).title;
    EXPECT_EQ(first, kMeasures.at(1));
    EXPECT_TRUE(plan.contains(first) && plan.contains(second) &&
                plan.indexOf(first) < plan.indexOf(second))
        << plan.toStdString();
}

// 8. Closed and opened again: everything is there.

void CoordinatorJourney::closeAndReopen()
{
    const core::Agreement signedBefore = stored();
    const core::Agreement draftBefore = storedDraft();
    trigger(m_window->actions().close); // File › Close
    settle();
    ASSERT_FALSE(m_context.hasFile());

    const auto opened = typePathInFileDialog(m_path);
    trigger(m_window->actions().open); // File › Open
    ASSERT_TRUE(*opened) << "no file dialog";
    settle();
    ASSERT_TRUE(m_context.hasFile()) << m_errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(m_context.file()->agreements().size(), 2);
    const core::Agreement a = stored();
    EXPECT_EQ(a, signedBefore);
    EXPECT_EQ(storedDraft(), draftBefore);
    // Spelled out, what the journey put in.
    EXPECT_EQ(a.status, Status::Signed);
    EXPECT_EQ(a.title, kAgreementTitle);
    EXPECT_EQ(a.validFrom, QDate(2025, 1, 1));
    EXPECT_EQ(a.validTo, QDate(2027, 12, 31));
    EXPECT_EQ(a.part1.purpose, kPurpose);
    ASSERT_EQ(a.part1.coordinators.size(), 1);
    EXPECT_EQ(a.part1.coordinators.at(0).person, m_coordinator);
    ASSERT_EQ(a.problems.size(), 1);
    EXPECT_EQ(a.problems.at(0).causes.size(), 3);
    ASSERT_EQ(a.focusAreas.size(), 1);
    EXPECT_EQ(a.focusAreas.at(0).title, kFocusArea);
    ASSERT_EQ(a.goals.size(), 1);
    EXPECT_EQ(a.goals.at(0).baseline.value, std::optional<double>(48));
    EXPECT_EQ(a.goals.at(0).target.value, std::optional<double>(34));
    ASSERT_EQ(a.measures.size(), 2);
    EXPECT_EQ(a.measures.at(0).id, m_measures.at(0));
    EXPECT_EQ(a.measures.at(1).when, kWhen);
    ASSERT_EQ(a.comments.size(), 1);
    EXPECT_TRUE(a.comments.at(0).resolved);
    EXPECT_EQ(a.signatures.size(), 2);
    EXPECT_EQ(storedDraft().replaces, m_agreement);
    EXPECT_EQ(m_context.file()->people().size(), 2);
}

} // namespace samverka::ui::test
