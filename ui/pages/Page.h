#pragma once

// Base class of every page in the main window's stack. A page shows one NavTarget,
// reads through the AppContext's file and writes only through AppContext (so every
// edit is one undoable command). It reloads itself when the file changes in a way it may
// show (mayShow()): at once while it is the page shown, and when it is shown again
// otherwise, so an edit never reloads the pages visited before.

#include "NavTarget.h"

#include "Change.h"

#include <QWidget>

class QTimer;

namespace samverka::ui {

class AppContext;

class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(AppContext &context, QWidget *parent = nullptr);

    /// Shows the target (selects recordId if given). Called on navigation.
    virtual void showTarget(const NavTarget &target) = 0;
    /// Re-reads everything from the file, keeping the selection where possible.
    virtual void reload() = 0;
    /// The page's title for the window and the history menu.
    virtual QString title() const = 0;

    /// Puts the keyboard focus where a record just made is named, its text selected, so
    /// that typing replaces the placeholder name. By default the page has no such field.
    virtual void focusForNaming() {}

    const NavTarget &target() const { return m_target; }
    /// True when a change was let pass while the page was hidden: it reloads when shown.
    bool isStale() const { return m_stale; }

protected:
    AppContext &context() const { return m_context; }
    /// Sets the target; a showTarget() then reloads, so a pending reload is dropped.
    void setTarget(const NavTarget &target);
    /// Whether the page may show what changed. By default: a change in the shown agreement,
    /// in no agreement, statistics or everything (a page outside agreements: any change).
    virtual bool mayShow(const storage::Change &change) const;
    void showEvent(QShowEvent *event) override;
    /// True when the shown agreement is signed: frozen content must be read-only.
    bool isFrozen() const;

private:
    void onDataChanged(const storage::Change &change);
    /// True when the page is in a stack (the main window's) that shows another page.
    bool isHiddenInStack() const;

    AppContext &m_context;
    NavTarget m_target;
    QTimer *m_reloadTimer;
    bool m_stale = false;
};

} // namespace samverka::ui
