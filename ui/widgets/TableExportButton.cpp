#include "TableExportButton.h"

#include "AppContext.h"

namespace samverka::ui {

TableExportButton::TableExportButton(AppContext &context, documents::TableKind table,
                                     const QString &toolTip, QWidget *parent)
    : QPushButton(tr("Export to Excel…"), parent)
{
    setObjectName(QStringLiteral("tableExportButton"));
    setToolTip(toolTip);
    connect(this, &QPushButton::clicked, this,
            [&context, table] { emit context.tableExportRequested(table); });
}

} // namespace samverka::ui
