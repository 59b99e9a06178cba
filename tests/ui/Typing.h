#pragma once

// Keys as a user presses them: each goes to the widget that has focus at that moment
// (a key that opens a cell editor sends the next ones there). Letters outside ASCII
// (å ä ö) are sent with their text, which QTest::keyClicks cannot do.

#include <gtest/gtest.h>

#include <QApplication>
#include <QTest>

namespace samverka::ui::test {

inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr) << "no widget has focus";
    QTest::keyClick(focus, key, modifiers);
}

inline void typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr) << "no widget has focus";
        if (c.unicode() < 128)
            QTest::keyClick(focus, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, focus, static_cast<Qt::Key>(c.toUpper().unicode()),
                                QString(c), Qt::NoModifier);
    }
}

} // namespace samverka::ui::test
