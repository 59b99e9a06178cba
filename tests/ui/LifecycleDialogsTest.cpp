// The lifecycle clicked through in a running main window, with the real modal dialogs
// driven on their own widgets: send for review; mark ready for signing, which lists
// the checklist's findings and jumps to one; record the signing with date, place and
// the signatories who signed; and "Revidera", which makes the new draft.

#include "ModalDialogs.h"
#include "UiTestSupport.h"

#include "LanguageController.h"
#include "LifecycleController.h"
#include "MainWindow.h"
#include "RecordLocator.h"
#include "dialogs/ChecklistDialog.h"
#include "dialogs/SignDialog.h"

#include "MethodChecklist.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::onModal;
using Status = core::AgreementStatus;

namespace {

QAbstractButton *buttonWithText(QWidget *dialog, const QString &text)
{
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

QListWidget *listNamed(QWidget *dialog, const QString &accessibleName)
{
    for (QListWidget *list : dialog->findChildren<QListWidget *>())
        if (list->accessibleName() == accessibleName)
            return list;
    return nullptr;
}

struct Fixture {
    test::TempMunicipality file;
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QStringList errors;
    QString agreement;
    QString problem;
    QString anna;
    QString bo;

    Fixture()
    {
        window.files().setOpenOptions(file.options());
        window.files().setErrorReporter(
            [this](const QString &, const QString &text) { errors << text; });
        start();
    }

    void start()
    {
        QObject::connect(&context, &AppContext::errorOccurred, &window,
                         [this](const QString &text) { errors << text; });
        if (!window.files().openPath(file.path()))
            return;
        window.actions().newAgreement->trigger();
        agreement = context.currentTarget().agreementId;
        problem = context.insertRecord(RecordKind::Problem, agreement,
                                       {{QStringLiteral("title"), QStringLiteral("Skadegörelse")},
                                        {QStringLiteral("prioritized"), true}});
        const auto signatory = [&](const char *name, const char *title) {
            return context.insertRecord(RecordKind::Signature, agreement,
                                        {{QStringLiteral("name"), QString::fromUtf8(name)},
                                         {QStringLiteral("title"), QString::fromUtf8(title)}});
        };
        anna = signatory("Anna Andersson", "Kommunstyrelsens ordförande");
        bo = signatory("Bo Berg", "Lokalpolisområdeschef");
    }

    core::Agreement stored() const { return context.file()->agreement(agreement); }
};

} // namespace

TEST(LifecycleDialogsTest, SendForReviewThenChecklistJumpsToAFinding)
{
    Fixture f;
    ASSERT_FALSE(f.agreement.isEmpty());
    ASSERT_TRUE(f.window.actions().sendForReview->isEnabled());
    f.window.actions().sendForReview->trigger();
    EXPECT_EQ(f.stored().status, Status::InReview);
    EXPECT_FALSE(f.window.actions().sendForReview->isEnabled()); // only from a draft

    // The checklist lists what the method finds missing; the prioritised problem has no
    // cause analysis.
    const core::Agreement before = f.stored();
    const QList<core::Finding> findings = core::MethodChecklist::check(before);
    qsizetype problemFinding = -1;
    for (qsizetype i = 0; i < findings.size(); ++i)
        if (findings.at(i).recordId == f.problem && problemFinding < 0)
            problemFinding = i;
    ASSERT_GE(problemFinding, 0) << "the checklist says nothing about a problem without causes";
    const NavTarget expected = RecordLocator::forFinding(before, findings.at(problemFinding));

    int shown = -1;
    QString itemText;
    const auto handled = onModal<ChecklistDialog>([&](ChecklistDialog *dialog) {
        QListWidget *list = listNamed(dialog, QStringLiteral("What is missing"));
        if (!list) {
            dialog->reject();
            return;
        }
        shown = list->count();
        list->setCurrentRow(int(problemFinding));
        itemText = list->currentItem()->text();
        // Enter on a finding opens it, like a double-click.
        QTest::keyClick(list, Qt::Key_Return);
    });
    f.window.actions().markReady->trigger();
    ASSERT_TRUE(*handled);
    EXPECT_EQ(shown, findings.size());
    EXPECT_TRUE(itemText.contains(findings.at(problemFinding).message));
    EXPECT_EQ(f.stored().status, Status::InReview); // not marked
    EXPECT_EQ(f.context.currentTarget(), expected);
    EXPECT_NE(expected.page, NavTarget::Page::Agreement);
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();
}

TEST(LifecycleDialogsTest, MarkAnywaySignWithDatePlaceAndSignatoriesThenRevise)
{
    Fixture f;
    ASSERT_FALSE(f.agreement.isEmpty());

    // Cancel changes nothing.
    auto handled = onModal<ChecklistDialog>([](ChecklistDialog *dialog) {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QAbstractButton *cancel = box ? box->button(QDialogButtonBox::Cancel) : nullptr;
        if (cancel)
            QTest::mouseClick(cancel, Qt::LeftButton);
        else
            dialog->accept(); // would mark it: the status check below fails
    });
    f.window.actions().markReady->trigger();
    ASSERT_TRUE(*handled);
    EXPECT_EQ(f.stored().status, Status::Draft);

    handled = onModal<ChecklistDialog>([](ChecklistDialog *dialog) {
        QAbstractButton *mark = buttonWithText(dialog, QStringLiteral("&Mark anyway"));
        if (mark)
            QTest::mouseClick(mark, Qt::LeftButton);
        else
            dialog->reject();
    });
    f.window.actions().markReady->trigger();
    ASSERT_TRUE(*handled);
    EXPECT_EQ(f.stored().status, Status::ReadyForSigning);

    // Sign: a date, a place, and only Anna ticked. Bo's box unticked; with nobody ticked
    // or no place the Sign button is off.
    bool okWhenNobody = true;
    bool okWithoutPlace = true;
    int warnings = -1;
    std::shared_ptr<bool> confirmed;
    handled = onModal<SignDialog>([&](SignDialog *dialog) {
        auto *date = dialog->findChild<QDateEdit *>();
        auto *place = dialog->findChild<QLineEdit *>();
        QListWidget *who = listNamed(dialog, QStringLiteral("Signatories"));
        QListWidget *missing =
            listNamed(dialog, QStringLiteral("What the checklist finds missing"));
        QAbstractButton *sign = buttonWithText(dialog, QStringLiteral("&Sign"));
        if (!date || !place || !who || who->count() != 2 || !sign) {
            dialog->reject();
            return;
        }
        warnings = missing ? missing->count() : 0;
        date->setDate(QDate(2024, 3, 15));
        who->item(0)->setCheckState(Qt::Unchecked);
        who->item(1)->setCheckState(Qt::Unchecked);
        okWhenNobody = sign->isEnabled();
        who->item(0)->setCheckState(Qt::Checked); // Anna
        place->clear();
        okWithoutPlace = sign->isEnabled();
        // QTest types ASCII only: the "ö" goes in as the input method would put it.
        QTest::keyClicks(place, QStringLiteral("H"));
        place->insert(QStringLiteral("ärnösands stadshus"));
        // The confirmation with the fingerprint comes next; close it too.
        confirmed = onModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
        QTest::mouseClick(sign, Qt::LeftButton);
    });
    f.window.actions().sign->trigger();
    ASSERT_TRUE(*handled);
    ASSERT_TRUE(confirmed && *confirmed);
    EXPECT_FALSE(okWhenNobody);
    EXPECT_FALSE(okWithoutPlace);
    EXPECT_GT(warnings, 0); // the findings are listed before signing

    const core::Agreement signedAgreement = f.stored();
    EXPECT_EQ(signedAgreement.status, Status::Signed);
    EXPECT_FALSE(signedAgreement.fingerprint.isEmpty());
    EXPECT_TRUE(f.context.file()->verifyFingerprint(f.agreement));
    ASSERT_EQ(signedAgreement.signatures.size(), 2);
    for (const core::Signature &s : signedAgreement.signatures) {
        if (s.id == f.anna) {
            EXPECT_TRUE(s.signed_);
            EXPECT_EQ(s.date, QDate(2024, 3, 15));
            EXPECT_EQ(s.place, QStringLiteral("Härnösands stadshus"));
        } else {
            EXPECT_FALSE(s.signed_) << "Bo was not ticked";
        }
    }
    EXPECT_FALSE(f.window.actions().sign->isEnabled());
    EXPECT_TRUE(f.window.actions().revise->isEnabled());

    // Revidera: "No" leaves everything; "Yes" makes a new draft that replaces it.
    handled = onModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton); });
    f.window.actions().revise->trigger();
    ASSERT_TRUE(*handled);
    EXPECT_EQ(f.context.file()->agreements().size(), 1);

    handled = onModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    f.window.actions().revise->trigger();
    ASSERT_TRUE(*handled);
    const QList<core::Agreement> all = f.context.file()->agreements();
    ASSERT_EQ(all.size(), 2);
    const QString draft = f.context.currentTarget().agreementId;
    ASSERT_FALSE(draft.isEmpty());
    EXPECT_NE(draft, f.agreement);
    const core::Agreement revised = f.context.file()->agreement(draft);
    EXPECT_EQ(revised.status, Status::Draft);
    EXPECT_EQ(revised.replaces, f.agreement);
    EXPECT_EQ(f.context.currentTarget().page, NavTarget::Page::Agreement);
    EXPECT_EQ(f.stored().status, Status::Signed); // the signed one stays as it was
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();

    // Reopened, the signing and the draft are there.
    f.file.openInto(f.context);
    EXPECT_EQ(f.context.file()->agreement(f.agreement).status, Status::Signed);
    EXPECT_EQ(f.context.file()->agreements().size(), 2);
}

TEST(LifecycleDialogsTest, SignatoriesImportedWithoutIdsCanBeTickedAndSigned)
{
    // An exchange document may leave out the signatories' ids; the dialog still names
    // each one, so the agreement can be signed by some of them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Import.samverka"));
    core::MunicipalityData data;
    data.municipality.name = QStringLiteral("Härnösand");
    data.municipality.code = QStringLiteral("2280");
    core::Agreement a;
    a.id = QStringLiteral("a1");
    a.title = QStringLiteral("Avtal");
    core::Signature anna;
    anna.name = QStringLiteral("Anna Andersson");
    core::Signature bo;
    bo.name = QStringLiteral("Bo Berg");
    a.signatures = {anna, bo};
    data.agreements = {a};
    storage::MunicipalityFile::createFrom(path, data).reset();

    AppContext context;
    LanguageController language;
    MainWindow window(context, language);
    storage::MunicipalityFile::OpenOptions options;
    options.backupDir = dir.filePath(QStringLiteral("backups"));
    window.files().setOpenOptions(options);
    ASSERT_TRUE(window.files().openPath(path));
    context.navigate(NavTarget{NavTarget::Page::Agreement, QStringLiteral("a1"), {}});
    QStringList errors;
    QObject::connect(&context, &AppContext::errorOccurred, &window,
                     [&](const QString &text) { errors << text; });

    std::shared_ptr<bool> confirmed;
    std::shared_ptr<bool> handled;
    // The imported agreement is a draft: signing it asks first; sign anyway.
    const auto asked = onModal<QMessageBox>([&](QMessageBox *question) {
        handled = onModal<SignDialog>([&](SignDialog *dialog) {
            QListWidget *who = listNamed(dialog, QStringLiteral("Signatories"));
            QAbstractButton *sign = buttonWithText(dialog, QStringLiteral("&Sign"));
            if (!who || who->count() != 2 || !sign) {
                dialog->reject();
                return;
            }
            who->item(0)->setCheckState(Qt::Unchecked); // only Bo signs
            confirmed = onModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
            QTest::mouseClick(sign, Qt::LeftButton);
        });
        QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    });
    window.actions().sign->trigger();
    ASSERT_TRUE(*asked);
    ASSERT_TRUE(handled && *handled);
    EXPECT_TRUE(confirmed && *confirmed);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
    const core::Agreement signedAgreement = context.file()->agreement(QStringLiteral("a1"));
    EXPECT_TRUE(signedAgreement.isSigned());
    ASSERT_EQ(signedAgreement.signatures.size(), 2);
    EXPECT_FALSE(signedAgreement.signatures.at(0).signed_);
    EXPECT_TRUE(signedAgreement.signatures.at(1).signed_);
}
