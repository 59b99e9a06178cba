// Issue #11, items 3 and 4, through the real widgets from a new file: a date typed into
// an empty field as 2025-01-01, 20250101 or 1/1 2025 is kept; a budget typed as
// 5 000 000 000 is held exactly; what is not a date or lies outside the range is refused
// with a message at the field and in the status bar, and the stored value stays. Undo
// takes a typed value back.

#include "PageNavigation.h"
#include "UiTestSupport.h"

#include "FileController.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "pages/AgreementPage.h"
#include "pages/MeasuresPage.h"
#include "widgets/DateField.h"
#include "widgets/MeasureEditor.h"
#include "widgets/NumberField.h"
#include "widgets/RecordListPanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace samverka;
using namespace samverka::ui;
using P = NavTarget::Page;
using test::settle;

namespace {

/// text without its spaces (the thousands separators are no-break spaces).
QString digits(QString text)
{
    text.remove(QChar(0x00a0));
    text.remove(QLatin1Char(' '));
    return text;
}

/// A new, empty file open in the main window, on the measures page of a new agreement
/// with one measure added by the page's own Add button.
struct NewMeasure {
    test::TempMunicipality temp; // a new file, not the demo
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    MeasuresPage *page = nullptr;
    QString agreement;
    QString measure;

    NewMeasure()
    {
        window.files().setOpenOptions(temp.options());
        EXPECT_TRUE(window.files().openPath(temp.path()));
        window.show();
        QApplication::setActiveWindow(&window);
        window.actions().newAgreement->trigger(); // the app's own "New agreement"
        settle();
        agreement = context.file()->agreements().first().id;
        context.navigate(test::targetOf(P::Measures, agreement));
        settle();
        page = qobject_cast<MeasuresPage *>(window.currentPage());
        if (!page) {
            ADD_FAILURE() << "the measures page is not shown";
            return;
        }
        QTest::mouseClick(page->list()->addButton(), Qt::LeftButton);
        settle();
        const QList<core::Measure> measures = context.file()->agreement(agreement).measures;
        EXPECT_EQ(measures.size(), 1);
        if (!measures.isEmpty())
            measure = measures.first().id;
    }

    core::Measure stored() const { return context.file()->agreement(agreement).measures.value(0); }

    /// Clicks into the field, types text and presses key (Tab or Enter) as a user would.
    void type(QLineEdit *field, const QString &text, Qt::Key key = Qt::Key_Tab)
    {
        QTest::mouseClick(field, Qt::LeftButton);
        ASSERT_EQ(QApplication::focusWidget(), field);
        QTest::keyClicks(field, text);
        QTest::keyClick(field, key);
        settle();
    }
    /// Clicks into the field, selects what it holds (Ctrl+A) and types text over it.
    void retype(QLineEdit *field, const QString &text, Qt::Key key = Qt::Key_Tab)
    {
        QTest::mouseClick(field, Qt::LeftButton);
        ASSERT_EQ(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
        QTest::keyClick(field, key);
        settle();
    }

    QString status() const { return window.statusBar()->currentMessage(); }
};

} // namespace

TEST(TypedDatesAndNumbersTest, BudgetsAndCountsAreHeldExactlyAndNeverWrappedOrClamped)
{
    NewMeasure f;
    ASSERT_NE(f.page, nullptr);
    ASSERT_FALSE(f.measure.isEmpty());
    NumberField *budget = f.page->editor()->budgetField();
    ASSERT_TRUE(budget->isEnabled());
    EXPECT_TRUE(budget->text().isEmpty()); // not set: no text to select before typing

    // Typed into the empty field at once, Swedish thousands spaces: once 705 032 704 kr.
    f.type(budget, QStringLiteral("5 000 000 000"));
    EXPECT_EQ(f.stored().budgetSek, 5'000'000'000.0);
    EXPECT_NE(QApplication::focusWidget(), budget); // Tab moved on
    EXPECT_TRUE(budget->problem().isEmpty());
    EXPECT_EQ(digits(budget->text()), QStringLiteral("5000000000kr")); // shown grouped

    // Once 4 kr (wrapped at 2^32).
    f.retype(budget, QStringLiteral("4294967300"));
    EXPECT_EQ(f.stored().budgetSek, 4'294'967'300.0);

    // Once 0 kr, silently: now refused, named, and the stored budget stays.
    f.retype(budget, QStringLiteral("-500"));
    EXPECT_EQ(f.stored().budgetSek, 4'294'967'300.0);
    const QString problem = budget->problem();
    EXPECT_TRUE(problem.contains(QStringLiteral("Budget"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("-500"))) << problem.toStdString();
    EXPECT_TRUE(digits(problem).contains(QStringLiteral("1000000000000"))) // the range
        << problem.toStdString();
    EXPECT_EQ(budget->toolTip(), problem); // at the field
    EXPECT_EQ(budget->accessibleDescription(), problem);
    EXPECT_EQ(f.status(), problem); // and in the status bar
    EXPECT_FALSE(f.page->editor()->hintLabel()->isHidden());
    EXPECT_EQ(budget->text(), QStringLiteral("-500")); // kept, to be corrected

    // Above 10^12 kronor, and not a number at all: refused the same way.
    f.retype(budget, QStringLiteral("1 000 000 000 001"));
    EXPECT_FALSE(budget->problem().isEmpty());
    f.retype(budget, QStringLiteral("fem miljoner"));
    EXPECT_FALSE(budget->problem().isEmpty());
    EXPECT_EQ(f.stored().budgetSek, 4'294'967'300.0);

    // Correcting it takes the mark away; Enter commits as well as Tab.
    f.retype(budget, QStringLiteral("250 000 kr"), Qt::Key_Return);
    EXPECT_EQ(f.stored().budgetSek, 250'000.0);
    EXPECT_TRUE(budget->problem().isEmpty());
    EXPECT_TRUE(f.page->editor()->hintLabel()->isHidden());

    // Undo takes the typed value back, one step per value.
    f.window.actions().undo->trigger();
    settle();
    EXPECT_EQ(f.stored().budgetSek, 4'294'967'300.0);
    EXPECT_EQ(budget->value().toDouble(), 4'294'967'300.0);

    // Counts up to 10^9, held exactly; beyond refused. Hours take one decimal comma.
    NumberField *count = f.page->editor()->plannedCountField();
    f.type(count, QStringLiteral("1 000 000 000"));
    EXPECT_EQ(f.stored().plannedCount, 1'000'000'000);
    f.retype(count, QStringLiteral("3000000000"));
    EXPECT_EQ(f.stored().plannedCount, 1'000'000'000);
    EXPECT_TRUE(count->problem().contains(QStringLiteral("Planned count")));
    NumberField *hours = f.page->editor()->hoursField();
    f.type(hours, QStringLiteral("7,5"));
    EXPECT_EQ(f.stored().hours, 7.5);
    f.retype(hours, QStringLiteral("7,25"));
    EXPECT_EQ(f.stored().hours, 7.5);
    EXPECT_FALSE(hours->problem().isEmpty());

    // Emptying the field leaves the budget not set.
    f.retype(budget, QString());
    EXPECT_FALSE(f.stored().budgetSek.has_value());
}

TEST(TypedDatesAndNumbersTest, DatesAreTypedTheSwedishWaysAndWhatIsNoDateIsRefused)
{
    NewMeasure f;
    ASSERT_NE(f.page, nullptr);
    ASSERT_FALSE(f.measure.isEmpty());
    DateField *start = f.page->editor()->startField();
    QLineEdit *edit = start->editor();
    EXPECT_TRUE(edit->text().isEmpty()); // "No date" is a placeholder, not text in the way

    // Once "datum0250101", silently dropped on Tab.
    f.type(edit, QStringLiteral("2025-01-01"));
    EXPECT_EQ(f.stored().start, QDate(2025, 1, 1));
    EXPECT_NE(QApplication::focusWidget(), edit);

    // The issue's own three forms, each into an empty field, Enter or Tab.
    for (const char *typed : {"2025-01-01", "20250101", "1/1 2025"}) {
        QTest::mouseClick(start->editor(), Qt::LeftButton);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClick(edit, Qt::Key_Return); // empty again
        settle();
        ASSERT_FALSE(f.stored().start.isValid());
        ASSERT_TRUE(edit->text().isEmpty());
        f.type(edit, QString::fromLatin1(typed), Qt::Key_Return);
        EXPECT_EQ(f.stored().start, QDate(2025, 1, 1)) << typed;
    }

    // The other forms, typed over a date.
    const struct {
        const char *typed;
        QDate date;
    } forms[] = {{"20250102", QDate(2025, 1, 2)},
                 {"3/1 2025", QDate(2025, 1, 3)},
                 {"2025-1-4", QDate(2025, 1, 4)}};
    for (const auto &form : forms) {
        f.retype(edit, QString::fromLatin1(form.typed));
        EXPECT_EQ(f.stored().start, form.date) << form.typed;
        EXPECT_EQ(edit->text(), form.date.toString(Qt::ISODate)) << form.typed;
    }

    // Not a date: refused with the forms that work, the stored date stays.
    f.retype(edit, QStringLiteral("hello"));
    EXPECT_EQ(f.stored().start, QDate(2025, 1, 4));
    const QString problem = start->problem();
    EXPECT_TRUE(problem.contains(QStringLiteral("Start"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("hello"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("1/1 2025"))) << problem.toStdString();
    EXPECT_EQ(edit->toolTip(), problem);
    EXPECT_EQ(f.status(), problem);
    EXPECT_EQ(edit->text(), QStringLiteral("hello"));
    // Another field's edit reloads the form: the refused text stays to be corrected.
    DateField *end = f.page->editor()->endField();
    f.retype(end->editor(), QStringLiteral("2025-06-30"));
    EXPECT_EQ(f.stored().end, QDate(2025, 6, 30));
    EXPECT_EQ(edit->text(), QStringLiteral("hello"));
    EXPECT_EQ(start->problem(), problem);
    f.retype(edit, QStringLiteral("2025-02-30")); // no such day
    EXPECT_FALSE(start->problem().isEmpty());
    EXPECT_EQ(f.stored().start, QDate(2025, 1, 4));

    // Undo takes the last typed date back.
    f.retype(edit, QStringLiteral("2025-03-01"));
    EXPECT_EQ(f.stored().start, QDate(2025, 3, 1));
    EXPECT_TRUE(start->problem().isEmpty());
    f.window.actions().undo->trigger();
    settle();
    EXPECT_EQ(f.stored().start, QDate(2025, 1, 4));
    EXPECT_EQ(edit->text(), QStringLiteral("2025-01-04"));

    // Emptying the field clears the date.
    f.retype(edit, QString());
    EXPECT_FALSE(f.stored().start.isValid());
}

TEST(TypedDatesAndNumbersTest, AnEmptyDatesCalendarOpensAtTheAgreementsPeriod)
{
    NewMeasure f;
    ASSERT_NE(f.page, nullptr);
    // The agreement's period is set on its own page by typing, then the measure is shown.
    f.context.navigate(test::targetOf(P::Agreement, f.agreement));
    settle();
    auto *agreementPage = qobject_cast<AgreementPage *>(f.window.currentPage());
    ASSERT_NE(agreementPage, nullptr);
    DateField *validFrom = agreementPage->validFromField();
    f.type(validFrom->editor(), QStringLiteral("2019-07-01"));
    ASSERT_EQ(f.context.file()->agreement(f.agreement).validFrom, QDate(2019, 7, 1));
    f.context.navigate(test::targetOf(P::Measures, f.agreement, f.measure));
    settle();

    DateField *start = f.page->editor()->startField();
    ASSERT_FALSE(start->value().isValid());
    QTest::keyClick(start->editor(), Qt::Key_F4);
    ASSERT_NE(start->calendar(), nullptr);
    EXPECT_TRUE(start->calendar()->isVisible());
    EXPECT_EQ(start->calendar()->yearShown(), 2019);
    EXPECT_EQ(start->calendar()->monthShown(), 7);
    // Choosing a day in the calendar commits it and closes the popup.
    QWidget *days = start->calendar()->focusProxy(); // the calendar's table of days
    ASSERT_NE(days, nullptr);
    QTest::keyClick(days, Qt::Key_Right);
    QTest::keyClick(days, Qt::Key_Return);
    settle();
    EXPECT_EQ(f.stored().start, QDate(2019, 7, 2));
    EXPECT_FALSE(start->calendar()->isVisible());

    // With a date the calendar opens at it.
    QTest::mouseClick(start->calendarButton(), Qt::LeftButton);
    EXPECT_EQ(start->calendar()->selectedDate(), QDate(2019, 7, 2));
    QTest::keyClick(start->calendar()->focusProxy(), Qt::Key_Escape);
    EXPECT_FALSE(start->calendar()->isVisible());
    EXPECT_EQ(f.stored().start, QDate(2019, 7, 2));
}
