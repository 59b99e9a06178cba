#pragma once

// Base class of every page in the main window's stack. A page shows one NavTarget,
// reads through the AppContext's file and writes only through AppContext (so every
// edit is one undoable command). It reloads itself when the file changes.

#include "NavTarget.h"

#include <QWidget>

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

    const NavTarget &target() const { return m_target; }

protected:
    AppContext &context() const { return m_context; }
    void setTarget(const NavTarget &target) { m_target = target; }
    /// True when the shown agreement is signed: frozen content must be read-only.
    bool isFrozen() const;

private:
    AppContext &m_context;
    NavTarget m_target;
};

} // namespace samverka::ui
