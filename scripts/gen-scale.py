#!/usr/bin/env python3
"""Writes an exchange document (docs/exchange.schema.json) the size of a large city's
file, for the scale benchmarks of issue #13. At --factor 1:

    21 agreements, 125 problems, 620 causes, 130 goals, 1,460 measures,
    8,665 follow-ups, 20,000 crime-statistics rows for 60 municipalities,
    plus population, meetings and citizen-promise sets;

at --factor N everything is N times larger. The content is Swedish, shaped like the
demo (resources/demo/demo.json) and the seeds' agreements: problems with numbered
causes, goals per focus area, measures linked to causes and goals, follow-ups per
measure. Deterministic for a given --seed.

    scripts/gen-scale.py --factor 1 --out /tmp/scale-x1.json
    samverka-cli import /tmp/scale-x1.json --output /tmp/scale-x1.samverka
"""
import argparse
import csv
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MUNICIPALITIES = os.path.join(HERE, "..", "resources", "data", "municipalities.csv")

# Per factor 1.
AGREEMENTS = 21
PROBLEMS = 125
CAUSES = 620
GOALS = 130
MEASURES = 1460
FOLLOW_UPS = 8665
STATISTICS = 20000
STAT_MUNICIPALITIES = 60

PLACES = ["centrum", "Stora torget", "resecentrum", "Norrmalm", "Söder", "hamnen",
          "skolområdet i Väster", "idrottsplatsen", "köpcentrumet", "Östermalm"]
PROBLEM_KINDS = [
    ("Våld i krogmiljön i {p}", "crime", "Misshandel inkl. grov"),
    ("Otrygghet kvällstid vid {p}", "insecurity", ""),
    ("Unga som dricker alkohol vid {p}", "public_order", ""),
    ("Skadegörelse och klotter i {p}", "crime", "Skadegörelse"),
    ("Narkotikahandel i {p}", "crime", "Narkotikabrott"),
    ("Bostadsinbrott i {p}", "crime", "Bostadsinbrott"),
    ("Cykelstölder vid {p}", "crime", "Cykelstöld"),
    ("Ordningsstörningar vid {p}", "public_order", ""),
]
CAUSE_TEXTS = [
    "Dålig belysning och skymda gångstråk gör platsen ödslig efter mörkrets inbrott.",
    "Serveringsställena stänger samtidigt och besökarna samlas på samma plats.",
    "Få vuxna rör sig i området på kvällar och helger.",
    "Langning av alkohol till unga via äldre kamrater och sociala medier.",
    "Brist på meningsfull fritid för unga i området.",
    "Låg upptäcktsrisk eftersom platsen saknar naturlig övervakning.",
    "Cyklar parkeras utan fast låsning i ställ som saknar ramlås.",
    "Boende känner inte varandra och grannsamverkan saknas.",
]
MEASURE_TITLES = [
    "Gemensam krogtillsyn", "Trygghetsvandring med boende", "Förbättrad belysning",
    "Föräldravandringar helgkvällar", "Fältassistenter i {p}", "Ramlåsställ för cyklar",
    "Grannsamverkan mot brott", "Klotterplank och snabb sanering", "Polisiär närvaro",
    "Samtal med unga i riskzon", "Ansvarsfull alkoholservering (utbildning)",
    "Kameraövervakning efter tillstånd",
]
GROUP_KINDS = ["steering_group", "working_group", "other"]


def municipalities(count):
    out = []
    with open(MUNICIPALITIES, encoding="utf-8") as handle:
        for row in csv.reader(handle):
            if row and row[0].isdigit():
                out.append((row[0], row[1]))
            if len(out) == count:
                break
    return out


def day(rng, year):
    return (datetime.date(year, 1, 1) +
            datetime.timedelta(days=rng.randrange(0, 364))).isoformat()


def spread(total, buckets):
    """total split into buckets as evenly as it goes (the first ones get one more)."""
    base, extra = divmod(total, buckets)
    return [base + (1 if i < extra else 0) for i in range(buckets)]


def parties_and_people(name):
    parties = [
        {"id": "party-kommun", "kind": "municipality", "name": f"{name} kommun"},
        {"id": "party-polis", "kind": "police", "name": "Polismyndigheten"},
        {"id": "party-bolag", "kind": "other", "name": f"{name} Bostäder AB"},
    ]
    people = [
        {"id": "pers-kso", "name": "Anna Lindqvist", "title": "Kommunstyrelsens ordförande",
         "party": "party-kommun"},
        {"id": "pers-lpo", "name": "Erik Sjöberg", "title": "Lokalpolisområdeschef",
         "party": "party-polis"},
        {"id": "pers-samord", "name": "Karin Åström",
         "title": "Brottsförebyggande samordnare", "party": "party-kommun"},
    ]
    return parties, people


def agreement(rng, index, year, counts, next_id):
    """One agreement with its problems, causes, goals, measures and follow-ups."""
    problems_n, causes_n, goals_n, measures_n, follow_ups_n = counts
    aid = f"ag-{index:04d}"
    problems, focus_areas, goals, measures, follow_ups = [], [], [], [], []
    cause_ids = []
    for pi, causes_here in enumerate(spread(causes_n, max(problems_n, 1))[:problems_n]):
        template, category, crime = PROBLEM_KINDS[rng.randrange(len(PROBLEM_KINDS))]
        place = rng.choice(PLACES)
        pid = next_id("p")
        causes = []
        for ci in range(causes_here):
            cid = next_id("c")
            cause_ids.append(cid)
            causes.append({"id": cid, "number": ci + 1, "withinMandate": True,
                           "perspective": rng.choice(["situational", "victim", "offender"]),
                           "text": rng.choice(CAUSE_TEXTS)})
        problem = {"id": pid, "title": template.format(p=place),
                   "description": f"Problemet har ökat i {place} de senaste åren enligt "
                                  "polisens lägesbild och kommunens trygghetsmätning.",
                   "category": category, "place": place,
                   "timePattern": "Fredagar och lördagar kl. 22–03",
                   "prioritized": pi < 3, "causes": causes}
        if pi < 3:
            problem["priority"] = pi + 1
        if crime:
            problem["crimeCategories"] = [crime]
        problems.append(problem)
    for fi in range(max(1, problems_n // 3)):
        focus_areas.append({"id": next_id("fa"), "title": f"Fokusområde {fi + 1}: "
                            + problems[min(fi * 3, len(problems) - 1)]["title"],
                            "background": "Stadskärnan ska vara trygg för alla.",
                            "problems": [p["id"] for p in problems[fi * 3:fi * 3 + 3]]})
    for gi in range(goals_n):
        focus = focus_areas[gi % len(focus_areas)]
        goals.append({"id": next_id("g"), "kind": "effect" if gi % 2 == 0 else "process",
                      "focusArea": focus["id"], "problem": problems[gi % len(problems)]["id"],
                      "text": f"Anmälda brott inom {focus['title'].lower()} ska minska.",
                      "indicator": "Anmälda brott, helår", "unit": "antal",
                      "baseline": {"value": 40 + gi, "date": f"{year - 1}-12-31"},
                      "target": {"value": 30 + gi, "date": f"{year + 2}-12-31"}})
    for mi, follow_here in enumerate(spread(follow_ups_n, max(measures_n, 1))[:measures_n]):
        mid = next_id("m")
        linked = rng.sample(cause_ids, k=min(len(cause_ids), 1 + mi % 2)) if cause_ids else []
        goal = goals[mi % len(goals)] if goals else None
        title = MEASURE_TITLES[mi % len(MEASURE_TITLES)].format(p=rng.choice(PLACES))
        measure = {"id": mid, "title": title,
                   "description": "Åtgärden genomförs av kommunen och polisen tillsammans.",
                   "causes": linked, "goals": [goal["id"]] if goal else [],
                   "responsible": ["party-kommun", "party-polis"],
                   "responsiblePerson": "pers-samord", "when": "Löpande under året",
                   "start": f"{year}-01-01", "end": f"{year + 2}-12-31",
                   "plannedCount": 4 + mi % 8,
                   "status": rng.choice(["planned", "ongoing", "done"])}
        if goal:
            measure["focusArea"] = goal["focusArea"]
        measures.append(measure)
        for _ in range(follow_here):
            follow_ups.append({"id": next_id("fu"), "date": day(rng, year + rng.randrange(3)),
                               "kind": "process", "measure": mid, "count": rng.randrange(0, 9),
                               "assessment": rng.choice(["as_planned", "partly", "not_done"]),
                               "author": "Karin Åström", "reportedTo": "steering_group",
                               "text": "Genomfört enligt plan med något färre tillfällen än "
                                       "planerat på grund av personalbrist."})
    return {
        "id": aid,
        "title": f"Samverkansöverenskommelse {year}–{year + 2} ({index + 1})",
        "parties": ["party-kommun", "party-polis"],
        "diaryNumbers": [{"party": "party-kommun", "number": f"KS {year - 1}/{100 + index}"}],
        "status": "draft", "validFrom": f"{year}-01-01", "validTo": f"{year + 2}-12-31",
        "part1": {"introduction": "Kommunen och Polismyndigheten har länge samverkat.",
                  "purpose": "Syftet är att minska brottsligheten och öka tryggheten.",
                  "startingPoints": ["Den gemensamma lägesbilden", "Medborgardialoger"],
                  "groups": [{"id": next_id("grp"), "kind": GROUP_KINDS[0],
                              "name": "Styrgrupp för brottsförebyggande samverkan",
                              "members": [{"person": "pers-kso"}, {"person": "pers-lpo"}]}],
                  "coordinators": [{"party": "party-kommun", "person": "pers-samord"},
                                   {"party": "party-polis", "person": "pers-lpo"}],
                  "reporting": [{"to": "steering_group", "everyMonths": 6}]},
        "part2": {"text": "Utifrån den gemensamma problembilden prioriterar parterna följande."},
        "problems": problems, "focusAreas": focus_areas, "goals": goals,
        "measures": measures, "followUps": follow_ups,
        "signatures": [{"id": next_id("sig"), "person": "pers-kso", "name": "Anna Lindqvist",
                        "title": "Kommunstyrelsens ordförande", "party": "party-kommun",
                        "signed": False}],
    }


def statistics(rng, total, towns):
    """Reported crime by municipality, year, period ('' whole year, YYYY-Qn, YYYY-MM)
    and type: distinct natural keys, about 2 % of counts missing ("..")."""
    types = [("Misshandel inkl. grov", "Brott mot liv och hälsa"),
             ("Bostadsinbrott", "Stöld- och tillgreppsbrott"),
             ("Cykelstöld", "Stöld- och tillgreppsbrott"),
             ("Skadegörelse", "Skadegörelsebrott"), ("Narkotikabrott", "Narkotikabrott")]
    rows = []
    year = 2000
    while len(rows) < total:
        periods = [""] + [f"{year}-Q{q}" for q in range(1, 5)]
        periods += [f"{year}-{m:02d}" for m in range(1, 13)]
        for code, name in towns:
            for crime, category in types:
                for period in periods:
                    if len(rows) == total:
                        return rows
                    rows.append({"municipalityCode": code, "municipalityName": name,
                                 "year": year, "period": period, "crimeType": crime,
                                 "category": category,
                                 "count": None if rng.random() < 0.02
                                 else rng.randrange(0, 900),
                                 "preliminary": False})
        year += 1
    return rows


def build(factor, seed):
    rng = random.Random(seed)
    towns = municipalities(STAT_MUNICIPALITIES * max(1, factor))[:STAT_MUNICIPALITIES * factor]
    home_code, home_name = towns[0]
    counter = {}

    def next_id(prefix):
        counter[prefix] = counter.get(prefix, 0) + 1
        return f"{prefix}-{counter[prefix]}"

    n_agreements = AGREEMENTS * factor
    shares = [spread(total * factor, n_agreements)
              for total in (PROBLEMS, CAUSES, GOALS, MEASURES, FOLLOW_UPS)]
    agreements = [agreement(rng, i, 2000 + i % 25, [s[i] for s in shares], next_id)
                  for i in range(n_agreements)]
    parties, people = parties_and_people(home_name)
    meetings = [{"id": next_id("mt"), "agreement": agreements[i % n_agreements]["id"],
                 "group": "Styrgrupp för brottsförebyggande samverkan",
                 "date": day(rng, 2000 + i % 25), "attendees": "Anna Lindqvist, Erik Sjöberg",
                 "notes": "Uppföljning av åtgärderna.", "decisions": "Fortsätt enligt plan."}
                for i in range(40 * factor)]
    promise_sets = [{"id": next_id("cps"), "title": f"Medborgarlöften {2000 + i}",
                     "agreement": agreements[i % n_agreements]["id"], "fromYear": 2000 + i,
                     "toYear": 2001 + i, "status": "draft",
                     "promises": [{"id": next_id("pr"),
                                   "text": "Polisen och kommunen ska vara synliga i centrum.",
                                   "responsible": ["party-polis"], "status": "ongoing"}]}
                    for i in range(10 * factor)]
    return {
        "format": "samverka-exchange", "version": 1,
        "municipality": {"name": home_name, "code": home_code, "county": "",
                         "policeRegion": "Region Nord", "localPoliceArea": ""},
        "population": [{"municipalityCode": code, "year": y, "value": 20000 + 37 * y}
                       for code, _ in towns for y in range(2015, 2025)],
        "parties": parties, "people": people, "agreements": agreements,
        "crimeStatistics": statistics(rng, STATISTICS * factor, towns),
        "surveyIndicators": [], "citizenPromiseSets": promise_sets, "meetings": meetings,
        "attachments": [],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.factor < 1:
        sys.exit("--factor must be 1 or more")
    document = build(args.factor, args.seed)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
    agreements = document["agreements"]
    print(f"{args.out}: {len(agreements)} agreements, "
          f"{sum(len(a['problems']) for a in agreements)} problems, "
          f"{sum(len(p['causes']) for a in agreements for p in a['problems'])} causes, "
          f"{sum(len(a['goals']) for a in agreements)} goals, "
          f"{sum(len(a['measures']) for a in agreements)} measures, "
          f"{sum(len(a['followUps']) for a in agreements)} follow-ups, "
          f"{len(document['crimeStatistics'])} statistics rows")


if __name__ == "__main__":
    main()
