#pragma once

// Shared by the UI tests that drive the app's real modal dialogs: a handler queued to
// run on the next modal dialog of a type, once its event loop runs.

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace samverka::ui::test {

/// Runs handler on the next modal dialog of type T once its event loop runs (polling
/// every 10 ms for at most 5 s). If it never shows, the handler never runs and the
/// caller's checks on *handled fail; the caller's action itself returns, because no
/// dialog blocks then. Setting *handled disarms it: a watcher for a dialog that must
/// not come would otherwise outlive its test and take a later test's dialog.
template <typename T> std::shared_ptr<bool> onModal(std::function<void(T *)> handler)
{
    auto handled = std::make_shared<bool>(false);
    auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [handler, handled, attempt](int left) {
        if (*handled) // handled, or disarmed by the caller setting it
            return;
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            *handled = true;
            handler(dialog);
            return;
        }
        if (left > 0)
            QTimer::singleShot(10, qApp, [attempt, left] { (*attempt)(left - 1); });
    };
    QTimer::singleShot(0, qApp, [attempt] { (*attempt)(500); });
    return handled;
}

/// The enabled accept button (OK, Save, Export, …) of a dialog's button box, or nullptr.
inline QAbstractButton *acceptButton(QWidget *dialog)
{
    for (auto *box : dialog->findChildren<QDialogButtonBox *>())
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole && button->isEnabled())
                return button;
    return nullptr;
}

/// Answers the next file dialog (Qt's own, as the tests run it) with path: typed into its
/// file name field, then Return, then its accept button if it is still open (a folder
/// dialog's Return may only enter the folder). Rejects a dialog without the field.
inline std::shared_ptr<bool> answerFileDialog(const QString &path)
{
    return onModal<QFileDialog>([path](QFileDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!edit) {
            dialog->reject();
            return;
        }
        edit->setText(path);
        QTest::keyClick(edit, Qt::Key_Return);
        if (dialog->isVisible())
            if (QAbstractButton *accept = acceptButton(dialog))
                QTest::mouseClick(accept, Qt::LeftButton);
    });
}

} // namespace samverka::ui::test
