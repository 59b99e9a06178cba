#include "widgets/CalendarSetup.h"

#include <QCalendarWidget>
#include <QFontMetrics>
#include <QLocale>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace samverka::ui {

namespace {
constexpr int kColumns = 8; // the week number and seven days
// Room around a cell's text beyond the item delegate's own margins, so a header
// that just fits is not elided by rounding.
constexpr int kCellPadding = 6;
} // namespace

void CalendarSetup::configure(QCalendarWidget *calendar)
{
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    calendar->setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    calendar->setMinimumWidth(minimumWidth(*calendar));
}

int CalendarSetup::minimumWidth(const QCalendarWidget &calendar)
{
    // The day names and dates are drawn by the calendar's inner table view.
    const auto *view = calendar.findChild<QTableView *>();
    const QWidget &cells = view ? static_cast<const QWidget &>(*view) : calendar;
    QFont headerFont = cells.font();
    headerFont.setBold(true); // some styles draw the header bold: leave room for that
    const QFontMetrics metrics(headerFont);
    const QLocale locale = calendar.locale();
    int widest = metrics.horizontalAdvance(QStringLiteral("00"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        widest =
            std::max(widest, metrics.horizontalAdvance(locale.dayName(day, QLocale::ShortFormat)));
    const int textMargin =
        cells.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &cells) + 1;
    const int column = widest + 2 * textMargin + kCellPadding;
    const int frame = view ? 2 * view->frameWidth() : 0;
    return kColumns * column + frame;
}

} // namespace samverka::ui
