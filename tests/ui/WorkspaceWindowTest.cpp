// The police area's desk (issue #16) through the real windows: Arkiv › Arbetsyta opens
// the workspace; "Lägg till mapp…" adds every municipality file of a folder through the
// folder dialog; each file gets its overview row, a damaged one too; the workspace is
// saved through the save dialog as JSON with relative paths and remembered for the next
// start; Enter opens a municipality in a window of its own; its agreement is saved as a
// PDF through the save dialog.

#include "MenuClicks.h"
#include "NewFileFixture.h"
#include "PdfText.h"
#include "UiTestSupport.h"

#include "WorkspaceWindow.h"
#include "dialogs/CompareDialog.h"
#include "models/OverviewModel.h"

#include "DemoWorkspace.h"
#include "ExchangeReader.h"
#include "MunicipalityFile.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>

using namespace samverka;
using namespace samverka::ui;

namespace {

struct Fixture {
    QTemporaryDir dir;
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QString folder;

    Fixture()
    {
        QSettings().remove(QStringLiteral("workspace"));
        language.apply(LanguageController::Language::Swedish);
        window.resize(1280, 720);
        window.show();
        test::settle(); // the language's change reaches the menus
        folder = dir.filePath(QStringLiteral("Lokalpolisområde"));
        QDir().mkpath(folder);
        QFile demo(QStringLiteral(":/demo/demo.json"));
        EXPECT_TRUE(demo.open(QIODevice::ReadOnly));
        for (const auto &member : core::DemoWorkspace::members(demo.readAll()))
            storage::MunicipalityFile::createFrom(QDir(folder).filePath(member.fileName),
                                                  member.data);
        // A copy cut short, as a failed copy to the share leaves it.
        const QString damaged = QDir(folder).filePath(QStringLiteral("Sollefteå.samverka"));
        EXPECT_TRUE(
            QFile::copy(QDir(folder).filePath(QStringLiteral("Kramfors.samverka")), damaged));
        QFile cut(damaged);
        EXPECT_TRUE(cut.resize(cut.size() / 3));
    }
    ~Fixture() { QSettings().remove(QStringLiteral("workspace")); }

    WorkspaceWindow *desk() const { return window.findChild<WorkspaceWindow *>(); }

    /// Clicks the desk's button objectName and answers the file dialog with path.
    bool viaDialog(const char *objectName, const QString &path)
    {
        const auto handled = test::answerFileDialog(path);
        auto *button = desk()->findChild<QPushButton *>(QString::fromLatin1(objectName));
        EXPECT_NE(button, nullptr) << objectName;
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        test::settle();
        EXPECT_TRUE(read());
        return *handled;
    }

    /// Waits for the desk's files to be read (on a thread of its own) and shown.
    bool read() const { return read(desk()); }
    static bool read(const WorkspaceWindow *window)
    {
        return QTest::qWaitFor([window] { return !window->isReading(); }, 20000);
    }

    int rowOf(const QString &municipality) const
    {
        const auto &rows = desk()->model()->rows();
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).municipality == municipality ||
                QFileInfo(rows.at(i).source).completeBaseName() == municipality)
                return i;
        return -1;
    }

    QString cell(int row, int column) const
    {
        return desk()->model()->index(row, column).data().toString();
    }
};

} // namespace

TEST(WorkspaceWindowTest, AFolderOfMunicipalitiesAtAGlanceSavedAndRemembered)
{
    Fixture f;
    ASSERT_FALSE(f.context.hasFile()) << "the desk needs no file of its own";
    ASSERT_TRUE(f.window.actions().workspace->isEnabled());
    EXPECT_EQ(f.window.actions().workspace->text(), QStringLiteral("Arbets&yta: flera kommuner…"));
    f.window.actions().workspace->trigger();
    test::settle();
    ASSERT_NE(f.desk(), nullptr);
    ASSERT_TRUE(f.desk()->isVisible());
    EXPECT_EQ(f.desk()->model()->rowCount(), 0);

    ASSERT_TRUE(f.viaDialog("addFolder", f.folder)) << "no folder dialog";
    ASSERT_EQ(f.desk()->model()->rowCount(), 4);
    EXPECT_EQ(f.desk()->model()->headerData(OverviewModel::MeasuresLate, Qt::Horizontal),
              QStringLiteral("Försenade åtgärder"));

    const int harnosand = f.rowOf(QStringLiteral("Härnösand"));
    const int kramfors = f.rowOf(QStringLiteral("Kramfors"));
    const int damaged = f.rowOf(QStringLiteral("Sollefteå"));
    ASSERT_GE(harnosand, 0);
    ASSERT_GE(kramfors, 0);
    ASSERT_GE(damaged, 0);
    EXPECT_EQ(f.cell(kramfors, OverviewModel::Status), QStringLiteral("Undertecknad"));
    EXPECT_EQ(f.cell(damaged, OverviewModel::Agreement), QStringLiteral("skadad"));
    const QString why = f.desk()
                            ->model()
                            ->index(damaged, OverviewModel::Agreement)
                            .data(Qt::ToolTipRole)
                            .toString();
    EXPECT_TRUE(why.contains(QStringLiteral("Sollefteå.samverka"))) << why.toStdString();
    auto *summary = f.desk()->findChild<QLabel *>(QStringLiteral("overviewSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("4 kommunfiler")))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("1 kunde inte läsas")))
        << summary->text().toStdString();

    // Late and due are counted for the day asked (the CLI's overview gives the same).
    f.desk()->setToday(QDate(2023, 3, 1));
    ASSERT_TRUE(f.read());
    EXPECT_EQ(f.cell(f.rowOf(QStringLiteral("Härnösand")), OverviewModel::FollowUpsDue),
              QStringLiteral("3"));
    EXPECT_EQ(f.cell(f.rowOf(QStringLiteral("Härnösand")), OverviewModel::InForce),
              QStringLiteral("Ja"));

    // Saved as JSON with paths relative to its folder.
    const QString json = f.dir.filePath(QStringLiteral("Lokalpolisområde/område.json"));
    ASSERT_TRUE(f.viaDialog("saveWorkspace", json)) << "no save dialog";
    QFile saved(json);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly)) << json.toStdString();
    const QJsonArray files =
        QJsonDocument::fromJson(saved.readAll()).object().value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 4);
    for (const QJsonValue &file : files)
        EXPECT_FALSE(file.toString().contains(QLatin1Char('/'))) << file.toString().toStdString();

    // The next start finds it again.
    WorkspaceWindow again;
    again.restore();
    ASSERT_TRUE(Fixture::read(&again));
    EXPECT_EQ(again.model()->rowCount(), 4);
    EXPECT_EQ(again.workspace().files(), f.desk()->workspace().files());
}

TEST(WorkspaceWindowTest, EnterOpensTheMunicipalityAndItsAgreementIsSavedAsPdf)
{
    Fixture f;
    f.window.actions().workspace->trigger();
    test::settle();
    ASSERT_TRUE(f.viaDialog("addFolder", f.folder));
    QStringList opened;
    f.desk()->setOpener([&](const QString &path) {
        opened << path;
        return true;
    });
    const int kramfors = f.rowOf(QStringLiteral("Kramfors"));
    ASSERT_GE(kramfors, 0);
    f.desk()->table()->setFocus();
    f.desk()->table()->selectRow(kramfors);
    QTest::keyClick(f.desk()->table(), Qt::Key_Return);
    test::settle();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(QFileInfo(opened.first()).fileName(), QStringLiteral("Kramfors.samverka"));

    // A damaged file's row opens nothing and has no documents.
    f.desk()->table()->selectRow(f.rowOf(QStringLiteral("Sollefteå")));
    auto *open = f.desk()->findChild<QPushButton *>(QStringLiteral("openMunicipality"));
    auto *documents = f.desk()->findChild<QPushButton *>(QStringLiteral("rowDocuments"));
    ASSERT_NE(open, nullptr);
    ASSERT_NE(documents, nullptr);
    EXPECT_FALSE(open->isEnabled());
    EXPECT_FALSE(documents->isEnabled());

    // The action plan of Kramfors's agreement, from the row's menu and the save dialog.
    f.desk()->table()->selectRow(kramfors);
    ASSERT_TRUE(documents->isEnabled());
    const QString out = f.dir.filePath(QStringLiteral("Kramfors handlingsplan.pdf"));
    const QByteArray before = [&] {
        QFile file(opened.first());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const auto saved = test::answerFileDialog(out);
    ASSERT_TRUE(test::chooseFromMenu(documents, QStringLiteral("Handlingsplan…")));
    test::settle();
    ASSERT_TRUE(*saved) << "no save dialog";
    const QString text = testsupport::pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("Handlingsplan"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kramfors"))) << text.toStdString();
    QFile file(opened.first());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "the colleague's file is not written";
}

TEST(WorkspaceWindowTest, AnEmptyWorkspaceSaysHowToBegin)
{
    Fixture f;
    f.window.actions().workspace->trigger();
    test::settle();
    ASSERT_NE(f.desk(), nullptr);
    auto *hint = f.desk()->findChild<QLabel *>(QStringLiteral("emptyWorkspaceHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_FALSE(f.desk()->table()->isVisible());
    EXPECT_TRUE(hint->text().startsWith(QStringLiteral("Arbetsytan är tom.")))
        << hint->text().toStdString();
    for (const char *name : {"exportAllAgreements", "policeAreaReport", "rowDocuments"}) {
        auto *button = f.desk()->findChild<QPushButton *>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        EXPECT_FALSE(button->isEnabled()) << name;
    }
    ASSERT_TRUE(f.viaDialog("addFolder", f.folder));
    EXPECT_FALSE(hint->isVisible());
    EXPECT_TRUE(f.desk()->table()->isVisible());
}

TEST(WorkspaceWindowTest, EveryAgreementIntoAFolderAndTheReportOfThePoliceArea)
{
    Fixture f;
    f.window.actions().workspace->trigger();
    test::settle();
    ASSERT_TRUE(f.viaDialog("addFolder", f.folder));
    f.desk()->setToday(QDate(2026, 12, 6));
    ASSERT_TRUE(f.read());

    // Every current agreement into a folder: one PDF per municipality that has one; the
    // damaged copy is named, not written.
    const QString out = f.dir.filePath(QStringLiteral("Till styrgruppen"));
    ASSERT_TRUE(QDir().mkpath(out));
    ASSERT_TRUE(f.viaDialog("exportAllAgreements", out)) << "no folder dialog";
    QStringList written = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    ASSERT_EQ(written.size(), 3) << written.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(written.first().startsWith(QStringLiteral("Härnösand – Samverkansöverenskommelse")))
        << written.first().toStdString();
    const QString kramfors = QDir(out).filePath(written.at(1));
    EXPECT_TRUE(testsupport::pdfText(kramfors).contains(QStringLiteral("Kramfors kommun")));
    EXPECT_TRUE(
        f.desk()->statusBar()->currentMessage().startsWith(QStringLiteral("3 överenskommelser")))
        << f.desk()->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(f.desk()->statusBar()->currentMessage().contains(QStringLiteral("Sollefteå")));

    // A second time asks before it replaces them; No leaves them as they are.
    QFile::remove(kramfors);
    QFile marker(QDir(out).filePath(written.at(0)));
    ASSERT_TRUE(marker.open(QIODevice::WriteOnly));
    marker.write("mine");
    marker.close();
    const auto asked = test::onModal<QMessageBox>([](QMessageBox *box) {
        EXPECT_TRUE(box->text().contains(QStringLiteral("ersätts"))) << box->text().toStdString();
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    ASSERT_TRUE(f.viaDialog("exportAllAgreements", out));
    ASSERT_TRUE(*asked) << "no question before replacing";
    EXPECT_FALSE(QFile::exists(kramfors)) << "No writes nothing";
    ASSERT_TRUE(marker.open(QIODevice::ReadOnly));
    EXPECT_EQ(marker.readAll(), QByteArray("mine"));

    // The report Samverkan i lokalpolisområdet through the save dialog.
    const QString report = f.dir.filePath(QStringLiteral("Rapport.pdf"));
    ASSERT_TRUE(f.viaDialog("policeAreaReport", report)) << "no save dialog";
    const QString text = testsupport::pdfText(report);
    for (const QString &expected :
         {QStringLiteral("Samverkan i lokalpolisområdet"),
          QStringLiteral("Lokalpolisområde Härnösand"), QStringLiteral("Översikt"),
          QStringLiteral("Fokusområden"), QStringLiteral("Försenade åtgärder"),
          QStringLiteral("Uppföljningar att rapportera"),
          QStringLiteral("Trygg och levande stadskärna"), QStringLiteral("Sollefteå"),
          QStringLiteral("skadad"), QStringLiteral("2026-12-06")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
}

// A police area chief's journey: the shared workspace file opened through the dialog, a
// municipality opened from its row in a window of its own, and its revision compared
// with the agreement it replaces.
TEST(WorkspaceWindowTest, AWorkspaceOpensAMunicipalityWhoseRevisionIsCompared)
{
    Fixture f;
    const QString json = QDir(f.folder).filePath(QStringLiteral("område.json"));
    core::Workspace shared(QStringLiteral("Lokalpolisområde Härnösand"),
                           core::Workspace::filesInFolder(f.folder));
    shared.write(json);
    f.window.actions().workspace->trigger();
    test::settle();
    ASSERT_TRUE(f.viaDialog("openWorkspace", json)) << "no open dialog";
    EXPECT_EQ(f.desk()->windowTitle(), QStringLiteral("Arbetsyta – Lokalpolisområde Härnösand"));
    ASSERT_EQ(f.desk()->model()->rowCount(), 4);

    // The municipality opens in a window of its own (here in this process, as a new
    // Samverka would open the path it is given).
    struct Opened {
        AppContext context;
        LanguageController language;
        MainWindow window{context, language};
    };
    std::unique_ptr<Opened> opened;
    f.desk()->setOpener([&](const QString &path) {
        opened = std::make_unique<Opened>();
        storage::MunicipalityFile::OpenOptions options;
        options.backupDir = f.dir.filePath(QStringLiteral("backups"));
        opened->window.files().setOpenOptions(options);
        opened->language.apply(LanguageController::Language::Swedish);
        opened->window.resize(1280, 720);
        opened->window.show();
        return opened->window.files().openPath(path);
    });
    const int harnosand = f.rowOf(QStringLiteral("Härnösand"));
    ASSERT_GE(harnosand, 0);
    f.desk()->table()->setFocus();
    f.desk()->table()->selectRow(harnosand);
    QTest::keyClick(f.desk()->table(), Qt::Key_Return);
    test::settle();
    ASSERT_NE(opened, nullptr) << "Enter opened nothing";
    ASSERT_TRUE(opened->context.hasFile());
    EXPECT_EQ(QFileInfo(opened->context.file()->path()).fileName(),
              QStringLiteral("Härnösand.samverka"));

    // Överenskommelse › Jämför med… in that window: the revision against the one it
    // replaces, by default.
    ASSERT_TRUE(opened->window.actions().compare->isEnabled());
    opened->window.actions().compare->trigger();
    test::settle();
    auto *dialog = opened->window.findChild<CompareDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->fromCombo()->currentData().toString(), QStringLiteral("ag-2021"));
    EXPECT_EQ(dialog->toCombo()->currentData().toString(), QStringLiteral("ag-2024"));
    const QString text = dialog->view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Fokusområden"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tillagd Trafiksäkerhet"))) << text.toStdString();
    dialog->close();
}
