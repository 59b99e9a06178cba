#pragma once

// Qt's texts in the standard context menus of text fields (QLineEdit, QTextEdit via
// QWidgetTextControl), spin boxes and scroll bars, and in QMessageBox's details button.

#include "qttexts/QtText.h"

namespace samverka::ui {

class QtEditTexts
{
public:
    static QList<QtText> texts();
};

} // namespace samverka::ui
