#!/usr/bin/env python3
"""Writes a national registry, seeded, as the files the public bulk imports take (issue 23).

    generate.py SCALE OUT_DIR [SEED]      # SCALE 1.0 = national size; 0.1 = a tenth (default seed: samt)

Writes OUT_DIR/estates.ndjson (bodies of POST /estates), OUT_DIR/units.csv (POST /units/import) and
OUT_DIR/licences.csv (POST /permits/import), the same files for the same SCALE and SEED.

At SCALE 1.0 (the published figures, docs/measurements.md "National registry"):
  - 31 provinces weighted by population (Tehran IR-23 about 16 %, Ilam IR-16 about 0.7 %);
  - 3.3 million guild units and one guild licence each, issued over ten Jalali years (1395-1404) at the
    published 0.55-0.6 million a year: permanent (five-year terms) nine in ten, temporary (one year, once)
    the rest; a permanent licence whose term ended was renewed on its last day four times in five, or left
    to expire; one in fifty revoked; so about 3.2 million are active today;
  - about 90,000 industrial units in 1,000 industrial towns and zones (about 32 per province);
  - establishment licences at 18,280 a year and operating licences at 8,419 a year over the ten years,
    establishment licences renewed once or twice (their limit) when the project ran long.
Inspections and establishment projects' progress are not generated (see the measurements' notes).
"""
import json
import random
import sys
from pathlib import Path

scale = float(sys.argv[1])
out = Path(sys.argv[2])
seed = sys.argv[3] if len(sys.argv) > 3 else "samt"
rnd = random.Random(seed)
out.mkdir(parents=True, exist_ok=True)

# province code -> (population share in per mille, main county), 2016 census shares rounded
PROVINCES = {
    "IR-23": (159, "تهران"), "IR-09": (80, "مشهد"), "IR-10": (64, "اصفهان"), "IR-07": (61, "شیراز"),
    "IR-06": (59, "اهواز"), "IR-03": (49, "تبریز"), "IR-02": (41, "ساری"), "IR-04": (41, "ارومیه"),
    "IR-08": (40, "کرمان"), "IR-11": (35, "زاهدان"), "IR-30": (34, "کرج"), "IR-01": (32, "رشت"),
    "IR-05": (24, "کرمانشاه"), "IR-27": (23, "گرگان"), "IR-22": (22, "بندرعباس"), "IR-15": (22, "خرم‌آباد"),
    "IR-13": (22, "همدان"), "IR-12": (20, "سنندج"), "IR-00": (18, "اراک"), "IR-25": (16, "قم"),
    "IR-26": (16, "قزوین"), "IR-24": (16, "اردبیل"), "IR-18": (14, "بوشهر"), "IR-21": (14, "یزد"),
    "IR-19": (13, "زنجان"), "IR-14": (12, "شهرکرد"), "IR-28": (11, "بجنورد"), "IR-29": (10, "بیرجند"),
    "IR-17": (9, "یاسوج"), "IR-20": (9, "سمنان"), "IR-16": (7, "ایلام"),
}
CODES = list(PROVINCES)
WEIGHTS = [PROVINCES[c][0] for c in CODES]
GUILD_ACTIVITIES = [("PRODUCTION_TECHNICAL", "1541", "نانوایی"), ("PRODUCTION_TECHNICAL", "1920", "کفش‌دوزی"),
                    ("PRODUCTION_TECHNICAL", "5260", "تعمیرگاه"), ("DISTRIBUTION_SERVICES", "5211", "سوپرمارکت"),
                    ("DISTRIBUTION_SERVICES", "5231", "عطاری"), ("DISTRIBUTION_SERVICES", "5520", "رستوران"),
                    ("DISTRIBUTION_SERVICES", "5233", "پوشاک")]
INDUSTRIAL_ACTIVITIES = [("2520", "شرکت پلاستیک"), ("2930", "شرکت ماشین‌سازی"), ("1541", "شرکت صنایع غذایی"),
                         ("2691", "شرکت کاشی"), ("1711", "شرکت نساجی"), ("2811", "شرکت سازه فلزی")]
YEARS = range(1395, 1405)  # ten Jalali years


def national_code():
    while True:
        d = [rnd.randrange(10) for _ in range(9)]
        if len(set(d)) == 1 or all(x == 0 for x in d[3:]):
            continue
        r = sum(d[i] * (10 - i) for i in range(9)) % 11
        return "".join(map(str, d)) + str(r if r < 2 else 11 - r)


def legal_entity_id():
    weights = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17]
    while True:
        d = [rnd.randrange(10) for _ in range(10)]
        if d[0] == 0 or all(x == 0 for x in d[3:9]):
            continue
        s = sum((d[i] + d[9] + 2) * weights[i] for i in range(10)) % 11
        return "".join(map(str, d)) + str(0 if s == 10 else s)


def jalali(year, month, day):
    return f"{year}/{month:02d}/{day:02d}"


def a_day(year):
    return jalali(year, rnd.randint(1, 12), rnd.randint(1, 29))


def province():
    return rnd.choices(CODES, WEIGHTS)[0]


# --- industrial towns and zones: about 1,000, spread by weight, at least 8 per province
estates = {}
counts = {c: max(8, round(1000 * PROVINCES[c][0] / 1000)) for c in CODES}
with open(out / "estates.ndjson", "w") as f:
    for code in CODES:
        for n in range(1, counts[code] + 1):
            kind = "TOWN" if n % 4 else "ZONE"
            ecode = f"{code}-{'T' if kind == 'TOWN' else 'Z'}{n:03d}"
            estates.setdefault(code, []).append(ecode)
            f.write(json.dumps({"code": ecode, "kind": kind, "nameFa": f"شهرک صنعتی {n} {PROVINCES[code][1]}",
                                "province": code, "county": PROVINCES[code][1], "establishedOn": "1998-03-21"},
                               ensure_ascii=False) + "\n")

# --- units: guild units and industrial units in the towns and zones
guild_units = round(3_300_000 * scale)
industrial_units = round(90_000 * scale)
with open(out / "units.csv", "w") as f:
    f.write("externalRef,kind,guildGroup,name,nationalId,province,county,estateCode,activityCode,employees,"
            "licenceNumber,registeredOn\n")
    for n in range(1, guild_units + 1):
        group, activity, word = rnd.choice(GUILD_ACTIVITIES)
        p = province()
        f.write(f"NU-{n:07d},GUILD,{group},{word} {n},{national_code()},{p},{PROVINCES[p][1]},,{activity},"
                f"{rnd.randint(1, 9)},,{a_day(rnd.choice(YEARS))}\n")
    for n in range(1, industrial_units + 1):
        activity, word = rnd.choice(INDUSTRIAL_ACTIVITIES)
        p = province()
        f.write(f"NI-{n:06d},INDUSTRIAL,,{word} {n},{legal_entity_id()},{p},{PROVINCES[p][1]},"
                f"{rnd.choice(estates[p])},{activity},{rnd.randint(10, 400)},,{a_day(rnd.choice(YEARS))}\n")

# --- licences, with their history as it happened
TODAY = (1405, 9, 16)


def renewals_of(issued_year, month, day, term_years, limit):
    """Renewal dates on each term's last day while the holder renewed (four times in five), none in the future."""
    dates, year = [], issued_year
    while len(dates) < limit:
        year += term_years
        if (year, month, day) > TODAY or rnd.random() >= 0.8:
            break
        dates.append(jalali(year, month, day))
    return dates


guild_licences = round(3_300_000 * scale)
establishment_a_year = round(18_280 * scale)
operating_a_year = round(8_419 * scale)
with open(out / "licences.csv", "w") as f:
    f.write("externalRef,licenceNumber,kind,scope,guildTerm,holderName,nationalId,province,county,estateCode,"
            "activityCode,product,fixedInvestmentRials,jobs,issuedOn,renewedOn,revokedOn,revocationReason\n")
    for n in range(1, guild_licences + 1):
        _, activity, word = rnd.choice(GUILD_ACTIVITIES)
        p = province()
        year, month, day = rnd.choice(YEARS), rnd.randint(1, 12), rnd.randint(1, 29)
        permanent = rnd.random() < 0.9
        renewed = renewals_of(year, month, day, 5, 9) if permanent else []
        revoked = ""
        if rnd.random() < 0.02:
            revoked = jalali(min(year + 1, 1404), month, day)
            renewed = [r for r in renewed if r < revoked]
        f.write(f"PG-{n:07d},,GUILD,,{'PERMANENT' if permanent else 'TEMPORARY'},{word} {n},{national_code()},{p},"
                f"{PROVINCES[p][1]},,{activity},,0,{rnd.randint(1, 9)},{jalali(year, month, day)},{';'.join(renewed)},"
                f"{revoked},{'تخلف صنفی' if revoked else ''}\n")
    n = 0
    for year in YEARS:
        for kind, count in (("ESTABLISHMENT", establishment_a_year), ("OPERATING", operating_a_year)):
            for _ in range(count):
                n += 1
                activity, word = rnd.choice(INDUSTRIAL_ACTIVITIES)
                p = province()
                month, day = rnd.randint(1, 12), rnd.randint(1, 29)
                renewed = renewals_of(year, month, day, 1, 2) if kind == "ESTABLISHMENT" else []
                f.write(f"PI-{n:07d},,{kind},{'NEW' if rnd.random() < 0.8 else 'EXPANSION'},,{word} {n},"
                        f"{legal_entity_id()},{p},{PROVINCES[p][1]},{rnd.choice(estates[p])},{activity},,"
                        f"{rnd.randint(1, 5000) * 100_000_000},{rnd.randint(5, 300)},{jalali(year, month, day)},"
                        f"{';'.join(renewed)},,\n")

print(f"{sum(counts.values())} estates, {guild_units + industrial_units:,} units, "
      f"{guild_licences + n:,} licences in {out}", file=sys.stderr)
