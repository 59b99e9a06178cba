// The editor building blocks and the work pages: inputs commit once per edit and
// never on load, optional numbers and dates can be cleared, review comments go
// through add/reply/resolve, attachments keep their bytes, people edit in place.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "pages/AttachmentsPage.h"
#include "pages/CommentsPage.h"
#include "pages/FollowUpsPage.h"
#include "pages/PeoplePage.h"
#include "widgets/DateField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/NumberField.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/TextField.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::settle;
using test::targetOf;

TEST(EditorWidgetsTest, LinkChecklistReportsOnlyTheUsersChangesInOrder)
{
    LinkChecklist list;
    QSignalSpy committed(&list, &LinkChecklist::committed);
    list.setItems({{QStringLiteral("a"), QStringLiteral("Kommunen"), {}},
                   {QStringLiteral("b"), QStringLiteral("Polisen"), {}},
                   {QStringLiteral("c"), QStringLiteral("Räddningstjänsten"), {}}});
    list.setOrdered(true);
    list.setFirstMarker(QStringLiteral("(leder)"));
    list.setCheckedIds({QStringLiteral("b"), QStringLiteral("a")});
    EXPECT_EQ(committed.count(), 0); // loading is not an edit
    EXPECT_EQ(list.checkedIds(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    EXPECT_TRUE(list.item(0)->text().endsWith(QStringLiteral("(leder)")));

    list.toggle(QStringLiteral("c"), true);
    ASSERT_EQ(committed.count(), 1);
    EXPECT_EQ(committed.last().first().toStringList(),
              (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    // Ctrl+Shift+Up on the last checked item moves it before the second.
    list.setCurrentRow(2);
    QTest::keyClick(&list, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(committed.count(), 2);
    EXPECT_EQ(committed.last().first().toStringList(),
              (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
}

TEST(EditorWidgetsTest, OptionalNumbersAndDatesCanBeLeftUnsetAndCleared)
{
    NumberField number(0, 0, 1e6);
    QSignalSpy numbers(&number, &NumberField::committed);
    number.setValue(QVariant());
    EXPECT_FALSE(number.value().isValid());
    EXPECT_EQ(number.text(), QStringLiteral("–"));
    number.enter(12);
    ASSERT_EQ(numbers.count(), 1);
    EXPECT_EQ(numbers.last().first().toInt(), 12);
    number.enter(12); // unchanged: no second commit
    EXPECT_EQ(numbers.count(), 1);
    number.enter(QVariant());
    ASSERT_EQ(numbers.count(), 2);
    EXPECT_FALSE(numbers.last().first().isValid());

    DateField date;
    QSignalSpy dates(&date, &DateField::committed);
    date.setValue(QDate(2024, 3, 1));
    EXPECT_EQ(dates.count(), 0);
    date.pick(QDate());
    ASSERT_EQ(dates.count(), 1);
    EXPECT_FALSE(dates.last().first().toDate().isValid());
    EXPECT_FALSE(date.value().isValid());
}

TEST(EditorWidgetsTest, LongTextIsOneUndoableEditPerSession)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const QString agreement = context.insertRecord(
        RecordKind::Agreement, {}, {{QStringLiteral("title"), QStringLiteral("A")}});
    const QString followUp =
        context.insertRecord(RecordKind::FollowUp, agreement,
                             {{QStringLiteral("date"), QDate(2024, 6, 1)},
                              {QStringLiteral("kind"), QStringLiteral("process")}});
    FollowUpsPage page(context);
    page.showTarget(targetOf(NavTarget::Page::FollowUps, agreement));
    page.selectFollowUp(followUp);
    const int commands = context.undoStack()->count();
    page.textField()->setFocus();
    QTest::keyClicks(page.textField(), QStringLiteral("Done three times"));
    EXPECT_EQ(context.undoStack()->count(), commands); // nothing per keystroke
    page.textField()->commitNow();                     // what leaving the field does
    EXPECT_EQ(context.undoStack()->count(), commands + 1);
    EXPECT_EQ(context.file()->agreement(agreement).followUps.first().text,
              QStringLiteral("Done three times"));
    page.textField()->commitNow(); // leaving again without change writes nothing
    EXPECT_EQ(context.undoStack()->count(), commands + 1);
}

TEST(EditorWidgetsTest, ReviewCommentsAddReplyResolveAndFilter)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const QString agreement = context.insertRecord(
        RecordKind::Agreement, {}, {{QStringLiteral("title"), QStringLiteral("A")}});
    CommentsPage page(context);
    page.showTarget(targetOf(NavTarget::Page::Comments, agreement));
    const QString first =
        page.addComment(QStringLiteral("part1"), QStringLiteral("Syftet behöver skärpas."));
    const QString second =
        page.addComment(QStringLiteral("measures"), QStringLiteral("Ansvarig saknas."));
    ASSERT_FALSE(first.isEmpty());
    ASSERT_FALSE(second.isEmpty());
    EXPECT_FALSE(page.reply(first, QStringLiteral("Åtgärdat i nytt utkast.")).isEmpty());
    EXPECT_TRUE(page.resolve(first));
    settle();

    const core::Agreement a = context.file()->agreement(agreement);
    ASSERT_EQ(a.comments.size(), 2);
    EXPECT_TRUE(a.comments.at(0).resolved);
    ASSERT_EQ(a.comments.at(0).replies.size(), 1);
    EXPECT_EQ(a.comments.at(0).replies.first().text, QStringLiteral("Åtgärdat i nytt utkast."));
    page.setOnlyOpen(true);
    EXPECT_EQ(page.list()->tree()->topLevelItemCount(), 1);
    page.setOnlyOpen(false);
    EXPECT_EQ(page.list()->tree()->topLevelItemCount(), 2);
    context.undoStack()->undo(); // the resolve
    EXPECT_FALSE(context.file()->agreement(agreement).comments.at(0).resolved);
}

TEST(EditorWidgetsTest, AttachmentKeepsItsBytesAndCanBeSavedBack)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    const QString source = temp.dir() + QStringLiteral("/underskriven.pdf");
    QByteArray bytes("%PDF-1.4\n");
    bytes.append(QByteArray(2000, '\x07'));
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    AttachmentsPage page(context);
    page.showTarget(targetOf(NavTarget::Page::Attachments, {}));
    const QString id = page.addFile(source);
    ASSERT_FALSE(id.isEmpty());
    const QList<core::Attachment> all = context.file()->attachments();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().name, QStringLiteral("underskriven.pdf"));
    EXPECT_EQ(all.first().mediaType, QStringLiteral("application/pdf"));
    const QString copy = temp.dir() + QStringLiteral("/kopia.pdf");
    ASSERT_TRUE(page.saveCopy(id, copy));
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), bytes);
    EXPECT_TRUE(page.removeAttachment(id));
    EXPECT_TRUE(context.file()->attachments().isEmpty());
    context.undoStack()->undo();
    EXPECT_EQ(context.file()->attachmentData(id), bytes);
}

TEST(EditorWidgetsTest, PeopleAndPartiesEditInPlace)
{
    test::TempMunicipality temp;
    AppContext context;
    temp.openInto(context);
    PeoplePage page(context);
    NavTarget t;
    t.page = NavTarget::Page::People;
    page.showTarget(t);
    QAbstractItemModelTester tester(page.people()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString party = page.parties()->addRow();
    ASSERT_FALSE(party.isEmpty());
    RecordTableModel *parties = page.parties()->model();
    const int row = parties->rowOf(party);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(parties->setData(parties->index(row, 1), QStringLiteral("Polisen")));
    EXPECT_TRUE(parties->setData(parties->index(row, 0), QStringLiteral("police")));
    settle();
    const QString person = page.people()->addRow();
    ASSERT_FALSE(person.isEmpty());
    RecordTableModel *people = page.people()->model();
    EXPECT_TRUE(people->setData(people->index(people->rowOf(person), 2), party));
    settle();
    const QList<core::Person> all = context.file()->people();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().party, party);
    for (const core::Party &p : context.file()->parties()) {
        if (p.id == party) {
            EXPECT_EQ(p.kind, core::PartyKind::Police);
        }
    }
    EXPECT_EQ(people->index(people->rowOf(person), 2).data().toString(), QStringLiteral("Polisen"));
}
