#pragma once

// Documents of the open file for the main window: export a PDF (PDF/A-1b) or an .odt
// for Word, print, or preview, each for a chosen agreement (the lägesbild: a chosen
// edition) and with or without confidential items.

#include "Agreement.h"
#include "DocumentOptions.h"
#include "dialogs/DocumentDialog.h"

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

    /// Asks for the record (recordId chosen first, for the lägesbild) and the file's path;
    /// writes a PDF, or an editable .odt for Word when that type or ending is chosen.
    void exportDocument(documents::DocumentKind kind, const QString &recordId = {});
    void print();
    void preview();

signals:
    void statusMessage(const QString &message);

private:
    /// Asks which agreement (edition) and whether confidential items go in; false on
    /// cancel. recordId: the edition chosen first.
    bool ask(documents::DocumentKind kind, bool chooseKind, const QString &actionText,
             documents::DocumentOptions &options, const QString &recordId = {});
    /// What a document of kind can be made of. Throws StorageError.
    QList<DocumentDialog::Choice> choices(documents::DocumentKind kind) const;
    /// The PDF's suggested file name for options (without .pdf). Throws StorageError.
    QString suggestedName(const documents::DocumentOptions &options) const;
    QString currentAgreementId() const;
    /// The document print and preview offer first: the page's own.
    documents::DocumentKind shownKind() const;

    AppContext &m_context;
    QWidget &m_window;
};

} // namespace samverka::ui
