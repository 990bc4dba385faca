#!/usr/bin/env python3
"""Writes N guild units (valid national codes, Qom, both guild groups) as NDJSON or CSV.

    generate.py ROWS FORMAT(ndjson|csv) RUN_ID > file
externalRef is RUN_ID-<n>, so the same RUN_ID makes the same file (a re-import) and a new one new units.
"""
import json
import random
import sys

rows, fmt, run = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rnd = random.Random(run)
GROUPS = [("PRODUCTION_TECHNICAL", ["1920", "1810", "2811", "5260", "1722"]),
          ("DISTRIBUTION_SERVICES", ["5211", "5231", "5520", "5020", "5233"])]
NAMES = ["کفش دوزی", "سوپرمارکت", "نانوایی", "تعمیرگاه", "عطاری", "خیاطی", "قالی بافی", "رستوران"]
COUNTIES = ["قم", "کهک", "جعفرآباد"]


def national_code():
    while True:
        d = [rnd.randrange(10) for _ in range(9)]
        if len(set(d)) == 1 or all(x == 0 for x in d[3:]):
            continue
        r = sum(d[i] * (10 - i) for i in range(9)) % 11
        return "".join(map(str, d)) + str(r if r < 2 else 11 - r)


out = sys.stdout
cols = ["externalRef", "kind", "guildGroup", "name", "nationalId", "province", "county", "activityCode", "employees",
        "registeredOn"]
if fmt == "csv":
    out.write(",".join(cols) + "\n")
for n in range(1, rows + 1):
    group, codes = GROUPS[n % 2]
    row = {"externalRef": f"{run}-{n:06d}", "kind": "GUILD", "guildGroup": group,
           "name": f"{rnd.choice(NAMES)} {n}", "nationalId": national_code(), "province": "IR-25",
           "county": rnd.choice(COUNTIES), "activityCode": rnd.choice(codes), "employees": rnd.randint(1, 9),
           "registeredOn": f"14{rnd.randint(0, 3):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1, 29):02d}"}
    if fmt == "csv":
        out.write(",".join(str(row[c]) for c in cols) + "\n")
    else:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
