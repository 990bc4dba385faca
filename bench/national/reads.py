#!/usr/bin/env python3
"""Times the registry's searches of a running units-service against its floor, in the same run.

    bench/national/reads.py [URL] [ROUNDS]      # default http://127.0.0.1:8082, 30 rounds

Each read is timed ROUNDS times over one kept-alive HTTP connection (p50, p99, max in ms). The floor is
GET /units/{id} of one unit: a primary-key lookup through the same service, security and JSON, so the
ratio says what a search costs beyond any request. The deep page is reached twice: by offset
(page=1999, size=50: PostgreSQL reads and drops 99,950 rows) and by cursor (the next of page 1,999,
got by walking there once before timing). Needs the service to hold many units (bench/units/run.sh
ROWS=1000000 loads a million through the public import) and a token from deploy/local/token.sh.
"""
import http.client
import json
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

url = urllib.parse.urlparse(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8082")
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 30
root = Path(__file__).resolve().parents[2]
token = subprocess.check_output([str(root / "deploy/local/token.sh"), "units-reader", "IR"], text=True).strip()
connection = http.client.HTTPConnection(url.hostname, url.port)
headers = {"Authorization": "Bearer " + token}


def get(path):
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{path}: {response.status} {body[:300]!r}")
    return json.loads(body)


def q(params):
    return "/units?" + urllib.parse.urlencode(params)


first = get(q({"size": 50}))
unit = first["items"][0]["id"]
cursor, page = None, 0
while page < 1999:  # walk to page 2,000 once, to time its cursor below
    params = {"size": 50} | ({"cursor": cursor} if cursor else {})
    cursor = get(q(params))["next"]
    page += 1

reads = {
    "floor: GET /units/{id}": f"/units/{unit}",
    "page 1 (size 50)": q({"size": 50}),
    "page 2,000 by cursor": q({"size": 50, "cursor": cursor}),
    "page 2,000 by offset (page=1999)": q({"size": 50, "page": 1999}),
    "province=IR-25, page 1": q({"province": "IR-25", "size": 50}),
    "status=ACTIVE&sort=-employees": q({"status": "ACTIVE", "sort": "-employees", "size": 50}),
    "name=عطاری (a common word)": q({"name": "عطاری", "size": 50}),
    "name=عطاری&sort=registeredOn": q({"name": "عطاری", "sort": "registeredOn", "size": 50}),
    "no filter, totals=exact": q({"size": 50, "totals": "exact"}),
}
floor = None
print(f"{'read':40} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'p50 / floor':>12}")
for name, path in reads.items():
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        get(path)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
    floor = floor or p50
    print(f"{name:40} {p50:8.1f} {p99:8.1f} {times[-1]:8.1f} {p50 / floor:12.1f}")
