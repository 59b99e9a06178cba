#pragma once

// F1: the Swedish user guide inside the program, rendered from the same Markdown as
// docs/user-guide.md with its pictures (compiled into the program's resources), opened
// at the chapter about the page the user is on. Not modal: the user reads beside the
// window. Links out of the guide open in the system's browser.

#include "NavTarget.h"

#include <QDialog>

class QTextBrowser;

namespace samverka::ui {

class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// Scrolls to the chapter about page (the guide's start when it has none).
    void showChapterFor(NavTarget::Page page);
    /// The heading the guide has for page, e.g. "10. Statistik"; empty: the start.
    static QString chapterFor(NavTarget::Page page);
    QTextBrowser *browser() const { return m_browser; }

private:
    /// Pictures wider than the page are shown at the page's width.
    void fitImages();
    void openLink(const QUrl &url);

    QTextBrowser *m_browser;
};

} // namespace samverka::ui
