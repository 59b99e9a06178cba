#pragma once

// The open file's tables and dates for other programs (issue #15): an agreement's
// action plan, measures or follow-ups, or the reported crimes, as an Excel workbook or a
// CSV file; and the calendar (.ics) of follow-ups, measures, meetings and reports for
// Outlook. Each asks what to export, then where, and says in the status bar what it
// wrote.

#include "TableExportOptions.h"

#include <QObject>

class QWidget;

namespace samverka::ui {

class AppContext;

class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(AppContext &context, QWidget &window);

    /// Asks for the table (table chosen first), the agreement and the file; writes .xlsx
    /// or .csv as the file dialog's type says.
    void exportTable(documents::TableKind table = documents::TableKind::ActionPlan);
    /// Asks for the agreement (or the whole file) and the file; writes the .ics.
    void exportCalendar();

signals:
    void statusMessage(const QString &message);

private:
    /// The save dialog in the folder last exported to; empty on cancel. filters: the
    /// first one's extension is added when the name has none of theirs.
    QString askPath(const QString &title, const QString &name, const QStringList &filters,
                    const QStringList &extensions);

    AppContext &m_context;
    QWidget &m_window;
};

} // namespace samverka::ui
