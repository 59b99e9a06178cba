// The overview's tables at the smallest screen we support (1366×768): every column
// but the first is as wide as its widest text (header included) with room to spare,
// and all columns fit inside the table, so nothing is cut at the frame.

#include "UiTestSupport.h"

#include "pages/OverviewPage.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QHeaderView>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;

TEST(OverviewColumnsTest, ColumnsFitTheirTextAndTheTableAt1366)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    OverviewPage page(context);
    page.resize(1366 - 270, 700); // the window less the sidebar
    page.show();
    page.showTarget(NavTarget{NavTarget::Page::Overview, {}, {}});
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();

    int checked = 0;
    for (QTreeWidget *tree : page.findChildren<QTreeWidget *>()) {
        if (!tree->isVisible() || tree->topLevelItemCount() == 0 || tree->columnCount() < 3)
            continue; // the steps tree sizes itself
        ++checked;
        const QFontMetrics fm = tree->fontMetrics();
        const QHeaderView *header = tree->header();
        int total = 0;
        for (int c = 0; c < tree->columnCount(); ++c) {
            total += header->sectionSize(c);
            if (c == 0)
                continue;
            int widest = fm.horizontalAdvance(tree->headerItem()->text(c));
            for (int row = 0; row < tree->topLevelItemCount(); ++row)
                widest = std::max(widest, fm.horizontalAdvance(tree->topLevelItem(row)->text(c)));
            EXPECT_GT(header->sectionSize(c), widest + 2 * fm.averageCharWidth())
                << tree->accessibleName().toStdString() << " column " << c;
        }
        EXPECT_LE(total, tree->viewport()->width()) << tree->accessibleName().toStdString();
    }
    EXPECT_GE(checked, 2); // agreements and late measures in the demo
}
