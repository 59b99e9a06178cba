#pragma once

// Issue 11's proof: what a coordinator does, from a new file to a signed, revised and
// exported agreement, through the real pages and dialogs of a real MainWindow with key
// and mouse events. Each step is a function that asserts what the user would see and
// what the file holds; the tests run them in order, in Swedish and in English. The
// user's data is the same in both languages; the texts the app shows are taken through
// tr(), so the steps find the same buttons either way.

#include "AppContext.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "WidgetLookup.h"

#include "Agreement.h"

#include "ModalDialogs.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QAction;
class QTableView;
class QAbstractButton;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace samverka::ui::test {

/// QSettings in a folder of the journey's own (the language, the recent files, the PDF
/// folder), never the user's; the default locale put back afterwards.
class JourneySettings
{
public:
    JourneySettings();
    ~JourneySettings();

private:
    QTemporaryDir m_dir;
    QString m_organisation;
    QLocale m_locale;
};

class CoordinatorJourney
{
public:
    using Language = LanguageController::Language;

    explicit CoordinatorJourney(Language language);
    ~CoordinatorJourney();

    // The steps, in the order a coordinator takes them (each asserts its outcome).
    void createFile();
    void addPeople();
    void writeSituationPicture();
    void adoptSituationPicture();
    void exportSituationPicture();
    void nameCoordinatingFunction();
    void addAgreement();
    void writePart1();
    void addProblemWithCauses();
    void takeOverFromSituation();
    void addFocusArea();
    void addGoal();
    void addMeasures();
    void editActionPlan();
    void makeMeasurePlan();
    void undoAndRedo();
    void commentAndResolve();
    void markReady();
    void addSignatoriesAndSign();
    void signedFieldsAreRefused();
    void revise();
    void exportPdf();
    void closeAndReopen();

    QStringList errors() const { return m_errors; }

private:
    core::Agreement stored() const;
    core::Agreement storedDraft() const;
    /// The page shown, when it is a P.
    template <typename P> P *page() const { return qobject_cast<P *>(m_window->currentPage()); }
    /// A menu entry chosen (the menus cannot be opened offscreen); once its dialogs are
    /// closed, the main window is the active one again.
    void trigger(QAction *action);
    void clickSidebar(const QString &key);
    void clickSidebarPage(const QString &suffix);
    QString agreementKey() const { return QStringLiteral("agreement:") + m_agreement; }
    void chooseInCombo(QWidget *combo, const QString &prefix);
    void checkItems(QWidget *checklist, const QList<int> &rows);
    QString pdfText(const QString &pdf) const;

    JourneySettings m_settings;
    Language m_language;
    QTemporaryDir m_dir;
    AppContext m_context;
    LanguageController m_languageController;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QString m_path;
    QString m_pdf;
    QString m_municipalityParty;
    QString m_policeParty;
    QString m_coordinator;
    QString m_policeChief;
    QString m_agreement; // the one signed
    QString m_draft;     // the revision replacing it
    QString m_focusArea;
    QString m_goal;
    QStringList m_causes;
    QStringList m_measures; // in the action plan's order
};

// Small helpers the steps share: finding what the user sees and acting on it.

/// Clicks into a line or text field, selects what it holds, types text and presses key.
void typeInto(QWidget *field, const QString &text, Qt::Key key);
void clickItem(QTreeWidget *tree, QTreeWidgetItem *item);
void clickCell(QTableView *view, int row, int column);
/// Clicks the tab with this text; false when there is none.
bool clickTab(QWidget *parent, const QString &text);
/// In Qt's own file dialog, when it shows: the path typed into the file name, then Save
/// or Open.
std::shared_ptr<bool> typePathInFileDialog(const QString &path);
/// The first entry of the tree whose text contains text, or nullptr.
QTreeWidgetItem *itemContaining(QTreeWidget *tree, const QString &text);

/// onModal for the journey: should the handler leave the dialog open (a step that
/// failed half-way), the dialog is closed and the test fails, instead of waiting forever.
template <typename T> std::shared_ptr<bool> onDialog(std::function<void(T *)> handler)
{
    return onModal<T>([handler](T *dialog) {
        QPointer<T> guard(dialog);
        // As a window manager does: the dialog shown is the active window, so a click
        // gives focus and keys go there (the offscreen platform leaves that to us).
        QApplication::setActiveWindow(dialog);
        handler(dialog);
        if (guard && guard->isVisible()) {
            ADD_FAILURE() << guard->metaObject()->className() << " stayed open";
            guard->reject();
        }
    });
}

} // namespace samverka::ui::test
