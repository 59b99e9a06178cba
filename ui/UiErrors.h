#pragma once

// What the UI does with an error it catches (issue #12, defect 6): never silence.
// A record removed underneath (undo, a colleague) is expected: the page shows it empty.
// A condition the user can act on (a colleague's lock, a damaged or unreadable file) goes
// to the user through AppContext::errorOccurred (the status bar and a message box).
// Anything else (a field or record kind storage does not know) is a programming error:
// logged at critical level naming where, and an assertion in debug builds; the test
// runners turn critical messages into test failures.

#include <QString>

#include <exception>

namespace samverka::ui {

class AppContext;

class UiErrors
{
public:
    /// Logs a programming error at critical level and asserts in debug builds.
    static void programmingError(const QString &where, const QString &what);

    /// What became of an error caught while reading the shown record.
    enum class Caught {
        RecordGone,       ///< removed underneath (undo, a colleague): show it empty
        ToldUser,         ///< reported through errorOccurred: keep what the page shows
        ProgrammingError, ///< logged (critical) and asserted
    };
    /// Classifies and reports an error caught while reading the shown record.
    static Caught handleRead(AppContext &context, const QString &where,
                             const std::exception &error);
    /// handleRead() for a page: true when the record is gone (show it empty); false when
    /// the error was reported and the page should keep what it shows.
    static bool recordGone(AppContext &context, const QString &where, const std::exception &error)
    {
        return handleRead(context, where, error) == Caught::RecordGone;
    }
};

} // namespace samverka::ui
