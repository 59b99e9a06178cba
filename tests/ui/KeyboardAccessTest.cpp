// Every input of every page of the demo can be reached with Tab and has a name a screen
// reader can say: its accessible name, a label that is its buddy, or a button's text.

#include "UiTestSupport.h"

#include "LanguageController.h"
#include "MainWindow.h"
#include "models/SidebarModel.h"
#include "pages/Page.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace samverka;
using namespace samverka::ui;

namespace {

bool insideItemView(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    return false;
}

bool isInput(const QWidget *w)
{
    // A view's header, corner button and cell editors belong to the view.
    if (qobject_cast<const QHeaderView *>(w) || insideItemView(w))
        return false;
    // The line edit inside a combo box or a spin box is named through its owner.
    if (qobject_cast<const QLineEdit *>(w))
        return !qobject_cast<const QComboBox *>(w->parentWidget()) &&
               !qobject_cast<const QAbstractSpinBox *>(w->parentWidget());
    return qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractButton *>(w);
}

bool hasName(const QWidget *w, const QList<QLabel *> &labels)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return true;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        if (!button->text().remove(QLatin1Char('&')).trimmed().isEmpty())
            return true;
    for (const QLabel *label : labels)
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return true;
    return false;
}

QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char(' ') + w->objectName();
    if (!w->toolTip().isEmpty())
        text += QStringLiteral(" (\"%1\")").arg(w->toolTip().left(40));
    return text;
}

/// Inputs of the page that Tab cannot reach or that have no name.
QStringList audit(QWidget *page)
{
    QStringList problems;
    const QList<QLabel *> labels = page->findChildren<QLabel *>();
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page) || !isInput(w) || !w->isEnabled())
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus))
            problems << QStringLiteral("not reachable with Tab: ") + describe(w);
        if (!hasName(w, labels))
            problems << QStringLiteral("no accessible name: ") + describe(w);
    }
    return problems;
}

void collectTargets(const QAbstractItemModel &model, const QModelIndex &parent,
                    QList<NavTarget> &targets)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const auto target = index.data(SidebarModel::TargetRole).value<NavTarget>();
        if (target.page != NavTarget::Page::None)
            targets << target;
        collectTargets(model, index, targets);
    }
}

} // namespace

TEST(KeyboardAccessTest, EveryInputOfEveryPageIsReachableAndNamed)
{
    test::TempMunicipality demo(true);
    AppContext context;
    LanguageController language;
    MainWindow window(context, language);
    window.files().setOpenOptions(demo.options());
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(window.files().openPath(demo.path()));

    QList<NavTarget> targets;
    collectTargets(*window.sidebarModel(), {}, targets);
    ASSERT_GE(targets.size(), 15);

    QStringList problems;
    int pagesChecked = 0;
    int inputsSeen = 0;
    for (const NavTarget &target : std::as_const(targets)) {
        context.navigate(target);
        QApplication::processEvents();
        Page *page = window.currentPage();
        if (!page)
            continue;
        ++pagesChecked;
        for (QWidget *w : page->findChildren<QWidget *>())
            inputsSeen += w->isVisibleTo(page) && isInput(w);
        for (const QString &problem : audit(page))
            problems << page->title() + QStringLiteral(": ") + problem;
    }
    problems.removeDuplicates();
    EXPECT_GE(pagesChecked, 15);
    EXPECT_GE(inputsSeen, 100); // the audit looked at real forms
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(KeyboardAccessTest, TheAuditFindsWhatIsMissing)
{
    QWidget page;
    auto *named = new QLineEdit(&page);
    named->setAccessibleName(QStringLiteral("Titel"));
    auto *withBuddy = new QLineEdit(&page);
    (new QLabel(QStringLiteral("&Datum"), &page))->setBuddy(withBuddy);
    new QLineEdit(&page); // no name
    auto *unreachable = new QComboBox(&page);
    unreachable->setAccessibleName(QStringLiteral("Status"));
    unreachable->setFocusPolicy(Qt::NoFocus);
    const QStringList problems = audit(&page);
    ASSERT_EQ(problems.size(), 2) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems[0].startsWith(QStringLiteral("no accessible name: QLineEdit")) ||
                problems[1].startsWith(QStringLiteral("no accessible name: QLineEdit")));
    EXPECT_TRUE(problems.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("not reachable with Tab: QComboBox")));
}
