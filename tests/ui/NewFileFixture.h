#pragma once

// The start of the UI tests that begin as a new user does: the real main window in
// Swedish at 1280×720, File › New through the real dialog with the municipality typed
// into its search field, and clicks in the sidebar. Backups go to the test's own folder.

#include "UiTestSupport.h"

#include "FileController.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "PageNavigation.h"
#include "SidebarView.h"
#include "Typing.h"
#include "dialogs/NewFileDialog.h"
#include "models/SidebarModel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

namespace samverka::ui::test {

struct NewFileFixture {
    QTemporaryDir dir;
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};

    NewFileFixture()
    {
        storage::MunicipalityFile::OpenOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        window.files().setOpenOptions(options);
        language.apply(LanguageController::Language::Swedish);
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
    }

    /// File › New through the real dialog: search typed into its search field, the
    /// file saved as name in the test's folder. The new file is open afterwards.
    void createFile(const QString &search = QStringLiteral("Härnösand"),
                    const QString &name = QStringLiteral("Ny.samverka"))
    {
        const QString path = dir.filePath(name);
        auto handled = onModal<NewFileDialog>([&](NewFileDialog *dialog) {
            QApplication::setActiveWindow(dialog);
            auto *filter = dialog->findChild<QLineEdit *>();
            filter->setFocus();
            typeText(search);
            for (auto *edit : dialog->findChildren<QLineEdit *>())
                if (edit != filter) {
                    edit->selectAll();
                    QTest::keyClicks(edit, path);
                }
            QTest::keyClick(dialog, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();
        });
        window.actions().newFile->trigger();
        settle();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(*handled) << "File › New showed no dialog";
        ASSERT_TRUE(context.hasFile()) << "File › New made no file";
    }

    /// Clicks the sidebar's entry key (SidebarModel::KeyRole), scrolled into view.
    void clickSidebar(const QString &key)
    {
        SidebarView *view = window.sidebar();
        const QModelIndexList found =
            window.sidebarModel()->match(window.sidebarModel()->index(0, 0), SidebarModel::KeyRole,
                                         key, 1, Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_EQ(found.size(), 1) << key.toStdString();
        view->scrollTo(found.first());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(found.first()).center());
        settle();
    }
};

} // namespace samverka::ui::test
