#include "qttexts/QtPrintPreviewTexts.h"

namespace samverka::ui {

QList<QtText> QtPrintPreviewTexts::texts()
{
    static const char *const preview[] = {
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print Preview"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Next page"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Previous page"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "First page"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Last page"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit width"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit page"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom in"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom out"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show single page"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show facing pages"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show overview of all pages"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page setup"),
        QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page Setup"),
    };
    QList<QtText> texts;
    QtText::append(texts, "QPrintPreviewDialog", preview);
    return texts;
}

} // namespace samverka::ui
