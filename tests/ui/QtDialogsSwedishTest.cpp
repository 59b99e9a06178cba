// Qt's own dialogs and widgets speak Swedish: Debian 12 has no qtbase_sv, so Samverka's
// catalogue carries Qt's texts (ui/qttexts). Each test installs the language the way
// the program does (LanguageController), opens the real Qt widget and reads what it
// shows. Settings go to a temporary folder, never to the user's.

#include "LanguageController.h"
#include "QtStandardTexts.h"
#include "qttexts/QtCommandLineTexts.h"
#include "qttexts/QtEditTexts.h"
#include "qttexts/QtFileDialogTexts.h"
#include "qttexts/QtPrintPreviewTexts.h"
#include "qttexts/QtPrintTexts.h"
#include "widgets/CalendarSetup.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace samverka::ui;

namespace {

/// The program's Swedish, installed by LanguageController with settings in a
/// temporary folder; uninstalled (and the default locale restored) afterwards.
class SwedishQt : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SamverkaQtDialogsTest"));
        m_language = std::make_unique<LanguageController>();
        m_language->apply(LanguageController::Language::Swedish);
        ASSERT_TRUE(m_language->ownTranslationLoaded());
    }
    void TearDown() override
    {
        m_language.reset(); // uninstalls the translators
        QCoreApplication::setOrganizationName(m_organisation);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        QLocale::setDefault(m_locale);
    }

private:
    QTemporaryDir m_dir;
    QString m_organisation = QCoreApplication::organizationName();
    QLocale m_locale;
    std::unique_ptr<LanguageController> m_language;
};

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions)
        if (!action->isSeparator())
            texts << action->text().section(u'\t', 0, 0); // without the shortcut
    return texts;
}

QString labelText(const QFileDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
}

} // namespace

// Every Qt text Samverka lists is translated in its catalogue, under Qt's context,
// and the translation wins over the older qt_sv where both have it.
TEST_F(SwedishQt, EveryListedQtTextHasASwedishTranslation)
{
    QList<QtText> all = QtFileDialogTexts::texts();
    all << QtPrintTexts::texts() << QtPrintPreviewTexts::texts() << QtEditTexts::texts()
        << QtCommandLineTexts::texts();
    const QStringList sameInSwedish = {QStringLiteral("Preview")};
    for (const QtText &text : all) {
        const QString source = QString::fromUtf8(text.source);
        if (sameInSwedish.contains(source))
            continue;
        EXPECT_NE(text.translated(), source) << text.context << ": " << text.source;
        EXPECT_FALSE(text.translated().isEmpty()) << text.context << ": " << text.source;
    }
    // qt_sv has "Dölj detaljer,,," and "Föräldrakatalog"; Samverka's own must win.
    EXPECT_EQ(QCoreApplication::translate("QMessageBox", "Hide Details..."),
              QStringLiteral("Dölj detaljer..."));
    EXPECT_EQ(QCoreApplication::translate("QFileDialog", "Parent Directory"),
              QStringLiteral("Överordnad mapp"));
}

// The Open dialog as FileController opens it on Linux: Qt's own widget dialog.
TEST_F(SwedishQt, FileDialogShowsSwedish)
{
    QTemporaryDir folder;
    QFileDialog dialog(nullptr, QStringLiteral("Öppna kommunfil"), folder.path(),
                       QStringLiteral("Samverka (*.samverka)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.resize(800, 500);
    dialog.show();
    QCoreApplication::processEvents();

    EXPECT_EQ(labelText(dialog, "lookInLabel"), QStringLiteral("Leta i:"));
    EXPECT_EQ(labelText(dialog, "fileNameLabel"), QStringLiteral("Fil&namn:"));
    EXPECT_EQ(labelText(dialog, "fileTypeLabel"), QStringLiteral("Filtyp:"));
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QStringList buttonTexts;
    for (const QAbstractButton *button : buttons->buttons())
        buttonTexts << button->text();
    EXPECT_TRUE(buttonTexts.contains(QStringLiteral("&Öppna")))
        << buttonTexts.join(u'|').toStdString();
    EXPECT_TRUE(buttonTexts.contains(QStringLiteral("Avbryt")))
        << buttonTexts.join(u'|').toStdString();
    QStringList toolTips;
    for (const QToolButton *button : dialog.findChildren<QToolButton *>())
        toolTips << button->toolTip();
    for (const char *english :
         {"Back", "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View"})
        EXPECT_FALSE(toolTips.contains(QLatin1String(english))) << english;
    EXPECT_TRUE(toolTips.contains(QStringLiteral("Överordnad mapp")));

    auto *model = dialog.findChild<QFileSystemModel *>();
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->myComputer().toString(), QStringLiteral("Dator"));
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    EXPECT_EQ(headers, (QStringList{QStringLiteral("Namn"), QStringLiteral("Storlek"),
                                    QStringLiteral("Typ"), QStringLiteral("Ändrad")}));
    const auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    ASSERT_NE(tree, nullptr);
    EXPECT_TRUE(actionTexts(tree->header()->actions()).contains(QStringLiteral("Visa Storlek")));

    dialog.grab().save(QStringLiteral("/tmp/filedialog_sv.png"));
}

TEST_F(SwedishQt, PrintPreviewToolbarIsSwedish)
{
    QPrinter printer;
    QPrintPreviewDialog dialog(&printer);
    dialog.show();
    QCoreApplication::processEvents();
    QStringList texts;
    for (const QAction *action : dialog.findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    for (const char *swedish :
         {"Nästa sida", "Föregående sida", "Första sidan", "Sista sidan", "Anpassa till bredd",
          "Anpassa till sidan", "Zooma in", "Zooma ut", "Stående", "Liggande", "Skriv ut",
          "Utskriftsformat", "Visa en sida", "Visa uppslag"})
        EXPECT_TRUE(texts.contains(QString::fromUtf8(swedish))) << swedish;
    for (const char *english :
         {"Print", "Page setup", "Zoom in", "Fit width", "Portrait", "Landscape", "First page"})
        EXPECT_FALSE(texts.contains(QLatin1String(english))) << english;
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Förhandsgranskning"));
    dialog.grab().save(QStringLiteral("/tmp/printpreview_sv.png"));
}

TEST_F(SwedishQt, TextFieldContextMenusAreSwedish)
{
    QLineEdit line(QStringLiteral("text"));
    std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    const QStringList lineTexts = actionTexts(lineMenu->actions());
    for (const char *swedish :
         {"&Ångra", "&Gör om", "Klipp &ut", "&Kopiera", "Klistra &in", "Ta bort", "Markera allt"})
        EXPECT_TRUE(lineTexts.contains(QString::fromUtf8(swedish)))
            << swedish << " in " << lineTexts.join(u'|').toStdString();

    QTextEdit edit;
    edit.setPlainText(QStringLiteral("text"));
    std::unique_ptr<QMenu> editMenu(edit.createStandardContextMenu());
    const QStringList editTexts = actionTexts(editMenu->actions());
    EXPECT_TRUE(editTexts.contains(QStringLiteral("Klipp &ut")))
        << editTexts.join(u'|').toStdString();
    EXPECT_TRUE(editTexts.contains(QStringLiteral("Markera allt")));
}

// Qt 6.4's calendar has no tooltips of its own; what it shows comes from the locale.
// The header must show the Swedish short day names whole ("mån", not "m…").
TEST_F(SwedishQt, CalendarHeaderShowsWholeSwedishDayNames)
{
    QCalendarWidget calendar;
    CalendarSetup::configure(&calendar);
    calendar.setSelectedDate(QDate(2025, 1, 15));
    calendar.resize(calendar.sizeHint().expandedTo(calendar.minimumSize()));
    calendar.show();
    QCoreApplication::processEvents();

    EXPECT_EQ(calendar.firstDayOfWeek(), Qt::Monday);
    EXPECT_EQ(calendar.verticalHeaderFormat(), QCalendarWidget::ISOWeekNumbers);
    auto *view = calendar.findChild<QTableView *>();
    ASSERT_NE(view, nullptr);
    const QAbstractItemModel *model = view->model();
    ASSERT_EQ(model->data(model->index(0, 1)).toString(), QStringLiteral("mån"));
    ASSERT_TRUE(model->data(model->index(0, 0)).toString().isEmpty()); // above the weeks
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    for (int column = 1; column < model->columnCount(); ++column) {
        const QModelIndex header = model->index(0, column);
        const QString name = header.data().toString();
        QFont font = view->font();
        if (header.data(Qt::FontRole).canConvert<QFont>())
            font = header.data(Qt::FontRole).value<QFont>();
        const int needed = QFontMetrics(font).horizontalAdvance(name) + 2 * margin;
        EXPECT_GE(view->columnWidth(column), needed) << name.toStdString();
    }
    calendar.grab().save(QStringLiteral("/tmp/calendar_sv.png"));
}

// The date fields' popup (QDateEdit with calendarPopup), as DateField shows it: the
// popup is sized by Qt, and the header must still fit once CalendarSetup configured it.
TEST_F(SwedishQt, DateEditPopupHeaderShowsWholeDayNames)
{
    QDateEdit edit(QDate(2025, 1, 15));
    edit.setCalendarPopup(true);
    CalendarSetup::configure(edit.calendarWidget()); // without it: "m…"
    edit.show();
    edit.setFocus();
    // The arrow at the right end opens the popup.
    QTest::mouseClick(&edit, Qt::LeftButton, {}, QPoint(edit.width() - 5, edit.height() / 2));
    QCoreApplication::processEvents();
    QCalendarWidget *calendar = edit.calendarWidget();
    ASSERT_TRUE(calendar->isVisible());
    auto *view = calendar->findChild<QTableView *>();
    ASSERT_NE(view, nullptr);
    const QAbstractItemModel *model = view->model();
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString name = model->index(0, column).data().toString();
        if (name.isEmpty()) // the corner above the week numbers
            continue;
        EXPECT_GE(view->columnWidth(column),
                  view->fontMetrics().horizontalAdvance(name) + 2 * margin)
            << name.toStdString();
    }
    calendar->window()->grab().save(QStringLiteral("/tmp/dateedit_calendar_sv.png"));
    calendar->window()->hide();
}
