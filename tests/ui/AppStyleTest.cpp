// Item-view rows are tall enough for Swedish capitals: the ring of Å and the dots of Ö
// must not be cut off ("Oversikt" in the sidebar, "Overenskommelse" in the steps).

#include "AppStyle.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>
#include <QTreeWidget>

using namespace samverka::ui;

TEST(AppStyleTest, ARowHoldsTheInkOfSwedishCapitals)
{
    QTreeWidget tree;
    AppStyle style;
    tree.setStyle(&style);
    tree.setUniformRowHeights(true);
    auto *item = new QTreeWidgetItem(&tree, {QStringLiteral("Översikt Åtgärder Ärenden")});
    tree.resize(400, 200);
    tree.show();
    const QRect row = tree.visualItemRect(item);
    const QFontMetrics metrics(tree.font());
    // The text is centred in the row: where its baseline falls, and how far the tallest
    // capital's ink reaches above and below it.
    const int baseline = row.top() + (row.height() - metrics.height()) / 2 + metrics.ascent();
    const QRect ink = metrics.tightBoundingRect(QStringLiteral("ÅÄÖÉgjpq"));
    EXPECT_GE(baseline + ink.top(), row.top())
        << "row " << row.height() << ", font " << metrics.height();
    EXPECT_LE(baseline + ink.bottom(), row.bottom());
    tree.setStyle(nullptr);
}
