// The smaller frictions a new user met: a window that fits the screen, the Open dialog
// starting where the last file was, recent files on the welcome screen, agreements told
// apart by period and status, a PDF name that does not repeat itself, the user's own
// name as author, and a new agreement between the municipality and the police.

#include "UiTestSupport.h"

#include "AgreementLabel.h"
#include "DocumentBuilder.h"
#include "DocumentController.h"
#include "LanguageController.h"
#include "LifecycleController.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "StandardParties.h"
#include "UserIdentity.h"
#include "WelcomeWidget.h"
#include "dialogs/SettingsDialog.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace samverka;
using namespace samverka::ui;

TEST(SmallerFrictionTest, TheWindowFitsTheScreenItOpensOn)
{
    QSettings().remove(QStringLiteral("mainWindow/geometry"));
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    window.show();
    const QRect available = window.screen()->availableGeometry();
    // 1280×800 was taller than a 1366×768 screen: the bottom edge was cut off.
    EXPECT_LE(window.frameGeometry().height(), available.height());
    EXPECT_TRUE(available.contains(window.frameGeometry().topLeft()));
    EXPECT_GE(window.frameGeometry().bottom(), window.geometry().bottom());
    EXPECT_LE(window.frameGeometry().bottom(), available.bottom());
}

TEST(SmallerFrictionTest, TheNextOpenStartsWhereTheLastFileWas)
{
    test::TempMunicipality municipality;
    QSettings().remove(QStringLiteral("lastFolder"));
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    window.files().setOpenOptions(municipality.options());
    ASSERT_TRUE(window.files().openPath(municipality.path())); // e.g. from Open recent
    EXPECT_EQ(QSettings().value(QStringLiteral("lastFolder")).toString(),
              QFileInfo(municipality.path()).absolutePath());
}

TEST(SmallerFrictionTest, TheWelcomeScreenListsRecentFilesAndOpensOneWithEnter)
{
    WelcomeWidget welcome;
    welcome.show();
    EXPECT_FALSE(welcome.recentList()->isVisible());
    welcome.setRecentFiles(
        {QStringLiteral("/data/Sollefteå.samverka"), QStringLiteral("/data/Kramfors.samverka")});
    EXPECT_TRUE(welcome.recentList()->isVisible());
    ASSERT_EQ(welcome.recentList()->count(), 2);
    EXPECT_TRUE(welcome.recentList()->item(0)->text().startsWith(QStringLiteral("Sollefteå")));
    QSignalSpy opened(&welcome, &WelcomeWidget::openPathRequested);
    welcome.recentList()->setFocus();
    QTest::keyClick(welcome.recentList(), Qt::Key_Down);
    QTest::keyClick(welcome.recentList(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toString(), QStringLiteral("/data/Kramfors.samverka"));
}

TEST(SmallerFrictionTest, ARevisionIsToldApartByItsPeriodAndStatus)
{
    core::Agreement signedOne;
    signedOne.title = QStringLiteral("Samverkansöverenskommelse");
    signedOne.validFrom = QDate(2022, 1, 1);
    signedOne.validTo = QDate(2024, 12, 31);
    signedOne.status = core::AgreementStatus::Signed;
    core::Agreement revision = signedOne;
    revision.validFrom = QDate(2025, 1, 1);
    revision.validTo = QDate(2027, 12, 31);
    revision.status = core::AgreementStatus::Draft;
    EXPECT_NE(core::AgreementLabel::withStatus(signedOne),
              core::AgreementLabel::withStatus(revision));
    EXPECT_EQ(core::AgreementLabel::withPeriod(revision),
              QStringLiteral("Samverkansöverenskommelse 2025–2027"));
    // A title with its years already is not repeated.
    revision.title = QStringLiteral("Överenskommelse 2025-2027");
    EXPECT_EQ(core::AgreementLabel::withPeriod(revision), revision.title);
}

TEST(SmallerFrictionTest, ThePdfNameDoesNotRepeatTheKind)
{
    core::Agreement a;
    a.title = documents::DocumentBuilder::kindTitle(documents::DocumentKind::Agreement);
    a.validFrom = QDate(2025, 1, 1);
    a.validTo = QDate(2027, 12, 31);
    const QString name = DocumentController::suggestedName(documents::DocumentKind::Agreement, a);
    EXPECT_EQ(name.count(a.title, Qt::CaseInsensitive), 1) << name.toStdString();
    EXPECT_TRUE(name.contains(QStringLiteral("2025–2027")));
    const QString plan = DocumentController::suggestedName(documents::DocumentKind::ActionPlan, a);
    EXPECT_TRUE(plan.startsWith(
        documents::DocumentBuilder::kindTitle(documents::DocumentKind::ActionPlan)));
}

TEST(SmallerFrictionTest, TheNameGivenInSettingsIsTheAuthorAndNeverWrittenToTheFile)
{
    test::TempMunicipality municipality;
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    window.files().setOpenOptions(municipality.options());
    ASSERT_TRUE(window.files().openPath(municipality.path()));
    auto handled = test::onModal<SettingsDialog>([](SettingsDialog *dialog) {
        dialog->nameField()->selectAll();
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Eva Lindqvist"));
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    });
    window.actions().settings->trigger();
    ASSERT_TRUE(*handled);
    EXPECT_EQ(UserIdentity::name(), QStringLiteral("Eva Lindqvist"));
    EXPECT_EQ(context.file()->userName(), QStringLiteral("Eva Lindqvist"));
    context.closeFile();
    storage::MunicipalityFile::OpenOptions plain = municipality.options();
    plain.backupOnOpen = false;
    EXPECT_NE(storage::MunicipalityFile::open(municipality.path(), plain)->userName(),
              QStringLiteral("Eva Lindqvist"));
    UserIdentity::setName({});
}

TEST(SmallerFrictionTest, ANewAgreementIsBetweenTheMunicipalityAndThePolice)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sollefteå.samverka"));
    core::MunicipalityData data;
    data.municipality.name = QStringLiteral("Sollefteå");
    data.municipality.code = QStringLiteral("2283");
    data.parties = core::StandardParties::forMunicipality(data.municipality);
    core::Party school;
    school.id = QStringLiteral("party-school");
    school.kind = core::PartyKind::School;
    school.name = QStringLiteral("Nipanskolan");
    data.parties.append(school);
    storage::MunicipalityFile::createFrom(path, data).reset();
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    storage::MunicipalityFile::OpenOptions options;
    options.backupDir = dir.filePath(QStringLiteral("backups"));
    window.files().setOpenOptions(options);
    ASSERT_TRUE(window.files().openPath(path));
    window.actions().newAgreement->trigger();
    test::settle();
    const core::Agreement a = context.file()->agreement(context.currentTarget().agreementId);
    EXPECT_EQ(a.parties, (QStringList{data.parties.at(0).id, data.parties.at(1).id}));
}
