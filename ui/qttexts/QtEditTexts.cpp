#include "qttexts/QtEditTexts.h"

namespace samverka::ui {

QList<QtText> QtEditTexts::texts()
{
    static const char *const lineEdit[] = {
        QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),      QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
        QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),       QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),     QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
        QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    };
    static const char *const textControl[] = {
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    };
    static const char *const spinBox[] = {
        QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
        QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
        QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
    };
    static const char *const scrollBar[] = {
        QT_TRANSLATE_NOOP("QScrollBar", "Scroll here"),
        QT_TRANSLATE_NOOP("QScrollBar", "Left edge"),
        QT_TRANSLATE_NOOP("QScrollBar", "Top"),
        QT_TRANSLATE_NOOP("QScrollBar", "Right edge"),
        QT_TRANSLATE_NOOP("QScrollBar", "Bottom"),
        QT_TRANSLATE_NOOP("QScrollBar", "Page left"),
        QT_TRANSLATE_NOOP("QScrollBar", "Page up"),
        QT_TRANSLATE_NOOP("QScrollBar", "Page right"),
        QT_TRANSLATE_NOOP("QScrollBar", "Page down"),
        QT_TRANSLATE_NOOP("QScrollBar", "Scroll left"),
        QT_TRANSLATE_NOOP("QScrollBar", "Scroll up"),
        QT_TRANSLATE_NOOP("QScrollBar", "Scroll right"),
        QT_TRANSLATE_NOOP("QScrollBar", "Scroll down"),
    };
    static const char *const messageBox[] = {
        QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
        QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    };
    QList<QtText> texts;
    QtText::append(texts, "QLineEdit", lineEdit);
    QtText::append(texts, "QWidgetTextControl", textControl);
    QtText::append(texts, "QAbstractSpinBox", spinBox);
    QtText::append(texts, "QScrollBar", scrollBar);
    QtText::append(texts, "QMessageBox", messageBox);
    return texts;
}

} // namespace samverka::ui
