#pragma once

// Choosing from a tool button's menu as a user does, with mouse clicks: a menu runs its
// own event loop, so each click comes from a timer once the menu is shown.

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace samverka::ui::test {

/// Opens button's menu, then its first submenu, and clicks the entry named text there.
/// False when there is no such entry (the menus are closed again).
inline bool chooseFromFirstSubmenu(QToolButton *button, const QString &text)
{
    bool chosen = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *sub = nullptr;
        for (QAction *action : menu ? menu->actions() : QList<QAction *>())
            if (action->menu() && !sub)
                sub = action;
        if (!sub) {
            if (menu)
                menu->close();
            return;
        }
        QTimer::singleShot(50, [&, menu] {
            auto *submenu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            for (QAction *action : submenu ? submenu->actions() : QList<QAction *>())
                if (action->text() == text) {
                    QTest::mouseClick(submenu, Qt::LeftButton, {},
                                      submenu->actionGeometry(action).center());
                    chosen = true;
                    return;
                }
            menu->close();
        });
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(sub).center());
    });
    QTest::mouseClick(button, Qt::LeftButton);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    return chosen;
}

/// Clicks button, which opens its menu, then clicks the menu's entry named text (its
/// mnemonic's '&' aside). False when there is no such entry (the menu is closed again).
inline bool chooseFromMenu(QAbstractButton *button, const QString &text)
{
    bool chosen = false;
    QTimer::singleShot(50, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (QAction *action : menu ? menu->actions() : QList<QAction *>())
            if (QString(action->text()).remove(QLatin1Char('&')) == text && action->isEnabled()) {
                chosen = true;
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                return;
            }
        if (menu)
            menu->close();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    return chosen;
}

} // namespace samverka::ui::test
