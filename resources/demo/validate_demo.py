#!/usr/bin/env python3
"""Checks the bundled demo municipality (demo.json) beyond the JSON schema.

Usage: python3 validate_demo.py [demo.json] [--schema path/to/exchange.schema.json]

Checks: the schema (when python3-jsonschema is installed), ids unique across the
whole document, every reference resolves (and lies in the same agreement where the
exchange format requires it), cause numbering, dates, statistics keys, and prints
the method checklist's findings (informational, these are expected in the draft).
Exit status: 0 when sound, 1 when an error was found.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "spec",
                                               "exchange.schema.json"))
CATEGORIES = {
    "Brott mot liv och hälsa", "Brott mot frihet och frid", "Sexualbrott",
    "Stöld, rån och andra tillgreppsbrott", "Bedrägeri och annan oredlighet", "Skadegörelse",
    "Alkohol- och narkotikabrott", "Trafikbrott", "Övriga brott",
}
SECTIONS = {"part1", "part2", "problems", "causes", "goals", "measures", "signatures"}
DATE_KEYS = {"date", "validFrom", "validTo", "decidedOn", "start", "end"}

errors = []


def err(path, msg):
    errors.append(f"{path}: {msg}")


def walk(node, path="$"):
    """Yields (path, key, value) for every property in the document."""
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}"
            yield p, k, v
            yield from walk(v, p)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    schema_path = DEFAULT_SCHEMA
    if "--schema" in argv:
        schema_path = argv[argv.index("--schema") + 1]
        args = [a for a in args if a != schema_path]
    demo_path = args[0] if args else os.path.join(HERE, "demo.json")
    with open(demo_path, encoding="utf-8") as f:
        doc = json.load(f)

    # 1. Schema.
    try:
        import jsonschema  # noqa: F401
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        validator = jsonschema.Draft202012Validator(schema)
        for e in validator.iter_errors(doc):
            err("$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path),
                "schema: " + e.message)
    except ImportError:
        print("warning: python3-jsonschema not installed, schema not checked")
    except FileNotFoundError:
        print(f"warning: schema not found at {schema_path}, schema not checked")

    if doc.get("format") != "samverka-exchange" or doc.get("version") != 1:
        err("$", "format/version")
    if "exportedAt" in doc:
        err("$.exportedAt", "the bundled demo must not carry exportedAt")

    # 2. Ids unique across the document; texts plain, NFC, dates valid.
    ids = {}
    for p, k, v in walk(doc):
        if k == "id":
            if not isinstance(v, str) or not v:
                err(p, "id must be a non-empty string")
            elif v in ids:
                err(p, f"duplicate id {v!r} (also at {ids[v]})")
            else:
                ids[v] = p
        if isinstance(v, str):
            if unicodedata.normalize("NFC", v) != v:
                err(p, "text is not Unicode NFC")
            if re.search(r"</?[a-zA-Z][^>]*>", v):
                err(p, "looks like HTML")
            if v != v.strip():
                err(p, "leading or trailing white space")
        if k in DATE_KEYS and isinstance(v, str):
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                err(p, f"invalid date {v!r}")

    parties = {p["id"] for p in doc.get("parties", [])}
    people = {p["id"]: p for p in doc.get("people", [])}
    agreements = {a["id"]: a for a in doc.get("agreements", [])}

    def party(path, pid):
        if pid not in parties:
            err(path, f"unknown party {pid!r}")

    def person(path, pid):
        if pid not in people:
            err(path, f"unknown person {pid!r}")

    for i, p in enumerate(doc.get("people", [])):
        if "party" in p:
            party(f"$.people[{i}].party", p["party"])

    measures_of = {}  # measure id -> agreement id
    confidential = []
    for ai, a in enumerate(doc.get("agreements", [])):
        ap = f"$.agreements[{ai}]"
        aid = a["id"]
        for j, pid in enumerate(a.get("parties", [])):
            party(f"{ap}.parties[{j}]", pid)
        if a.get("replaces") is not None and a["replaces"] not in agreements:
            err(f"{ap}.replaces", f"unknown agreement {a['replaces']!r}")
        if a.get("replaces") == aid:
            err(f"{ap}.replaces", "an agreement cannot replace itself")
        for j, d in enumerate(a.get("diaryNumbers", [])):
            party(f"{ap}.diaryNumbers[{j}].party", d["party"])
        p1 = a.get("part1", {})
        for part in ("part1", "part2"):
            for j, c in enumerate(a.get(part, {}).get("commitments", [])):
                party(f"{ap}.{part}.commitments[{j}].party", c["party"])
        group_names = set()
        for j, g in enumerate(p1.get("groups", [])):
            group_names.add(g["name"])
            for k, mem in enumerate(g.get("members", [])):
                person(f"{ap}.part1.groups[{j}].members[{k}].person", mem["person"])
        for j, c in enumerate(p1.get("coordinators", [])):
            party(f"{ap}.part1.coordinators[{j}].party", c["party"])
            person(f"{ap}.part1.coordinators[{j}].person", c["person"])
            if people.get(c["person"], {}).get("party") not in (None, c["party"]):
                err(f"{ap}.part1.coordinators[{j}]", "coordinator belongs to another party")

        problems = {p["id"]: p for p in a.get("problems", [])}
        focus = {f["id"]: f for f in a.get("focusAreas", [])}
        goals = {g["id"]: g for g in a.get("goals", [])}
        measures = {m["id"]: m for m in a.get("measures", [])}
        causes = {}
        for m in measures:
            measures_of[m] = aid
        for j, p in enumerate(a.get("problems", [])):
            pp = f"{ap}.problems[{j}]"
            if "contributedByParty" in p:
                party(f"{pp}.contributedByParty", p["contributedByParty"])
            if p.get("prioritized") and not isinstance(p.get("priority"), int):
                err(pp, "prioritised problem without a rank")
            numbers = [c.get("number") for c in p.get("causes", [])]
            if numbers != list(range(1, len(numbers) + 1)):
                err(f"{pp}.causes", f"cause numbers are {numbers}, expected 1..{len(numbers)}")
            for k, c in enumerate(p.get("causes", [])):
                causes[c["id"]] = p["id"]
                if c.get("confidential"):
                    confidential.append(c["id"])
                    if c.get("informationHolder") not in parties:
                        err(f"{pp}.causes[{k}].informationHolder", "confidential cause needs a holder party")
        ranks = [p["priority"] for p in problems.values() if p.get("prioritized")]
        if len(ranks) != len(set(ranks)):
            err(f"{ap}.problems", f"priority ranks repeat: {ranks}")
        for j, f in enumerate(a.get("focusAreas", [])):
            for k, pid in enumerate(f.get("problems", [])):
                if pid not in problems:
                    err(f"{ap}.focusAreas[{j}].problems[{k}]", f"problem {pid!r} not in this agreement")
        for j, g in enumerate(a.get("goals", [])):
            gp = f"{ap}.goals[{j}]"
            if g.get("parent") is not None and g["parent"] not in goals:
                err(f"{gp}.parent", f"goal {g['parent']!r} not in this agreement")
            if "focusArea" in g and g["focusArea"] not in focus:
                err(f"{gp}.focusArea", f"focus area {g['focusArea']!r} not in this agreement")
            if "problem" in g and g["problem"] not in problems:
                err(f"{gp}.problem", f"problem {g['problem']!r} not in this agreement")
        for j, m in enumerate(a.get("measures", [])):
            mp = f"{ap}.measures[{j}]"
            if "focusArea" in m and m["focusArea"] not in focus:
                err(f"{mp}.focusArea", f"focus area {m['focusArea']!r} not in this agreement")
            for k, c in enumerate(m.get("causes", [])):
                if c not in causes:
                    err(f"{mp}.causes[{k}]", f"cause {c!r} not in this agreement")
            for k, g in enumerate(m.get("goals", [])):
                if g not in goals:
                    err(f"{mp}.goals[{k}]", f"goal {g!r} not in this agreement")
            for k, pid in enumerate(m.get("responsible", [])):
                party(f"{mp}.responsible[{k}]", pid)
            if "responsiblePerson" in m:
                person(f"{mp}.responsiblePerson", m["responsiblePerson"])
            if "start" in m and "end" in m and m["start"] > m["end"]:
                err(mp, "start after end")
        for j, fu in enumerate(a.get("followUps", [])):
            fp = f"{ap}.followUps[{j}]"
            if fu["kind"] == "process":
                if fu.get("measure") not in measures:
                    err(f"{fp}.measure", "process follow-up needs a measure of this agreement")
            else:
                if fu.get("goal") not in goals:
                    err(f"{fp}.goal", "effect follow-up needs a goal of this agreement")
        for j, s in enumerate(a.get("signatures", [])):
            sp = f"{ap}.signatures[{j}]"
            if "party" in s:
                party(f"{sp}.party", s["party"])
            if "person" in s:
                person(f"{sp}.person", s["person"])
        record_ids = set(problems) | set(focus) | set(goals) | set(measures) | set(causes)
        for j, c in enumerate(a.get("comments", [])):
            sec = c.get("section")
            if sec is not None and sec not in SECTIONS and sec not in record_ids:
                err(f"{ap}.comments[{j}].section", f"unknown section or record {sec!r}")
        if a.get("status") == "signed":
            if "fingerprint" in a:
                err(f"{ap}.fingerprint", "the application computes the fingerprint; leave it out")
            for j, s in enumerate(a.get("signatures", [])):
                if not (s.get("signed") and s.get("place") and s.get("date")):
                    err(f"{ap}.signatures[{j}]", "a signed agreement needs signed signatures with place and date")
        a["_group_names"] = group_names

    if len(confidential) != 1:
        err("$.agreements", f"expected exactly one confidential cause, found {confidential}")

    for i, s in enumerate(doc.get("citizenPromiseSets", [])):
        sp = f"$.citizenPromiseSets[{i}]"
        ag = s.get("agreement")
        if ag is not None and ag not in agreements:
            err(f"{sp}.agreement", f"unknown agreement {ag!r}")
        for j, pr in enumerate(s.get("promises", [])):
            for k, pid in enumerate(pr.get("responsible", [])):
                party(f"{sp}.promises[{j}].responsible[{k}]", pid)
            for k, mid in enumerate(pr.get("measures", [])):
                if mid not in measures_of:
                    err(f"{sp}.promises[{j}].measures[{k}]", f"unknown measure {mid!r}")
                elif ag is not None and measures_of[mid] != ag:
                    err(f"{sp}.promises[{j}].measures[{k}]", f"measure {mid!r} belongs to another agreement")
        for j, sig in enumerate(s.get("signatures", [])):
            if "party" in sig:
                party(f"{sp}.signatures[{j}].party", sig["party"])
            if "person" in sig:
                person(f"{sp}.signatures[{j}].person", sig["person"])

    for i, m in enumerate(doc.get("meetings", [])):
        ag = m.get("agreement")
        if ag is not None:
            if ag not in agreements:
                err(f"$.meetings[{i}].agreement", f"unknown agreement {ag!r}")
            elif "group" in m and m["group"] not in agreements[ag]["_group_names"]:
                err(f"$.meetings[{i}].group", f"no group named {m['group']!r} in {ag}")
    for i, at in enumerate(doc.get("attachments", [])):
        if at.get("agreement") is not None and at["agreement"] not in agreements:
            err(f"$.attachments[{i}].agreement", "unknown agreement")

    # Statistics.
    pop = {(p.get("municipalityCode", doc["municipality"].get("code")), p["year"]) for p in doc.get("population", [])}
    keys = set()
    for i, r in enumerate(doc.get("crimeStatistics", [])):
        rp = f"$.crimeStatistics[{i}]"
        key = (r["municipalityCode"], r["year"], r.get("period", ""), r["crimeType"])
        if key in keys:
            err(rp, f"duplicate natural key {key}")
        keys.add(key)
        if r.get("category") is not None and r["category"] not in CATEGORIES:
            err(f"{rp}.category", f"not a handbook category: {r['category']!r}")
        if (r["municipalityCode"], r["year"]) not in pop:
            err(rp, "no population for this municipality and year")
    for i, s in enumerate(doc.get("surveyIndicators", [])):
        lo, hi = s.get("ciLow"), s.get("ciHigh")
        if lo is not None and hi is not None and not (lo <= s["value"] <= hi):
            err(f"$.surveyIndicators[{i}]", "value outside its confidence interval")

    for a in doc.get("agreements", []):
        a.pop("_group_names", None)

    # Method checklist (informational).
    print("Method checklist findings (informational):")
    for a in doc.get("agreements", []):
        found = []
        problems = a.get("problems", [])
        goals = a.get("goals", [])
        for p in problems:
            if p.get("prioritized"):
                if not p.get("causes"):
                    found.append((p["id"], "prioritised problem without cause analysis"))
                if not any(g["kind"] == "effect" and g.get("problem") == p["id"] for g in goals):
                    found.append((p["id"], "prioritised problem without an effect goal"))
        for g in goals:
            if g["kind"] == "effect" or g.get("indicator"):
                missing = [k for k in ("indicator", "baseline", "target") if k not in g]
                if missing:
                    found.append((g["id"], "measurable goal lacks " + ", ".join(missing)))
        for m in a.get("measures", []):
            if not m.get("causes"):
                found.append((m["id"], "measure without a cause"))
            if not m.get("goals"):
                found.append((m["id"], "measure without a goal"))
            if not m.get("responsible"):
                found.append((m["id"], "measure without a responsible party"))
            if not (m.get("when") or m.get("start")):
                found.append((m["id"], "measure without a time"))
        p1 = a.get("part1", {})
        if not a.get("validTo"):
            found.append(("-", "no period"))
        if not p1.get("coordinators"):
            found.append(("-", "no coordinators"))
        if not p1.get("followUpPlan"):
            found.append(("-", "no follow-up plan"))
        for rid, msg in found:
            print(f"  {a['id']}\t{rid}\t{msg}")
        if not found:
            print(f"  {a['id']}\t-\tnone")

    counts = {
        "parties": len(doc.get("parties", [])), "people": len(doc.get("people", [])),
        "agreements": len(doc.get("agreements", [])),
        "problems": sum(len(a.get("problems", [])) for a in doc["agreements"]),
        "causes": sum(len(p.get("causes", [])) for a in doc["agreements"] for p in a.get("problems", [])),
        "focusAreas": sum(len(a.get("focusAreas", [])) for a in doc["agreements"]),
        "goals": sum(len(a.get("goals", [])) for a in doc["agreements"]),
        "measures": sum(len(a.get("measures", [])) for a in doc["agreements"]),
        "followUps": sum(len(a.get("followUps", [])) for a in doc["agreements"]),
        "comments": sum(len(a.get("comments", [])) for a in doc["agreements"]),
        "citizenPromiseSets": len(doc.get("citizenPromiseSets", [])),
        "promises": sum(len(s.get("promises", [])) for s in doc.get("citizenPromiseSets", [])),
        "meetings": len(doc.get("meetings", [])),
        "crimeStatistics": len(doc.get("crimeStatistics", [])),
        "surveyIndicators": len(doc.get("surveyIndicators", [])),
        "population": len(doc.get("population", [])),
    }
    print("Counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()))

    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("ok: ids unique, references resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
