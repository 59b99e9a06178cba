// Choosing a person on Underskrifter fills in the signatory's name, title and party
// (issue 11, item 6), as one undo step, from a new file and through the table's cells.

#include "PageNavigation.h"
#include "Typing.h"
#include "UiTestSupport.h"

#include "models/SignatoryFromPerson.h"
#include "pages/PromiseSetsPage.h"
#include "pages/SignaturesPage.h"
#include "widgets/RecordTableEditor.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace samverka;
using namespace samverka::ui;
using storage::RecordKind;
using test::pressKey;
using test::settle;
using test::targetOf;
using test::typeText;

namespace {

core::Person person(const char *name, const char *title, const char *party)
{
    core::Person p;
    p.id = QString::fromUtf8(name);
    p.name = QString::fromUtf8(name);
    p.title = QString::fromUtf8(title);
    p.party = QString::fromUtf8(party);
    return p;
}

} // namespace

TEST(SignatoriesTest, APersonChosenGivesThatPersonsNameTitleAndParty)
{
    core::Signature typed;
    typed.name = QStringLiteral("Per Ek");
    typed.title = QStringLiteral("Lokalpolisområdeschef");
    typed.party = QStringLiteral("polis");

    // Typed for someone else: all three replaced, a missing title cleared.
    const auto anna = person("Anna Berg", "", "kommun");
    EXPECT_EQ(SignatoryFromPerson::fields(typed, anna),
              (SignatoryFromPerson::Values{{QStringLiteral("name"), QStringLiteral("Anna Berg")},
                                           {QStringLiteral("title"), QString()},
                                           {QStringLiteral("party"), QStringLiteral("kommun")}}));
    // Typed for this very person: what the register lacks stays, the rest is taken.
    const auto per = person("Per Ek", "", "polis");
    EXPECT_TRUE(SignatoryFromPerson::fields(typed, per).isEmpty());
    const auto perWithTitle = person("Per Ek", "Polischef", "");
    EXPECT_EQ(
        SignatoryFromPerson::fields(typed, perWithTitle),
        (SignatoryFromPerson::Values{{QStringLiteral("title"), QStringLiteral("Polischef")}}));
    // Only an edit of the person brings companions, and clearing it brings none.
    EXPECT_TRUE(SignatoryFromPerson::companions({{QStringLiteral("s1"), typed}}, {anna},
                                                QStringLiteral("s1"), QStringLiteral("title"),
                                                anna.id)
                    .isEmpty());
    EXPECT_TRUE(SignatoryFromPerson::companions({{QStringLiteral("s1"), typed}}, {anna},
                                                QStringLiteral("s1"), QStringLiteral("person"),
                                                QString())
                    .isEmpty());
}

TEST(SignatoriesTest, ChoosingAPersonFillsTheRowInOneUndoStep)
{
    test::TempMunicipality temp(false);
    AppContext context;
    temp.openInto(context);
    const QString agreement = context.insertRecord(
        RecordKind::Agreement, {}, {{QStringLiteral("title"), QStringLiteral("Överenskommelse")}});
    const QString kommun =
        context.insertRecord(RecordKind::Party, {},
                             {{QStringLiteral("kind"), QStringLiteral("municipality")},
                              {QStringLiteral("name"), QStringLiteral("Sollefteå kommun")}});
    const QString polis =
        context.insertRecord(RecordKind::Party, {},
                             {{QStringLiteral("kind"), QStringLiteral("police")},
                              {QStringLiteral("name"), QStringLiteral("Polisen")}});
    const QString anna = context.insertRecord(
        RecordKind::Person, {},
        {{QStringLiteral("name"), QStringLiteral("Anna Berg")},
         {QStringLiteral("title"), QStringLiteral("Kommunstyrelsens ordförande")},
         {QStringLiteral("party"), kommun}});
    const QString per = context.insertRecord(
        RecordKind::Person, {},
        {{QStringLiteral("name"), QStringLiteral("Per Ek")}, {QStringLiteral("party"), polis}});
    QUndoStack *stack = context.undoStack();
    stack->clear();
    auto signatory = [&] { return context.file()->agreement(agreement).signatures.value(0); };

    SignaturesPage page(context);
    page.showTarget(targetOf(NavTarget::Page::Signatures, agreement));
    page.resize(1100, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    settle();
    QTableView *view = page.table()->view();

    // Add signatory opens the person cell; typing a name picks the person, Enter takes it.
    QTest::mouseClick(page.table()->addButton(), Qt::LeftButton);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    ASSERT_NE(combo, nullptr);
    typeText(QStringLiteral("Anna"));
    pressKey(Qt::Key_Return);
    settle();
    EXPECT_EQ(signatory().person, anna);
    EXPECT_EQ(signatory().name, QStringLiteral("Anna Berg"));
    EXPECT_EQ(signatory().title, QStringLiteral("Kommunstyrelsens ordförande"));
    EXPECT_EQ(signatory().party, kommun);
    EXPECT_EQ(view->model()->index(0, 1).data().toString(), QStringLiteral("Anna Berg"));
    ASSERT_EQ(stack->count(), 2); // the Add, and the person with what came with it

    stack->undo();
    settle();
    EXPECT_TRUE(signatory().person.isEmpty());
    EXPECT_EQ(signatory().name, QStringLiteral("New signatory"));
    EXPECT_TRUE(signatory().title.isEmpty());
    EXPECT_TRUE(signatory().party.isEmpty());
    stack->redo();
    settle();
    EXPECT_EQ(signatory().name, QStringLiteral("Anna Berg"));

    // A title edited by hand afterwards stays, also when the same person is chosen again.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(view->currentIndex(), view->model()->index(0, 2));
    typeText(QStringLiteral("Ordförande"));
    pressKey(Qt::Key_Return);
    settle();
    EXPECT_EQ(signatory().title, QStringLiteral("Ordförande"));
    pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
    pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
    pressKey(Qt::Key_F2);
    typeText(QStringLiteral("Anna"));
    pressKey(Qt::Key_Return);
    settle();
    EXPECT_EQ(signatory().title, QStringLiteral("Ordförande"));

    // Another person: that person's name and party; Anna's title does not stay behind.
    pressKey(Qt::Key_F2);
    typeText(QStringLiteral("Per"));
    pressKey(Qt::Key_Return);
    settle();
    EXPECT_EQ(signatory().person, per);
    EXPECT_EQ(signatory().name, QStringLiteral("Per Ek"));
    EXPECT_TRUE(signatory().title.isEmpty());
    EXPECT_EQ(signatory().party, polis);

    // Reopened, the file has it all.
    context.setFile(temp.open());
    EXPECT_EQ(signatory().name, QStringLiteral("Per Ek"));
    EXPECT_EQ(signatory().party, polis);
}

TEST(SignatoriesTest, APromiseSetsSignatoryIsFilledFromThePersonToo)
{
    test::TempMunicipality temp(false);
    AppContext context;
    temp.openInto(context);
    const QString polis =
        context.insertRecord(RecordKind::Party, {},
                             {{QStringLiteral("kind"), QStringLiteral("police")},
                              {QStringLiteral("name"), QStringLiteral("Polisen")}});
    const QString per =
        context.insertRecord(RecordKind::Person, {},
                             {{QStringLiteral("name"), QStringLiteral("Per Ek")},
                              {QStringLiteral("title"), QStringLiteral("Lokalpolisområdeschef")},
                              {QStringLiteral("party"), polis}});

    PromiseSetsPage page(context);
    page.showTarget(targetOf(NavTarget::Page::PromiseSets, {}));
    page.resize(1100, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    const QString set = page.addSet();
    settle();
    ASSERT_FALSE(set.isEmpty());
    RecordTableEditor *table = nullptr;
    for (RecordTableEditor *t : page.findChildren<RecordTableEditor *>())
        if (t->kind() == RecordKind::Signature)
            table = t;
    ASSERT_NE(table, nullptr);
    context.undoStack()->clear();

    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    ASSERT_NE(qobject_cast<QComboBox *>(QApplication::focusWidget()), nullptr);
    typeText(QStringLiteral("Per"));
    pressKey(Qt::Key_Return);
    settle();
    const core::Signature s = context.file()->promiseSets().value(0).signatures.value(0);
    EXPECT_EQ(s.person, per);
    EXPECT_EQ(s.name, QStringLiteral("Per Ek"));
    EXPECT_EQ(s.title, QStringLiteral("Lokalpolisområdeschef"));
    EXPECT_EQ(s.party, polis);
    EXPECT_EQ(context.undoStack()->count(), 2);
}
