#!/usr/bin/env python3
"""Writes a realistic national-statistics (Brå) export of reported crime for the
import benchmark: N data rows of "Region;Brott;År;Period;Antal;Per 100 000 inv" over
Sweden's municipalities, with the quirks of the real files (title lines, hierarchical
"därav" labels, "..", thousands spaces, decimal comma, "prel." for the last year,
footnotes). Each row has its own natural key (municipality, year, period, crime type).

    scripts/gen-stats-csv.py --rows 300000 --out /tmp/stats-300k.csv
    scripts/gen-stats-csv.py --rows 300000 --plain --out /tmp/plain.csv  # header + rows only,
        # for sqlite3's  .import --csv --skip 1  (with .separator ";")
"""
import argparse
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MUNICIPALITIES = os.path.join(HERE, "..", "resources", "data", "municipalities.csv")

# (label, typical yearly rate per 100 000, indentation level)
CRIME_TYPES = [
    ("Brott mot person (3-7 kap. BrB)", 1400, 0),
    ("därav misshandel inkl. grov", 830, 1),
    ("därav mot kvinna 18 år eller äldre", 260, 2),
    ("därav olaga hot", 560, 1),
    ("därav ofredande", 420, 1),
    ("Sexualbrott (6 kap. BrB)", 230, 0),
    ("därav våldtäkt inkl. grov", 90, 1),
    ("därav sexuellt ofredande", 95, 1),
    ("Stöld-, rån- och häleribrott (8 kap. BrB)", 4300, 0),
    ("därav inbrottsstöld", 650, 1),
    ("därav bostadsinbrott", 160, 2),
    ("därav cykelstöld", 560, 1),
    ("därav butiksstöld", 700, 1),
    ("därav stöld ur eller från motordrivet fordon", 420, 1),
    ("därav personrån", 60, 1),
    ("Bedrägeri och annan oredlighet (9 kap. BrB)", 2200, 0),
    ("Skadegörelsebrott", 1700, 0),
    ("därav skadegörelse genom klotter", 500, 1),
    ("Skadegörelse genom klotter (t.o.m. 2016)", 480, 0),
    ("Brott mot trafikbrottslagen", 700, 0),
    ("därav rattfylleri", 140, 1),
    ("Narkotikabrott", 950, 0),
    ("därav eget bruk av narkotika", 500, 1),
    ("Brott mot alkohollagen", 20, 0),
    ("Brott mot vapenlagen", 40, 0),
    ("Våld eller hot mot tjänsteman", 70, 0),
    ("Övriga brott mot brottsbalken", 600, 0),
]
MONTHS = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti",
          "September", "Oktober", "November", "December"]


def municipalities():
    with open(MUNICIPALITIES, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [(r["municipality_code"], r["municipality_name"]) for r in rows]


def thousands(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=300000)
    parser.add_argument("--out", default="-")
    parser.add_argument("--seed", type=int, default=2280)
    parser.add_argument("--encoding", default="utf-8",
                        choices=["utf-8", "utf-8-sig", "cp1252"])
    parser.add_argument("--first-year", type=int, default=2015)
    parser.add_argument("--plain", action="store_true",
                        help="header and rows only: no title lines, footnotes or indentation")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    places = municipalities()
    populations = {code: rng.randint(2500, 980000) if code == "0180" else rng.randint(2400, 160000)
                   for code, _ in places}
    periods = [""] + MONTHS  # a whole year, then months

    lines = []
    if not args.plain:
        lines.append("Anmälda brott, totalt antal och per 100 000 av medelfolkmängden")
        lines.append("Region: samtliga kommuner. Tabellen skapad av gen-stats-csv.py")
        lines.append("")
    lines.append("Region;Brott;År;Period;Antal;Per 100 000 inv")
    written = 0
    year = args.first_year
    last_year = None
    while written < args.rows:
        for period in periods:
            for code, name in places:
                region = f"{code} {name}" if rng.random() < 0.5 else name
                population = populations[code]
                for label, rate, level in CRIME_TYPES:
                    if written >= args.rows:
                        break
                    if "t.o.m. 2016" in label and year > 2016:
                        continue
                    scale = 1.0 if period == "" else 1.0 / 12
                    expected = rate * population / 100000 * scale
                    count = max(0, int(rng.gauss(expected, max(1.0, expected ** 0.5))))
                    indent = "" if args.plain else "  " * level
                    text = indent + label if not args.plain else label
                    suppressed = count < 3 and rng.random() < 0.5
                    if suppressed:
                        count_text, rate_text = "..", ".."
                    else:
                        sep = rng.choice([" ", "\u00a0"])
                        count_text = thousands(count, sep)
                        per = count * 100000 / population
                        whole, frac = f"{per:.1f}".split(".")
                        rate_text = thousands(int(whole), sep) + "," + frac
                    year_text = str(year)
                    if year >= 2024 and not args.plain:
                        year_text += " prel."
                    lines.append(f"{region};{text};{year_text};{period};{count_text};{rate_text}")
                    written += 1
                if written >= args.rows:
                    break
            if written >= args.rows:
                break
        last_year = year
        year += 1
    if not args.plain:
        lines.append("")
        lines.append("Källa: Brottsförebyggande rådet (Brå), anmälda brott.")
        if last_year >= 2024:
            lines.append(f"Anm. Uppgifterna för {last_year} är preliminära.")
    text = "\r\n".join(lines) + "\r\n"
    data = text.encode(args.encoding, errors="replace")
    if args.out == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(args.out, "wb") as f:
            f.write(data)
    print(f"wrote {written} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
