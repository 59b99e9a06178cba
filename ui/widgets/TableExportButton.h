#pragma once

// "Export to Excel…" on a page that shows one of the exportable tables: asks the main
// window (AppContext::tableExportRequested) to export that table, chosen first in the
// export dialog. Enabled in a read-only file too: exporting changes nothing.

#include "TableExportOptions.h"

#include <QPushButton>

namespace samverka::ui {

class AppContext;

class TableExportButton : public QPushButton
{
    Q_OBJECT

public:
    TableExportButton(AppContext &context, documents::TableKind table, const QString &toolTip,
                      QWidget *parent = nullptr);
};

} // namespace samverka::ui
