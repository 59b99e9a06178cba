// The police area's desk (issue #16) through the real windows: Arkiv › Arbetsyta opens
// the workspace; "Lägg till mapp…" adds every municipality file of a folder through the
// folder dialog; each file gets its overview row, a damaged one too; the workspace is
// saved through the save dialog as JSON with relative paths and remembered for the next
// start; Enter opens a municipality in a window of its own; its agreement is saved as a
// PDF through the save dialog.

#include "NewFileFixture.h"
#include "UiTestSupport.h"

#include "WorkspaceWindow.h"
#include "models/OverviewModel.h"

#include "DemoWorkspace.h"
#include "ExchangeReader.h"
#include "MunicipalityFile.h"

#include <gtest/gtest.h>

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>

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
        const auto handled = test::onModal<QFileDialog>([&](QFileDialog *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!edit) {
                dialog->reject();
                return;
            }
            edit->setText(path);
            QTest::keyClick(edit, Qt::Key_Return);
            if (dialog->isVisible())
                if (QAbstractButton *accept = test::acceptButton(dialog))
                    QTest::mouseClick(accept, Qt::LeftButton);
        });
        auto *button = desk()->findChild<QPushButton *>(QString::fromLatin1(objectName));
        EXPECT_NE(button, nullptr) << objectName;
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        test::settle();
        return *handled;
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

    // A damaged file's row opens nothing and has no agreement to save.
    f.desk()->table()->selectRow(f.rowOf(QStringLiteral("Sollefteå")));
    auto *open = f.desk()->findChild<QPushButton *>(QStringLiteral("openMunicipality"));
    auto *pdf = f.desk()->findChild<QPushButton *>(QStringLiteral("exportAgreementPdf"));
    ASSERT_NE(open, nullptr);
    ASSERT_NE(pdf, nullptr);
    EXPECT_FALSE(open->isEnabled());
    EXPECT_FALSE(pdf->isEnabled());

    f.desk()->table()->selectRow(kramfors);
    ASSERT_TRUE(pdf->isEnabled());
    const QString out = f.dir.filePath(QStringLiteral("Kramfors.pdf"));
    const QByteArray before = [&] {
        QFile file(opened.first());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    ASSERT_TRUE(f.viaDialog("exportAgreementPdf", out));
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << out.toStdString();
    EXPECT_TRUE(written.read(5).startsWith("%PDF-"));
    QFile file(opened.first());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "the colleague's file is not written";
}
