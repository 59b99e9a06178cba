// The sidebar model: a sound tree under QAbstractItemModelTester, with the demo's
// agreements and sections, targets to navigate to, and hidden pages left out.

#include "UiTestSupport.h"

#include "models/SidebarModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace samverka;
using namespace samverka::ui;
using P = NavTarget::Page;

namespace {

QStringList texts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result << model.index(row, 0, parent).data().toString();
    return result;
}

} // namespace

TEST(SidebarModelTest, PassesTheModelTesterAcrossOpenEditAndClose)
{
    test::TempMunicipality demo(true);
    AppContext context;
    SidebarModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);

    demo.openInto(context);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex top = model.index(0, 0);
    EXPECT_EQ(top.data().toString(), QStringLiteral("Härnösand"));
    EXPECT_EQ(top.data(SidebarModel::TargetRole).value<NavTarget>().page, P::Overview);

    const QString id = context.insertRecord(storage::RecordKind::Agreement, {},
                                            {{QStringLiteral("title"), QStringLiteral("Ny")}});
    ASSERT_FALSE(id.isEmpty());
    model.rebuild();
    EXPECT_TRUE(model.indexForKey(QStringLiteral("agreement:") + id).isValid());
    context.undoStack()->undo();
    model.rebuild();
    EXPECT_FALSE(model.indexForKey(QStringLiteral("agreement:") + id).isValid());

    context.closeFile();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SidebarModelTest, ShowsEachAgreementWithItsSections)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    SidebarModel model(context);

    const QList<core::Agreement> agreements = context.file()->agreements();
    ASSERT_FALSE(agreements.isEmpty());
    const core::Agreement &a = agreements.first();
    const QModelIndex node = model.indexForKey(QStringLiteral("agreement:") + a.id);
    ASSERT_TRUE(node.isValid());
    EXPECT_TRUE(node.data().toString().startsWith(a.title));
    EXPECT_EQ(node.parent().data(SidebarModel::KeyRole).toString(), QStringLiteral("agreements"));

    const QStringList sections = texts(model, node);
    EXPECT_EQ(sections.size(), 10); // part 1 … review comments
    const QModelIndex focus =
        model.indexForKey(QStringLiteral("agreement:") + a.id + QStringLiteral("/focus"));
    ASSERT_TRUE(focus.isValid());
    EXPECT_EQ(model.rowCount(focus), a.focusAreas.size());

    // A measure selected on the measures page shows as the agreement's measures item.
    const QModelIndex measures = model.indexForTarget(
        NavTarget{P::Measures, a.id, a.measures.isEmpty() ? QString() : a.measures.first().id});
    ASSERT_TRUE(measures.isValid());
    EXPECT_EQ(measures.data(SidebarModel::TargetRole).value<NavTarget>(),
              (NavTarget{P::Measures, a.id, {}}));

    const QStringList topLevel = texts(model, model.index(0, 0));
    // Overview, agreements and eight pages of the file, the situation picture and the
    // measure plan first.
    ASSERT_EQ(topLevel.size(), 10);
    EXPECT_EQ(topLevel.at(2), SidebarModel::tr("Situation picture"));
    EXPECT_EQ(topLevel.at(3), SidebarModel::tr("Measure plan"));
}

TEST(SidebarModelTest, LeavesOutPagesThatAreNotInTheBuild)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    SidebarModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageAvailable([](P page) { return page == P::Overview || page == P::Measures; });

    const QModelIndex top = model.index(0, 0);
    EXPECT_EQ(texts(model, top).size(), 2); // overview and the agreements heading
    const QModelIndex list = model.indexForKey(QStringLiteral("agreements"));
    ASSERT_TRUE(list.isValid());
    ASSERT_GT(model.rowCount(list), 0);
    const QModelIndex agreement = model.index(0, 0, list);
    ASSERT_EQ(model.rowCount(agreement), 1);
    EXPECT_EQ(model.index(0, 0, agreement).data(SidebarModel::TargetRole).value<NavTarget>().page,
              P::Measures);
    // The agreement itself has no page here: it only groups.
    EXPECT_EQ(agreement.data(SidebarModel::TargetRole).value<NavTarget>().page, P::None);
}
