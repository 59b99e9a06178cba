// Rows the exchange format keeps without ids (diary numbers, coordinators, reporting
// rules, group members) are edited through the same tables as everything else, by
// the file's id of their row: add, edit, move, remove, undo and redo each, and a
// reopened file shows the last state.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "models/RecordId.h"
#include "pages/AgreementPage.h"
#include "pages/Part1Page.h"
#include "widgets/GroupsEditor.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTableView>
#include <QTemporaryDir>

#include <functional>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::settle;
using test::targetOf;

namespace {

RecordTableEditor *tableFor(QWidget &page, RecordKind kind)
{
    for (RecordTableEditor *table : page.findChildren<RecordTableEditor *>())
        if (table->kind() == kind)
            return table;
    return nullptr;
}

struct Fixture {
    test::TempMunicipality file;
    AppContext context;
    QString agreement;
    QString kommun;
    QString polis;
    QString anna;
    QString bo;

    Fixture()
    {
        file.openInto(context);
        agreement = context.insertRecord(RecordKind::Agreement, {},
                                         {{QStringLiteral("title"), QStringLiteral("Avtal")}});
        kommun = context.insertRecord(RecordKind::Party, {},
                                      {{QStringLiteral("kind"), QStringLiteral("municipality")},
                                       {QStringLiteral("name"), QStringLiteral("Kommunen")}});
        polis = context.insertRecord(RecordKind::Party, {},
                                     {{QStringLiteral("kind"), QStringLiteral("police")},
                                      {QStringLiteral("name"), QStringLiteral("Polisen")}});
        anna = context.insertRecord(RecordKind::Person, {},
                                    {{QStringLiteral("name"), QStringLiteral("Anna Andersson")},
                                     {QStringLiteral("party"), kommun}});
        bo = context.insertRecord(RecordKind::Person, {},
                                  {{QStringLiteral("name"), QStringLiteral("Bo Berg")},
                                   {QStringLiteral("party"), polis}});
        context.undoStack()->clear();
    }

    core::Agreement stored() const { return context.file()->agreement(agreement); }
};

/// Reads one field of every id-less row of the kind, in display order, from the file.
using Reader = std::function<QStringList(const core::Agreement &)>;

bool edit(RecordTableEditor *table, int row, int column, const QVariant &value)
{
    return table->model()->setData(table->model()->index(row, column), value, Qt::EditRole);
}

void select(RecordTableEditor *table, int row)
{
    table->view()->setCurrentIndex(table->model()->index(row, 0));
}

/// The whole life of two rows of one id-less kind through its table: add, edit, undo,
/// redo, move, remove, edit after an undo. 'first' and 'second' are values of column.
void exercise(Fixture &f, const std::function<RecordTableEditor *()> &table, int column,
              const QVariant &first, const QVariant &second, const QVariant &third,
              const Reader &read, const QString &empty)
{
    QUndoStack *stack = f.context.undoStack();
    const auto values = [&] { return read(f.stored()); };
    const QString a = first.toString();
    const QString b = second.toString();
    const QString c = third.toString();

    ASSERT_FALSE(table()->addRow().isEmpty());
    settle();
    ASSERT_FALSE(table()->addRow().isEmpty());
    settle();
    ASSERT_EQ(table()->model()->rowCount(), 2);
    // The new row is the current one, named by the id it got.
    EXPECT_EQ(table()->view()->currentIndex().row(), 1);
    EXPECT_EQ(table()->currentId(), table()->model()->idAt(1));
    EXPECT_FALSE(table()->currentId().contains(QLatin1Char('#')));

    ASSERT_TRUE(edit(table(), 0, column, first));
    settle();
    ASSERT_TRUE(edit(table(), 1, column, second));
    settle();
    EXPECT_EQ(values(), QStringList({a, b}));

    stack->undo();
    settle();
    EXPECT_EQ(values(), QStringList({a, empty}));
    stack->redo();
    settle();
    EXPECT_EQ(values(), QStringList({a, b}));
    EXPECT_EQ(table()->model()->data(table()->model()->index(1, column), Qt::EditRole).toString(),
              b);

    // Move the second row up: it stays selected.
    select(table(), 1);
    ASSERT_TRUE(table()->moveCurrent(-1));
    settle();
    EXPECT_EQ(values(), QStringList({b, a}));
    EXPECT_EQ(table()->view()->currentIndex().row(), 0);
    stack->undo();
    settle();
    EXPECT_EQ(values(), QStringList({a, b}));
    stack->redo();
    settle();
    EXPECT_EQ(values(), QStringList({b, a}));

    // Remove the first row; undo puts it back in its place.
    select(table(), 0);
    ASSERT_TRUE(table()->removeCurrent());
    settle();
    EXPECT_EQ(values(), QStringList({a}));
    stack->undo();
    settle();
    EXPECT_EQ(values(), QStringList({b, a}));
    ASSERT_EQ(table()->model()->rowCount(), 2);

    // An edit after the undo reaches the right row; undoing it too.
    ASSERT_TRUE(edit(table(), 1, column, third));
    settle();
    EXPECT_EQ(values(), QStringList({b, c}));
    stack->undo();
    settle();
    EXPECT_EQ(values(), QStringList({b, a}));

    // Everything is in the file: reopen it and look.
    f.file.openInto(f.context);
    settle();
    EXPECT_EQ(values(), QStringList({b, a}));
}

} // namespace

TEST(IdlessRowsTest, DiaryNumbers)
{
    Fixture f;
    AgreementPage page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Agreement, f.agreement));
    const auto table = [&] { return tableFor(page, RecordKind::DiaryNumber); };
    ASSERT_NE(table(), nullptr);
    exercise(
        f, table, 1, QStringLiteral("KS 2024/12"), QStringLiteral("A123.456/2024"),
        QStringLiteral("KS 2024/99"),
        [](const core::Agreement &a) {
            QStringList out;
            for (const core::DiaryNumber &n : a.diaryNumbers)
                out << n.number;
            return out;
        },
        QString());
    // The party column of the same rows, by their ids as well.
    page.showTarget(targetOf(NavTarget::Page::Agreement, f.agreement));
    settle();
    ASSERT_EQ(table()->model()->rowCount(), 2);
    ASSERT_TRUE(edit(table(), 1, 0, f.polis));
    EXPECT_EQ(f.stored().diaryNumbers.at(1).party, f.polis);
    EXPECT_TRUE(f.stored().diaryNumbers.at(0).party.isEmpty());
    f.context.undoStack()->undo();
    EXPECT_TRUE(f.stored().diaryNumbers.at(1).party.isEmpty());
}

TEST(IdlessRowsTest, Coordinators)
{
    Fixture f;
    Part1Page page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Part1, f.agreement));
    const auto table = [&] { return tableFor(page, RecordKind::Coordinator); };
    ASSERT_NE(table(), nullptr);
    exercise(
        f, table, 1, f.anna, f.bo, QString(),
        [](const core::Agreement &a) {
            QStringList out;
            for (const core::Coordinator &c : a.part1.coordinators)
                out << c.person;
            return out;
        },
        QString());
}

TEST(IdlessRowsTest, ReportingRules)
{
    Fixture f;
    Part1Page page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Part1, f.agreement));
    const auto table = [&] { return tableFor(page, RecordKind::ReportingRule); };
    ASSERT_NE(table(), nullptr);
    exercise(
        f, table, 1, 3, 12, 24,
        [](const core::Agreement &a) {
            QStringList out;
            for (const core::ReportingRule &r : a.part1.reporting)
                out << QString::number(r.everyMonths);
            return out;
        },
        QStringLiteral("6")); // the page's default for a new rule
    // The target column (an enum word) of the same rows.
    settle();
    ASSERT_TRUE(edit(table(), 0, 0, QStringLiteral("leadership")));
    EXPECT_EQ(f.stored().part1.reporting.at(0).to, core::ReportingTarget::Leadership);
    f.context.undoStack()->undo();
    EXPECT_EQ(f.stored().part1.reporting.at(0).to, core::ReportingTarget::SteeringGroup);
}

TEST(IdlessRowsTest, GroupMembers)
{
    Fixture f;
    Part1Page page(f.context);
    page.showTarget(targetOf(NavTarget::Page::Part1, f.agreement));
    const QString group = page.groups()->addGroup();
    ASSERT_FALSE(group.isEmpty());
    settle();
    EXPECT_EQ(page.groups()->list()->currentId(), group);
    f.context.undoStack()->clear();
    const auto table = [&] { return tableFor(*page.groups(), RecordKind::GroupMember); };
    ASSERT_NE(table(), nullptr);
    exercise(
        f, table, 1, QStringLiteral("ordförande"), QStringLiteral("sekreterare"),
        QStringLiteral("ledamot"),
        [](const core::Agreement &a) {
            QStringList out;
            if (!a.part1.groups.isEmpty())
                for (const core::GroupMember &m : a.part1.groups.first().members)
                    out << m.role;
            return out;
        },
        QString());
    // The person column too.
    settle();
    ASSERT_EQ(table()->model()->rowCount(), 2);
    ASSERT_TRUE(edit(table(), 0, 0, f.bo));
    EXPECT_EQ(f.stored().part1.groups.first().members.at(0).person, f.bo);
    f.context.undoStack()->undo();
    EXPECT_TRUE(f.stored().part1.groups.first().members.at(0).person.isEmpty());
}

TEST(IdlessRowsTest, AGroupAndACommitmentImportedWithoutIds)
{
    // An exchange document may leave out the ids of groups and commitments; the file
    // keeps internal ones and the pages name them by those.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Import.samverka"));
    core::MunicipalityData data;
    data.municipality.name = QStringLiteral("Härnösand");
    data.municipality.code = QStringLiteral("2280");
    data.people = {{QStringLiteral("pe-anna"), QStringLiteral("Anna Andersson"), {}, {}, {}, {}}};
    core::Agreement a;
    a.id = QStringLiteral("a1");
    a.title = QStringLiteral("Avtal");
    core::Group group;
    group.kind = core::GroupKind::SteeringGroup;
    group.name = QStringLiteral("Styrgrupp");
    group.members = {{QStringLiteral("pe-anna"), QStringLiteral("ordförande")}};
    a.part1.groups = {group};
    a.part1.commitments = {{QString(), QString(), QStringLiteral("Utse samordnare")}};
    data.agreements = {a};
    storage::MunicipalityFile::createFrom(path, data).reset();

    AppContext context;
    storage::MunicipalityFile::OpenOptions options;
    options.backupDir = dir.filePath(QStringLiteral("backups"));
    context.setFile(storage::MunicipalityFile::open(path, options));
    Part1Page page(context);
    page.showTarget(targetOf(NavTarget::Page::Part1, QStringLiteral("a1")));
    settle();
    const auto stored = [&] { return context.file()->agreement(QStringLiteral("a1")); };

    // The commitment's text, through its table.
    RecordTableEditor *commitments = page.commitments();
    ASSERT_EQ(commitments->model()->rowCount(), 1);
    ASSERT_TRUE(edit(commitments, 0, 1, QStringLiteral("Utse en samordnare var")));
    EXPECT_EQ(stored().part1.commitments.first().text, QStringLiteral("Utse en samordnare var"));
    context.undoStack()->undo();
    EXPECT_EQ(stored().part1.commitments.first().text, QStringLiteral("Utse samordnare"));

    // The group is listed and selectable; its members are editable and can be added to.
    const QString groupId = stored().part1.groups.first().rowId.value;
    page.groups()->list()->selectId(groupId);
    settle();
    ASSERT_EQ(page.groups()->list()->currentId(), groupId);
    RecordTableEditor *members = tableFor(*page.groups(), RecordKind::GroupMember);
    ASSERT_NE(members, nullptr);
    ASSERT_EQ(members->model()->rowCount(), 1);
    ASSERT_TRUE(edit(members, 0, 1, QStringLiteral("sammankallande")));
    settle();
    EXPECT_EQ(stored().part1.groups.first().members.first().role, QStringLiteral("sammankallande"));
    ASSERT_FALSE(members->addRow().isEmpty());
    settle();
    EXPECT_EQ(stored().part1.groups.first().members.size(), 2);
    ASSERT_TRUE(edit(members, 1, 1, QStringLiteral("sekreterare")));
    settle();
    EXPECT_EQ(stored().part1.groups.first().members.at(1).role, QStringLiteral("sekreterare"));
    context.undoStack()->undo(); // the role
    context.undoStack()->undo(); // the new member
    settle();
    EXPECT_EQ(stored().part1.groups.first().members.size(), 1);
    context.undoStack()->redo();
    context.undoStack()->redo();
    settle();
    EXPECT_EQ(stored().part1.groups.first().members.at(1).role, QStringLiteral("sekreterare"));
    // Still without ids: what the file gives out is what came in, plus the edits.
    EXPECT_TRUE(stored().part1.groups.first().id.isEmpty());
    EXPECT_TRUE(stored().part1.commitments.first().id.isEmpty());
}
