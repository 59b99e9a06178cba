#!/usr/bin/env python3
"""Reads .ics files with python3-icalendar, a second implementation beside the libical
that wrote them (issue #15), and prints one JSON array: per file the calendar's name and
each event's UID, start (ISO date or date-time), whether it is all-day, and summary.
Exits 2 with a line on stderr when the module is missing or a file does not parse."""
import json
import sys

try:
    from icalendar import Calendar
except ImportError:
    sys.exit("python3-icalendar is missing: run scripts/install-deps")

files = []
for path in sys.argv[1:]:
    try:
        with open(path, "rb") as f:
            calendar = Calendar.from_ical(f.read())
    except Exception as error:  # the parser's own message names what is wrong
        print(f"{path}: {error}", file=sys.stderr)
        sys.exit(2)
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        events.append({
            "uid": str(event["UID"]),
            "start": start.isoformat(),
            "allDay": not hasattr(start, "hour"),
            "summary": str(event["SUMMARY"]),
        })
    files.append({"name": str(calendar.get("X-WR-CALNAME", "")), "events": events})
print(json.dumps(files, ensure_ascii=False))
