#pragma once

// The documents the police area's desk prints from its overview (issue #16): a row's
// documents (its current agreement's, or the municipality's lägesbild and åtgärdsplan),
// the current agreement of every municipality into a folder, and the report
// "Samverkan i lokalpolisområdet". A colleague's file is opened read-only, with no
// backup and nothing rolled back, and closed again; errors come back as a message.

#include "DocumentOptions.h"
#include "PoliceAreaReportBuilder.h"

#include "OverviewRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace samverka::ui {

class WorkspaceDocuments
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDocuments)

public:
    /// The kinds a row offers, in menu order.
    static QList<documents::DocumentKind> kinds();
    /// Whether the row can print kind: the agreement's documents need a current agreement.
    static bool offers(const core::OverviewRow &row, documents::DocumentKind kind);
    /// "Kramfors – Handlingsplan.pdf"; the agreement itself by its title.
    static QString fileName(const core::OverviewRow &row, documents::DocumentKind kind);

    /// Writes row's document of kind as a PDF at path; empty, or the message of why not.
    static QString write(const core::OverviewRow &row, documents::DocumentKind kind,
                         const QString &path);

    struct BatchResult {
        QStringList written;  ///< paths
        QStringList failures; ///< one message each
        QStringList skipped;  ///< municipalities without an agreement or not read
    };
    /// Each row's current agreement as a PDF in folder, named by fileName(); progress is
    /// told before each file (index, total) and returns false to stop.
    static BatchResult writeAll(const QList<core::OverviewRow> &rows, const QString &folder,
                                const std::function<bool(int, int)> &progress = {});
    /// The files writeAll would replace in folder.
    static QStringList existing(const QList<core::OverviewRow> &rows, const QString &folder);

    /// The police area's report as a PDF at path; empty, or the message of why not.
    static QString writeReport(const documents::PoliceAreaReportBuilder::Input &input,
                               const QString &path);
};

} // namespace samverka::ui
