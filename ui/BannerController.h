#pragma once

// Decides what the two banners above the page say: the file is open read-only
// (newer version, permissions, asked for; an older version shown as updated), and the shown
// agreement is signed and locked (with its signing date and fingerprint, and a Revise button).

#include "NavTarget.h"

namespace samverka::ui {

class AppContext;
class InfoBanner;

class BannerController
{
public:
    BannerController(AppContext &context, InfoBanner &readOnly, InfoBanner &signedBanner);

    /// Updates both banners for the page showing target.
    void update(const NavTarget &target);

    /// Pages that show an agreement's frozen content (domain.md).
    static bool showsFrozenContent(NavTarget::Page page);

private:
    void updateReadOnly();
    void updateSigned(const NavTarget &target);

    AppContext &m_context;
    InfoBanner &m_readOnly;
    InfoBanner &m_signed;
};

} // namespace samverka::ui
