#pragma once

// Who sits at this computer: the name shown as author of review comments and follow-ups
// and recorded in the audit log. Kept per user on the computer (QSettings), never in the
// municipality file, which colleagues share.

#include <QString>

namespace samverka::ui {

class UserIdentity
{
public:
    /// The name the user gave, or empty when none yet.
    static QString name();
    static void setName(const QString &name);
    /// A starting suggestion for the name: the operating system's user name.
    static QString suggestion();
};

} // namespace samverka::ui
