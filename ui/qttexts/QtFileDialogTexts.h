#pragma once

// Qt's texts in its own file dialog (QFileDialog, its sidebar and its file-system
// model), which Samverka uses on Linux for Open, Save and Export.

#include "qttexts/QtText.h"

namespace samverka::ui {

class QtFileDialogTexts
{
public:
    static QList<QtText> texts();
};

} // namespace samverka::ui
