#!/usr/bin/env python3
"""Times the registry's reads of a running system against floors measured in the same run (issue 23).

    bench/national/reads.py [ROUNDS]      # default 30; services on their local ports (deploy/local/run.sh)

Every documented list, search, filter, lookup and verification endpoint of units-service and
permits-service, the stats reads and both dashboard pages, each timed ROUNDS times over one kept-alive
HTTP connection per service (p50, p99, max in ms). Each service's floor is a primary-key read through the
same service, security and JSON (GET /units/{id}, GET /permits/{id}; stats: GET /stats/indicators, a
constant list), so the ratio says what a read costs beyond any request. The deep pages are reached twice:
by offset (page=1999, size=50: PostgreSQL reads and drops 99,950 rows) and by cursor (the next of page
1,999, got by walking there once before timing). Needs tokens from deploy/local/token.sh.
"""
import http.client
import json
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
root = Path(__file__).resolve().parents[2]


def token(role):
    return subprocess.check_output([str(root / "deploy/local/token.sh"), role, "IR", "bench"], text=True).strip()


class Service:
    def __init__(self, port, role):
        self.connection = http.client.HTTPConnection("127.0.0.1", port)
        self.headers = {"Authorization": "Bearer " + token(role)} if role else {}

    def get(self, path):
        self.connection.request("GET", path, headers=self.headers)
        response = self.connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"{path}: {response.status} {body[:300]!r}")
        return body


units, permits, stats = Service(8082, "units-reader"), Service(8081, "permits-reader"), Service(8083, None)
stats_auth = Service(8083, "stats-reader")


def q(path, params):
    return path + "?" + urllib.parse.urlencode(params)


def walk_to_page_2000(service, path, params):
    cursor = None
    for _ in range(1999):
        body = json.loads(service.get(q(path, params | ({"cursor": cursor} if cursor else {}))))
        cursor = body.get("next")
        if cursor is None:
            return None
    return cursor


first_unit = json.loads(units.get(q("/units", {"size": 1})))["items"][0]
first_licence = json.loads(permits.get(q("/permits", {"size": 1})))["items"][0]
unit_cursor = walk_to_page_2000(units, "/units", {"size": 50})
licence_cursor = walk_to_page_2000(permits, "/permits", {"size": 50})
estate = json.loads(units.get(q("/estates", {"province": "IR-23"})))
estate_code = (estate["items"] if isinstance(estate, dict) else estate)[0]["code"]

reads = [
    ("units", units, "floor: GET /units/{id}", f"/units/{first_unit['id']}"),
    ("units", units, "GET /units (page 1, size 50)", q("/units", {"size": 50})),
    ("units", units, "GET /units page 2,000 by cursor", q("/units", {"size": 50, "cursor": unit_cursor}) if unit_cursor else None),
    ("units", units, "GET /units page 2,000 by offset", q("/units", {"size": 50, "page": 1999})),
    ("units", units, "province=IR-23", q("/units", {"province": "IR-23"})),
    ("units", units, "kind=INDUSTRIAL", q("/units", {"kind": "INDUSTRIAL"})),
    ("units", units, "guildGroup=PRODUCTION_TECHNICAL", q("/units", {"guildGroup": "PRODUCTION_TECHNICAL"})),
    ("units", units, "status=ACTIVE&sort=-employees", q("/units", {"status": "ACTIVE", "sort": "-employees"})),
    ("units", units, "sector=52&sort=name", q("/units", {"sector": "52", "sort": "name"})),
    ("units", units, "estateCode (a town)", q("/units", {"estateCode": estate_code})),
    ("units", units, "reason=MARKET", q("/units", {"reason": "MARKET"})),
    ("units", units, "name=عطاری (a common word)", q("/units", {"name": "عطاری"})),
    ("units", units, "name=عطاری&sort=registeredOn", q("/units", {"name": "عطاری", "sort": "registeredOn"})),
    ("units", units, "sort=statusSince", q("/units", {"sort": "statusSince"})),
    ("units", units, "province=IR-23&totals=exact", q("/units", {"province": "IR-23", "totals": "exact"})),
    ("units", units, "GET /units/{id}/history", f"/units/{first_unit['id']}/history"),
    ("units", units, "GET /estates?province=IR-23", q("/estates", {"province": "IR-23"})),
    ("units", units, "GET /estates/{code}", f"/estates/{estate_code}"),
    ("permits", permits, "floor: GET /permits/{id}", f"/permits/{first_licence['id']}"),
    ("permits", permits, "GET /permits (page 1, size 50)", q("/permits", {"size": 50})),
    ("permits", permits, "GET /permits page 2,000 by cursor", q("/permits", {"size": 50, "cursor": licence_cursor}) if licence_cursor else None),
    ("permits", permits, "GET /permits page 2,000 by offset", q("/permits", {"size": 50, "page": 1999})),
    ("permits", permits, "province=IR-23", q("/permits", {"province": "IR-23"})),
    ("permits", permits, "kind=ESTABLISHMENT&sort=-fixedInvestment", q("/permits", {"kind": "ESTABLISHMENT", "sort": "-fixedInvestment"})),
    ("permits", permits, "status=ACTIVE&sort=validUntil", q("/permits", {"status": "ACTIVE", "sort": "validUntil"})),
    ("permits", permits, "scope=EXPANSION", q("/permits", {"scope": "EXPANSION"})),
    ("permits", permits, "sector=15&sort=jobs", q("/permits", {"sector": "15", "sort": "jobs"})),
    ("permits", permits, "estateCode (a town)", q("/permits", {"estateCode": estate_code})),
    ("permits", permits, "holderId (one holder)", q("/permits", {"holderId": first_licence["holder"]["nationalId"]})),
    ("permits", permits, "externalRef (شناسه یکتا)", q("/permits", {"externalRef": first_licence.get("externalRef", "x")})),
    ("permits", permits, "year=1400", q("/permits", {"year": 1400})),
    ("permits", permits, "from/to (one month)", q("/permits", {"from": "2022-03-21", "to": "2022-04-20"})),
    ("permits", permits, "sort=licenceNumber", q("/permits", {"sort": "licenceNumber"})),
    ("permits", permits, "province=IR-23&totals=exact", q("/permits", {"province": "IR-23", "totals": "exact"})),
    ("permits", permits, "GET /permits/{id}/history", f"/permits/{first_licence['id']}/history"),
    ("permits", permits, "GET /verify/{licenceNumber}", f"/verify/{urllib.parse.quote(first_licence['licenceNumber'])}"),
    ("stats", stats_auth, "floor: GET /stats/indicators", "/stats/indicators"),
    ("stats", stats_auth, "GET /stats/national", "/stats/national"),
    ("stats", stats_auth, "GET /stats/national?year=1400", "/stats/national?year=1400"),
    ("stats", stats_auth, "GET /stats/provinces/IR-23", "/stats/provinces/IR-23"),
    ("stats", stats_auth, "GET /stats/provinces/IR-23/breakdown", "/stats/provinces/IR-23/breakdown?by=county"),
    ("stats", stats_auth, "GET /stats/rankings", "/stats/rankings?indicator=licences.issued.count"),
    ("stats", stats, "dashboard: national page", "/dashboard"),
    ("stats", stats, "dashboard: province page (Tehran)", "/dashboard/provinces/IR-23"),
]
floors = {}
worst = {}
print(f"{'service':8} {'read':44} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'p50/floor':>10}")
for service_name, service, name, path in reads:
    if path is None:
        print(f"{service_name:8} {name:44} (fewer than 2,000 pages)")
        continue
    try:
        service.get(path)  # once untimed: the first call of a path pays for class loading
    except SystemExit as e:
        print(f"{service_name:8} {name:44} FAILED {e}")
        continue
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        service.get(path)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
    floors.setdefault(service_name, p50)
    if not name.startswith("floor") and "by offset" not in name and p99 > worst.get(service_name, (0, ""))[0]:
        worst[service_name] = p99, name
    print(f"{service_name:8} {name:44} {p50:8.1f} {p99:8.1f} {times[-1]:8.1f} {p50 / floors[service_name]:10.1f}")
for service_name, (p99, name) in worst.items():
    print(f"GOAL worst p99 of {service_name} reads (offset paging aside): {p99:.1f} ms ({name}); goal < 100 ms")
