#pragma once

// Documents of the open file for the main window: export a PDF (PDF/A-1b), print, or
// preview, each for a chosen agreement and with or without confidential items.

#include "Agreement.h"
#include "DocumentOptions.h"

#include <QObject>

class QWidget;

namespace samverka::ui {

class AppContext;

class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(AppContext &context, QWidget &window);

    /// The PDF's suggested file name (without .pdf): the document kind and the agreement's
    /// title and years, the kind left out when the title says it already.
    static QString suggestedName(documents::DocumentKind kind, const core::Agreement &agreement);

    void exportPdf(documents::DocumentKind kind);
    void print();
    void preview();

signals:
    void statusMessage(const QString &message);

private:
    /// Asks which agreement and whether confidential items go in; false on cancel.
    bool ask(documents::DocumentKind kind, bool chooseKind, const QString &actionText,
             documents::DocumentOptions &options);
    QString currentAgreementId() const;

    AppContext &m_context;
    QWidget &m_window;
};

} // namespace samverka::ui
