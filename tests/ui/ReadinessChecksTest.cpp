// What a coordinator meets before signing, driven on the real widgets from a new file
// (issue 11, items 7 and 8): an open review comment is a finding of the checklist and of
// the signing; Underteckna in Utkast asks first, with the findings, and "No" (the
// default) signs nothing; Enter on a finding opens it; the overview's follow-up list
// and step 5 say the same; a joint problem counts for both parties in step 2.

#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "UiTestSupport.h"
#include "WidgetLookup.h"

#include "LanguageController.h"
#include "MainWindow.h"
#include "dialogs/ChecklistDialog.h"
#include "dialogs/SignDialog.h"
#include "pages/CommentsPage.h"
#include "pages/OverviewPage.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace samverka;
using namespace samverka::ui;
using test::buttonWithText;
using test::fieldOf;
using test::named;
using test::onModal;
using test::settle;
using test::targetOf;
using Target = NavTarget::Page;
using Status = core::AgreementStatus;

namespace {

// Clicks the tab with this text.
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

QStringList childTexts(QTreeWidgetItem *item)
{
    QStringList out;
    for (int i = 0; item && i < item->childCount(); ++i)
        out << item->child(i)->text(0);
    return out;
}

struct Fixture {
    test::TempMunicipality file{false};
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QStringList errors;
    QString agreement;

    Fixture()
    {
        window.resize(1280, 720);
        window.files().setOpenOptions(file.options());
        window.files().setErrorReporter(
            [this](const QString &, const QString &text) { errors << text; });
        QObject::connect(&context, &AppContext::errorOccurred, &window,
                         [this](const QString &text) { errors << text; });
        window.show();
        if (!window.files().openPath(file.path()))
            return;
        window.actions().newAgreement->trigger();
        agreement = context.currentTarget().agreementId;
        settle();
    }

    core::Agreement stored() const { return context.file()->agreement(agreement); }

    template <typename P> P *open(Target page)
    {
        context.navigate(targetOf(page, agreement));
        settle();
        return qobject_cast<P *>(window.currentPage());
    }

    // Types a comment on the Review comments page and clicks "Add comment"; returns its id.
    QString addComment(const QString &text)
    {
        auto *commentsPage = open<CommentsPage>(Target::Comments);
        if (!commentsPage)
            return {};
        QPlainTextEdit *editor = nullptr;
        for (QPlainTextEdit *e : commentsPage->findChildren<QPlainTextEdit *>())
            if (e->accessibleName() != QLatin1String("Reply"))
                editor = e;
        QAbstractButton *add = buttonWithText(commentsPage, QStringLiteral("Add &comment"));
        if (!editor || !add)
            return {};
        QTest::mouseClick(editor->viewport(), Qt::LeftButton);
        QTest::keyClicks(editor, text);
        QTest::mouseClick(add, Qt::LeftButton);
        settle();
        const QList<core::ReviewComment> comments = stored().comments;
        return comments.isEmpty() ? QString() : comments.last().id;
    }
};

} // namespace

TEST(ReadinessChecksTest, SigningADraftAsksWithTheFindingsAndNoSignsNothing)
{
    Fixture f;
    ASSERT_FALSE(f.agreement.isEmpty());
    const QString comment =
        f.addComment(QStringLiteral("The working group for the centre is missing."));
    ASSERT_FALSE(comment.isEmpty()) << "no comment was added on the page";
    ASSERT_FALSE(f.stored().comments.last().resolved);
    ASSERT_EQ(f.stored().status, Status::Draft);
    ASSERT_TRUE(f.window.actions().sign->isEnabled());

    // Underteckna in Utkast: a question listing the findings, the comment among them;
    // the default button does not sign. Answer No.
    QString question;
    bool defaultIsNo = false;
    auto signDialogShown = std::make_shared<bool>(false);
    auto handled = onModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        defaultIsNo = box->defaultButton() && box->defaultButton() == box->button(QMessageBox::No);
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    // Should the signing dialog show regardless, close it and fail below (no hang);
    // disarmed before "Sign anyway" below, where it is meant to show.
    auto armed = std::make_shared<bool>(true);
    onModal<SignDialog>([signDialogShown, armed](SignDialog *dialog) {
        if (!*armed)
            return;
        *signDialogShown = true;
        dialog->reject();
    });
    f.window.actions().sign->trigger();
    ASSERT_TRUE(*handled) << "signing a draft did not ask";
    EXPECT_TRUE(defaultIsNo);
    EXPECT_TRUE(question.contains(QStringLiteral("review is not finished")))
        << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("A review comment by")) &&
                question.contains(QStringLiteral("is not resolved: “The working "
                                                 "group for the centre is "
                                                 "missing.”")))
        << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("Part 2 has no focus areas")))
        << question.toStdString();
    EXPECT_FALSE(*signDialogShown);
    EXPECT_EQ(f.stored().status, Status::Draft);
    EXPECT_TRUE(f.stored().fingerprint.isEmpty());

    // Enter on the question takes the default: still not signed.
    handled = onModal<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
    f.window.actions().sign->trigger();
    ASSERT_TRUE(*handled);
    EXPECT_FALSE(*signDialogShown);
    EXPECT_EQ(f.stored().status, Status::Draft);

    // "Sign anyway" goes on to the signing dialog, which names the open comment too.
    *armed = false;
    QStringList listed;
    QString openLine;
    handled = onModal<QMessageBox>([&](QMessageBox *box) {
        auto signing = onModal<SignDialog>([&](SignDialog *dialog) {
            if (QListWidget *list =
                    named<QListWidget>(dialog, QStringLiteral("What the checklist finds missing")))
                for (int i = 0; i < list->count(); ++i)
                    listed << list->item(i)->text();
            if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("openComments")))
                openLine = label->text();
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
        });
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    f.window.actions().sign->trigger();
    ASSERT_TRUE(*handled);
    EXPECT_TRUE(
        listed.filter(QStringLiteral("The working group for the centre is missing.")).size() == 1)
        << listed.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(openLine,
              QStringLiteral("1 review comment(s) are not resolved: the review is not finished."));
    EXPECT_EQ(f.stored().status, Status::Draft); // cancelled
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();
}

TEST(ReadinessChecksTest, TheChecklistListsTheOpenCommentAndEnterOpensIt)
{
    Fixture f;
    ASSERT_FALSE(f.agreement.isEmpty());
    const QString comment = f.addComment(QStringLiteral("Name the coordinators."));
    ASSERT_FALSE(comment.isEmpty());
    f.context.navigate(targetOf(Target::Agreement, f.agreement));
    settle();

    QStringList shown;
    bool chosen = false;
    const auto handled = onModal<ChecklistDialog>([&](ChecklistDialog *dialog) {
        QListWidget *list = named<QListWidget>(dialog, QStringLiteral("What is missing"));
        if (!list) {
            dialog->reject();
            return;
        }
        for (int i = 0; i < list->count(); ++i)
            shown << list->item(i)->text();
        for (int i = 0; i < list->count() && !chosen; ++i)
            if (list->item(i)->text().contains(QStringLiteral("Name the coordinators."))) {
                list->setFocus();
                QTest::keyClick(list, Qt::Key_Home);
                for (int k = 0; k < i; ++k)
                    QTest::keyClick(list, Qt::Key_Down);
                chosen = list->currentRow() == i;
            }
        QTest::keyClick(list, Qt::Key_Return); // opens it, like a double-click
    });
    f.window.actions().markReady->trigger();
    ASSERT_TRUE(*handled);
    EXPECT_TRUE(chosen) << shown.join(QLatin1Char('\n')).toStdString();
    // The findings a new agreement must show, the comment first among those of step 3.
    for (const char *expected :
         {"Part 1 names no coordinators.", "Part 1 does not state the purpose",
          "Part 2 has no focus areas", "A review comment by"})
        EXPECT_EQ(shown.filter(QString::fromUtf8(expected)).size(), 1)
            << expected << "\n"
            << shown.join(QLatin1Char('\n')).toStdString();
    settle();
    EXPECT_EQ(f.context.currentTarget(), targetOf(Target::Comments, f.agreement, comment));
    EXPECT_EQ(f.stored().status, Status::Draft); // not marked
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();
}

TEST(ReadinessChecksTest, OverviewFollowUpListAndStep5AgreeAndAJointProblemCountsForBoth)
{
    Fixture f;
    ASSERT_FALSE(f.agreement.isEmpty());

    // A joint problem, chosen in "Contributed by" on the problem picture.
    QWidget *problems = f.open<QWidget>(Target::ProblemPicture);
    ASSERT_NE(problems, nullptr);
    QAbstractButton *addProblem = buttonWithText(problems, QStringLiteral("Add problem"));
    ASSERT_NE(addProblem, nullptr);
    QTest::mouseClick(addProblem, Qt::LeftButton);
    settle();
    auto *contributedBy =
        qobject_cast<QComboBox *>(fieldOf(problems, QStringLiteral("Contributed b&y:")));
    ASSERT_NE(contributedBy, nullptr);
    const int joint = contributedBy->findText(QStringLiteral("Joint"));
    ASSERT_GE(joint, 0);
    contributedBy->setFocus();
    while (contributedBy->currentIndex() < joint) {
        const int before = contributedBy->currentIndex();
        QTest::keyClick(contributedBy, Qt::Key_Down);
        if (contributedBy->currentIndex() == before)
            break;
    }
    settle();
    ASSERT_EQ(f.stored().problems.size(), 1);
    ASSERT_EQ(f.stored().problems.first().contributedBy, core::Contributor::Joint);

    // Valid from the date of signing, a report to the steering group every six months,
    // one signatory; signed two years ago.
    QWidget *agreementPage = f.open<QWidget>(Target::Agreement);
    ASSERT_NE(agreementPage, nullptr);
    QAbstractButton *fromSigning =
        buttonWithText(agreementPage, QStringLiteral("From the date of signing"));
    ASSERT_NE(fromSigning, nullptr);
    QTest::mouseClick(fromSigning, Qt::LeftButton);
    QWidget *part1 = f.open<QWidget>(Target::Part1);
    ASSERT_NE(part1, nullptr);
    ASSERT_TRUE(clickTab(part1, QStringLiteral("Communication and follow-up")));
    QWidget *reporting = fieldOf(part1, QStringLiteral("&Reporting:"));
    ASSERT_NE(reporting, nullptr);
    QAbstractButton *addRule = buttonWithText(reporting, QStringLiteral("Add"));
    ASSERT_NE(addRule, nullptr);
    QTest::mouseClick(addRule, Qt::LeftButton);
    QWidget *signatures = f.open<QWidget>(Target::Signatures);
    ASSERT_NE(signatures, nullptr);
    QAbstractButton *addSignatory = buttonWithText(signatures, QStringLiteral("Add signatory"));
    ASSERT_NE(addSignatory, nullptr);
    QTest::mouseClick(addSignatory, Qt::LeftButton);
    settle();
    const core::Agreement before = f.stored();
    ASSERT_TRUE(before.validFromSigning);
    ASSERT_EQ(before.part1.reporting.size(), 1);
    ASSERT_EQ(before.signatures.size(), 1);

    auto handled = onModal<QMessageBox>([](QMessageBox *box) {
        onModal<SignDialog>([](SignDialog *dialog) {
            auto *date = dialog->findChild<QDateEdit *>();
            date->setFocus();
            date->setCurrentSection(QDateTimeEdit::YearSection);
            QTest::keyClick(date, Qt::Key_Down);
            QTest::keyClick(date, Qt::Key_Down);
            onModal<QMessageBox>([](QMessageBox *signedBox) { signedBox->accept(); });
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); // sign anyway
    });
    f.window.actions().sign->trigger();
    ASSERT_TRUE(*handled);
    ASSERT_EQ(f.stored().status, Status::Signed) << f.errors.join(QLatin1Char('\n')).toStdString();

    auto *overview = f.open<OverviewPage>(Target::Overview);
    ASSERT_NE(overview, nullptr);
    auto *due = named<QTreeWidget>(overview, QStringLiteral("Follow-ups due"));
    auto *steps = named<QTreeWidget>(overview, QStringLiteral("The method's five steps"));
    ASSERT_TRUE(due && steps);
    int lateRows = 0;
    for (int i = 0; i < due->topLevelItemCount(); ++i)
        lateRows += due->topLevelItem(i)->text(3) == QLatin1String("Late") ? 1 : 0;
    ASSERT_EQ(steps->topLevelItemCount(), 5);
    const QStringList step5 = childTexts(steps->topLevelItem(4)).filter(QStringLiteral("overdue"));
    EXPECT_GE(lateRows, 3); // every six months for two years
    EXPECT_EQ(step5.size(), lateRows) << step5.join(QLatin1Char('\n')).toStdString();
    for (QLabel *label : overview->findChildren<QLabel *>()) {
        if (label->text() == QLatin1String("No follow-up is due.")) {
            EXPECT_TRUE(label->isHidden()) << "“nothing to follow up” beside late reports";
        }
    }

    // Step 2: the joint problem is the police's and the municipality's.
    const QStringList step2 = childTexts(steps->topLevelItem(1));
    EXPECT_TRUE(step2.filter(QStringLiteral("No problems contributed")).isEmpty())
        << step2.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();
}
