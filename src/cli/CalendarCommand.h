#pragma once

// samverka-cli calendar: the municipality's dates (or one agreement's) as an iCalendar
// file (.ics) for Outlook and other calendars; docs/cli.md.

#include "Command.h"

namespace samverka::cli {

class CalendarCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace samverka::cli
