// Arkiv › Exportera from a new file, through the real menu entries, dialogs and the file
// dialog (issue #15): an agreement's action plan to Excel (read back by openpyxl) and to
// CSV by the file dialog's type, the calendar (.ics), and the agreement as an editable
// .odt for Word, chosen by the type in the same save dialog as the PDF.

#include "NewFileFixture.h"
#include "UiTestSupport.h"

#include "FileController.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "SidebarView.h"
#include "Typing.h"
#include "dialogs/DocumentDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/NewFileDialog.h"
#include "models/SidebarModel.h"
#include "pages/FocusAreaPage.h"
#include "widgets/RecordListPanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace samverka;
using namespace samverka::ui;

namespace {

struct Fixture : test::NewFileFixture {
    QString agreementId;

    // The export remembers its folder; the next test starts from the file's own again.
    ~Fixture() { QSettings().remove(QStringLiteral("exportFolder")); }

    /// File › New through the real dialog, then a new agreement with a focus area and
    /// one measure typed into its action plan.
    void createFileWithAMeasure()
    {
        createFile();
        if (!context.hasFile())
            return;
        window.actions().newAgreement->trigger();
        test::settle();
        agreementId = context.currentTarget().agreementId;
        ASSERT_FALSE(agreementId.isEmpty());

        clickSidebar(QStringLiteral("agreement:") + agreementId + QStringLiteral("/focus"));
        auto *page = qobject_cast<FocusAreaPage *>(window.currentPage());
        ASSERT_NE(page, nullptr);
        QTest::mouseClick(page->areaList()->addButton(), Qt::LeftButton);
        test::settle();
        test::typeText(QStringLiteral("Trygg stadskärna"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        test::settle();
        QPushButton *add = nullptr;
        for (auto *button : page->findChildren<QPushButton *>())
            if (button->isVisible() &&
                button->text() ==
                    QCoreApplication::translate("samverka::ui::FocusAreaPage", "Add measure"))
                add = button;
        ASSERT_NE(add, nullptr);
        QTest::mouseClick(add, Qt::LeftButton);
        test::settle();
        test::typeText(QStringLiteral("Trygghetsvandring i centrum"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        test::settle();
        ASSERT_EQ(context.file()->agreement(agreementId).measures.size(), 1);
    }

    /// The Arkiv menu's submenu Exportera, as the menu bar has it.
    QMenu *exportMenu() const
    {
        for (QAction *top : window.menuBar()->actions())
            if (top->menu() && top->text() == QStringLiteral("&Arkiv"))
                for (QAction *entry : top->menu()->actions())
                    if (entry->menu() && entry->text() == QStringLiteral("&Exportera"))
                        return entry->menu();
        return nullptr;
    }

    /// In the save dialog: the type filterIndex, the name typed, Save clicked.
    static void save(QFileDialog *dialog, const QString &path, int filterIndex)
    {
        if (filterIndex > 0)
            dialog->selectNameFilter(dialog->nameFilters().value(filterIndex));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!edit) {
            dialog->reject();
            return;
        }
        edit->setText(path);
        if (QAbstractButton *button = test::acceptButton(dialog))
            QTest::mouseClick(button, Qt::LeftButton);
        else
            dialog->reject();
    }

    struct Asked {
        bool exportDialog = false;
        bool fileDialog = false;
        QString table;
        QString agreement;
        bool confidentialOff = false;
        QStringList filters;
    };

    /// Triggers action; answers its ExportDialog with OK and the save dialog with path.
    Asked exportVia(QAction *action, const QString &path, int filterIndex = 0)
    {
        return exportVia([action] { action->trigger(); }, path, filterIndex);
    }

    /// Does what starts the export; answers the dialogs as exportVia(action) does.
    Asked exportVia(const std::function<void()> &start, const QString &path, int filterIndex = 0)
    {
        Asked asked;
        std::shared_ptr<bool> saved;
        const auto handled = test::onModal<ExportDialog>([&](ExportDialog *dialog) {
            const QList<QComboBox *> combos = dialog->findChildren<QComboBox *>();
            for (QComboBox *combo : combos) {
                if (combo->accessibleName() == QStringLiteral("Tabell"))
                    asked.table = combo->currentText();
                if (combo->accessibleName() == QStringLiteral("Överenskommelse"))
                    asked.agreement = combo->currentText();
            }
            asked.confidentialOff = !dialog->findChild<QCheckBox *>()->isChecked();
            saved = test::onModal<QFileDialog>([&](QFileDialog *files) {
                asked.filters = files->nameFilters();
                save(files, path, filterIndex);
            });
            QTest::mouseClick(test::acceptButton(dialog), Qt::LeftButton);
        });
        start();
        test::settle();
        asked.exportDialog = *handled;
        asked.fileDialog = saved && *saved;
        return asked;
    }
};

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(ExportMenuTest, TheActionPlanGoesToExcelAndReadsBackInOpenpyxl)
{
    Fixture f;
    f.createFileWithAMeasure();
    QMenu *menu = f.exportMenu();
    ASSERT_NE(menu, nullptr) << "Arkiv › Exportera is missing";
    EXPECT_TRUE(menu->actions().contains(f.window.actions().exportTable));
    EXPECT_TRUE(menu->actions().contains(f.window.actions().exportCalendar));
    ASSERT_TRUE(f.window.actions().exportTable->isEnabled());

    const QString path = f.dir.filePath(QStringLiteral("handlingsplan.xlsx"));
    const Fixture::Asked asked = f.exportVia(f.window.actions().exportTable, path);
    ASSERT_TRUE(asked.exportDialog);
    ASSERT_TRUE(asked.fileDialog);
    EXPECT_TRUE(asked.table.startsWith(QStringLiteral("Handlingsplan")))
        << asked.table.toStdString();
    EXPECT_TRUE(asked.agreement.startsWith(QStringLiteral("Ny överenskommelse")))
        << asked.agreement.toStdString();
    EXPECT_TRUE(asked.confidentialOff) << "confidential items must be off by default";
    ASSERT_EQ(asked.filters.size(), 2);
    EXPECT_TRUE(asked.filters.at(0).contains(QStringLiteral("*.xlsx")));
    EXPECT_TRUE(f.window.statusBar()->currentMessage().contains(QStringLiteral("1 rad")))
        << f.window.statusBar()->currentMessage().toStdString();

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\n"
                                 "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                 "ws = wb.worksheets[0]\n"
                                 "print(wb.sheetnames[0])\n"
                                 "for row in ws.iter_rows(values_only=True):\n"
                                 "    print('|'.join('' if v is None else str(v) for v in row))\n"),
                  path});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QStringList lines =
        QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 3);
    EXPECT_EQ(lines.at(0), QStringLiteral("Trygg stadskärna"));
    EXPECT_EQ(lines.at(1), QStringLiteral("Mål|Aktivitet|När|Ansvarig"));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral("Trygghetsvandring i centrum")))
        << lines.at(2).toStdString();
}

TEST(ExportMenuTest, TheSaveDialogsTypeMakesACsvForOtherPrograms)
{
    Fixture f;
    f.createFileWithAMeasure();
    // Typed without an ending: the chosen type gives it.
    const Fixture::Asked asked = f.exportVia(f.window.actions().exportTable,
                                             f.dir.filePath(QStringLiteral("handlingsplan")), 1);
    ASSERT_TRUE(asked.fileDialog);
    const QByteArray csv = contentOf(f.dir.filePath(QStringLiteral("handlingsplan.csv")));
    ASSERT_FALSE(csv.isEmpty()) << "no handlingsplan.csv";
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "Excel on a Swedish PC needs the BOM";
    const QString text = QString::fromUtf8(csv.mid(3));
    EXPECT_TRUE(text.contains(QStringLiteral("Mål;Aktivitet;När;Ansvarig"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Trygghetsvandring i centrum")));
}

TEST(ExportMenuTest, TheCalendarIsWrittenForTheChosenAgreement)
{
    Fixture f;
    f.createFileWithAMeasure();
    // A date for the measure, so that the calendar has an event of it.
    const QString measureId = f.context.file()->agreement(f.agreementId).measures.at(0).id;
    f.context.setField(storage::RecordKind::Measure, measureId, QStringLiteral("end"),
                       QDate(2026, 6, 30), QStringLiteral("Ändra slut"));
    const QString path = f.dir.filePath(QStringLiteral("kalender.ics"));
    const Fixture::Asked asked = f.exportVia(f.window.actions().exportCalendar, path);
    ASSERT_TRUE(asked.exportDialog);
    ASSERT_TRUE(asked.fileDialog);
    EXPECT_TRUE(asked.agreement.startsWith(QStringLiteral("Ny överenskommelse")))
        << "the agreement on the page is chosen first: " << asked.agreement.toStdString();
    const QString ics = QString::fromUtf8(contentOf(path));
    ASSERT_TRUE(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR"))) << ics.left(200).toStdString();
    EXPECT_TRUE(ics.contains(QStringLiteral("DTSTART;VALUE=DATE:20260630")));
    EXPECT_TRUE(ics.contains(QStringLiteral("UID:measure-end-") + measureId));
    EXPECT_TRUE(ics.contains(QStringLiteral("SUMMARY:Åtgärden slutar: Trygghetsvandring")));
    EXPECT_TRUE(f.window.statusBar()->currentMessage().contains(QStringLiteral("kalender.ics")));
}

TEST(ExportMenuTest, TheAgreementIsSavedAsAnEditableOdtByTheSaveDialogsType)
{
    Fixture f;
    f.createFileWithAMeasure();
    std::shared_ptr<bool> saved;
    QStringList filters;
    const QString typed = f.dir.filePath(QStringLiteral("överenskommelse"));
    const auto asked = test::onModal<DocumentDialog>([&](DocumentDialog *dialog) {
        saved = test::onModal<QFileDialog>([&](QFileDialog *files) {
            filters = files->nameFilters();
            Fixture::save(files, typed, 1);
        });
        QTest::mouseClick(test::acceptButton(dialog), Qt::LeftButton);
    });
    f.window.actions().exportAgreement->trigger();
    test::settle();
    ASSERT_TRUE(*asked);
    ASSERT_TRUE(saved && *saved);
    ASSERT_EQ(filters.size(), 2);
    EXPECT_TRUE(filters.at(1).contains(QStringLiteral("*.odt"))) << filters.at(1).toStdString();
    const QByteArray odt = contentOf(typed + QStringLiteral(".odt"));
    ASSERT_FALSE(odt.isEmpty()) << "no .odt written";
    EXPECT_FALSE(QFileInfo::exists(typed + QStringLiteral(".pdf")));
    // A zip whose first entry is the uncompressed mimetype, as ODF requires.
    EXPECT_TRUE(odt.startsWith("PK"));
    EXPECT_EQ(odt.mid(30, 8), QByteArray("mimetype"));
    EXPECT_EQ(odt.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
}

TEST(ExportMenuTest, TheMeasuresPageExportsItsTableWithOneClick)
{
    Fixture f;
    f.createFileWithAMeasure();
    f.clickSidebar(QStringLiteral("agreement:") + f.agreementId + QStringLiteral("/measures"));
    QPushButton *button = nullptr;
    for (auto *b :
         f.window.currentPage()->findChildren<QPushButton *>(QStringLiteral("tableExportButton")))
        if (b->isVisible())
            button = b;
    ASSERT_NE(button, nullptr) << "no export button on the measures page";
    EXPECT_EQ(button->text(), QStringLiteral("Exportera till Excel…"));
    const QString path = f.dir.filePath(QStringLiteral("åtgärder.xlsx"));
    const Fixture::Asked asked =
        f.exportVia([button] { QTest::mouseClick(button, Qt::LeftButton); }, path);
    ASSERT_TRUE(asked.exportDialog);
    EXPECT_TRUE(asked.table.startsWith(QStringLiteral("Alla åtgärder")))
        << asked.table.toStdString();
    EXPECT_TRUE(QFileInfo(path).size() > 0) << "no workbook written";
}
