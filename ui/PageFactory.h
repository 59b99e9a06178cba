#pragma once

// The registry of the main window's pages: which NavTarget::Page has a page class in
// this build, and how to make one. The sidebar hides entries of pages that are not
// registered; navigation to one falls back to the nearest registered page.

#include "NavTarget.h"

#include <QList>

#include <functional>
#include <map>

class QWidget;

namespace samverka::ui {

class AppContext;
class Page;

class PageFactory
{
public:
    using Creator = std::function<Page *(AppContext &, QWidget *)>;

    PageFactory();

    bool has(NavTarget::Page page) const { return m_creators.count(page) != 0; }
    /// A new page owned by parent, or nullptr when the page is not registered.
    Page *create(NavTarget::Page page, AppContext &context, QWidget *parent) const;
    QList<NavTarget::Page> pages() const;

    /// Adds or replaces a page (tests register their own).
    void add(NavTarget::Page page, Creator creator);

private:
    template <typename P> void add(NavTarget::Page page)
    {
        add(page,
            [](AppContext &context, QWidget *parent) -> Page * { return new P(context, parent); });
    }

    std::map<NavTarget::Page, Creator> m_creators;
};

} // namespace samverka::ui
