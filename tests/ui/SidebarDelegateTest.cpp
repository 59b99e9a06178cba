// The sidebar's long labels wrap onto more lines instead of being cut, at the width
// the sidebar has, and take one line again when the sidebar is wide enough.

#include "SidebarDelegate.h"
#include "PageNavigation.h"
#include "SidebarView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardItemModel>

using namespace samverka::ui;
using test::settle;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(SidebarDelegateTest, LongLabelsWrapInsteadOfBeingCut)
{
    QStandardItemModel model;
    auto *agreements = new QStandardItem(s("Överenskommelser"));
    model.appendRow(agreements);
    auto *longTitle = new QStandardItem(
        s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen 2021–2023 "
          "(Undertecknad)"));
    agreements->appendRow(longTitle);
    auto *shortTitle = new QStandardItem(s("Del 1"));
    longTitle->appendRow(shortTitle);

    SidebarView view;
    view.setModel(&model);
    view.expandAll();
    view.resize(260, 400);
    view.show();
    settle();

    const int oneLine = view.visualRect(shortTitle->index()).height();
    const QRect wrapped = view.visualRect(longTitle->index());
    EXPECT_GE(wrapped.height(), 2 * view.fontMetrics().height()) << wrapped.height();
    EXPECT_GT(wrapped.height(), oneLine);
    EXPECT_LE(wrapped.right(), view.viewport()->width()); // nothing hangs out on the right
    // Everything is drawn: the style's wrapped text fits the item's rectangle.
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = wrapped;
    option.widget = &view;
    const QSize needed = view.itemDelegate()->sizeHint(option, longTitle->index());
    EXPECT_LE(needed.height(), wrapped.height());

    // A wide sidebar gives the title one line again.
    view.resize(1400, 400);
    settle();
    EXPECT_EQ(view.visualRect(longTitle->index()).height(), oneLine);
    // And the narrow one two lines again (the delegate keeps the sizes it measured).
    view.resize(260, 400);
    settle();
    EXPECT_EQ(view.visualRect(longTitle->index()).height(), wrapped.height());
    // A renamed agreement is measured anew.
    longTitle->setText(s("Kort titel"));
    settle();
    EXPECT_EQ(view.visualRect(longTitle->index()).height(), oneLine);
    longTitle->setText(s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen "
                         "2024–2027 (Utkast)"));
    settle();
    EXPECT_GT(view.visualRect(longTitle->index()).height(), oneLine);
}
