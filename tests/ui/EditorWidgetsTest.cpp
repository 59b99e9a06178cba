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
#include "widgets/TypedInput.h"

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
    EXPECT_TRUE(number.text().isEmpty()); // typing goes straight in
    EXPECT_EQ(number.placeholderText(), QStringLiteral("–"));
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
    EXPECT_EQ(date.editor()->text(), QStringLiteral("2024-03-01"));
    date.pick(QDate());
    ASSERT_EQ(dates.count(), 1);
    EXPECT_FALSE(dates.last().first().toDate().isValid());
    EXPECT_FALSE(date.value().isValid());
    EXPECT_TRUE(date.editor()->text().isEmpty());
}

TEST(EditorWidgetsTest, TypedInputReadsWhatASwedishUserWrites)
{
    using R = TypedInput::NumberRule;
    const R budget{0, 0, 1e12, QStringLiteral(" kr"), true};
    const auto read = [](const QString &text, const R &rule) {
        return TypedInput::number(text, rule, QStringLiteral("Budget"));
    };
    EXPECT_EQ(read(QStringLiteral("5 000 000 000"), budget).value, 5e9);
    EXPECT_EQ(read(QStringLiteral("5\u00a0000\u00a0000 kr"), budget).value, 5e6);
    EXPECT_EQ(read(QStringLiteral("1 000 000 000 000"), budget).value, 1e12);
    EXPECT_EQ(read(QStringLiteral("25 000,00"), budget).value, 25000.0);
    EXPECT_FALSE(read(QStringLiteral(""), budget).value);
    EXPECT_TRUE(read(QStringLiteral("  "), budget).problem.isEmpty()); // empty: not set
    for (const char *refused : {"-500", "\u2212500", "1 000 000 000 001", "1e13", "1.000",
                                "25000,5", "5.000.000", "fem", "12abc", ","}) {
        const TypedInput::NumberReading r = read(QString::fromUtf8(refused), budget);
        EXPECT_FALSE(r.value) << refused;
        EXPECT_TRUE(r.problem.startsWith(QStringLiteral("Budget: "))) << refused;
    }
    const R value{2, -1e12, 1e12, {}, true};
    EXPECT_EQ(read(QStringLiteral("\u221212,5"), value).value, -12.5);
    EXPECT_EQ(read(QStringLiteral("-0,25"), value).value, -0.25);
    EXPECT_EQ(read(QStringLiteral("1.5"), value).value, 1.5);
    EXPECT_FALSE(read(QStringLiteral("0,125"), value).value);
    // What is shown reads back to the same number.
    for (double d : {5e9, 1e12, -12.5, 0.1, 4294967300.0}) {
        const QString shown = TypedInput::numberText(d, value);
        EXPECT_EQ(read(shown, value).value, d) << shown.toStdString();
    }

    EXPECT_EQ(TypedInput::date(QStringLiteral("2025-01-01")), QDate(2025, 1, 1));
    EXPECT_EQ(TypedInput::date(QStringLiteral("20250101")), QDate(2025, 1, 1));
    EXPECT_EQ(TypedInput::date(QStringLiteral("1/1 2025")), QDate(2025, 1, 1));
    EXPECT_EQ(TypedInput::date(QStringLiteral(" 2025-1-1 ")), QDate(2025, 1, 1));
    EXPECT_EQ(TypedInput::date(QStringLiteral("31/12 2024")), QDate(2024, 12, 31));
    for (const char *refused :
         {"datum0250101", "2025-02-30", "13/13 2025", "hello", "2025", "0025-01-01", "1/1", ""})
        EXPECT_FALSE(TypedInput::date(QString::fromLatin1(refused))) << refused;
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
