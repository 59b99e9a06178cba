#!/usr/bin/env python3
"""Reports how complete and how sound the Swedish translation is.

Counts the messages of resources/translations/samverka_sv.ts (or the .ts given as the
argument) and lists every message that is unfinished, has an empty translation, lost or
invented a placeholder (%1, %n, %L1), lost its keyboard mnemonic (&), or shares a
mnemonic letter with another label of the same context (a warning only: two labels of
one class are not always on screen together). Exits 1 when anything but a warning is
found, so that it can guard a commit or a CI job. Run lupdate first
(cmake --build <build> --target update_translations) to pick up new source strings.
"""
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
MNEMONIC = re.compile(r"&([^&\s])")


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text or ""))


def mnemonic(text):
    m = MNEMONIC.search((text or "").replace("&&", ""))
    return m.group(1).lower() if m else None


def translations(message):
    t = message.find("translation")
    if t is None:
        return None, []
    if message.get("numerus") == "yes":
        return t, [f.text or "" for f in t.findall("numerusform")]
    return t, [t.text or ""]


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    ts = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else (
        root / "resources" / "translations" / "samverka_sv.ts")
    tree = ET.parse(ts)
    total = 0
    errors = []
    warnings = []
    unfinished = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        letters = collections.defaultdict(list)
        for message in context.findall("message"):
            total += 1
            source = message.findtext("source") or ""
            where = f"{name}: {source!r}"
            t, forms = translations(message)
            if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
                unfinished += 1
                errors.append(f"unfinished  {where}")
                continue
            if not forms or any(not f.strip() and source.strip() for f in forms):
                unfinished += 1
                errors.append(f"empty       {where}")
                continue
            if message.get("numerus") == "yes" and len(forms) != 2:
                errors.append(f"numerus     {where}: Swedish needs 2 forms, found {len(forms)}")
            want = placeholders(source)
            for f in forms:
                got = placeholders(f)
                # A plural form may leave %n out ("en gång"), never invent one.
                if message.get("numerus") == "yes":
                    want_n = {k: v for k, v in want.items() if k != "%n"}
                    got_n = {k: v for k, v in got.items() if k != "%n"}
                    bad = want_n != got_n or got.get("%n", 0) > max(want.get("%n", 0), 1)
                else:
                    bad = want != got
                if bad:
                    errors.append(f"placeholder {where} -> {f!r}")
            key = mnemonic(source)
            if key and not mnemonic(forms[0]):
                errors.append(f"mnemonic    {where} -> {forms[0]!r} lost its &")
            if key and mnemonic(forms[0]):
                letters[mnemonic(forms[0])].append(forms[0])
        for letter, labels in sorted(letters.items()):
            if len(set(labels)) > 1:
                warnings.append(f"same &{letter} in {name}: {sorted(set(labels))}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print(e)
    finished = total - unfinished
    print(f"{ts.name}: {total} messages, {finished} finished, {unfinished} unfinished, "
          f"{len(errors)} problem(s), {len(warnings)} mnemonic warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
