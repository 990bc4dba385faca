"""One progress line for deploy/import.sh: reads an ImportJob (GET .../import/{id}) on stdin."""
import json
import sys
import time

total, started = int(sys.argv[1]), float(sys.argv[2])
text = sys.stdin.read()
if not text.strip():
    sys.exit(0)  # the job is not recorded yet (the upload has not reached the service): no line this time
job = json.loads(text)
done = job["rowsRead"]
share = min(1.0, done / total) if total > 0 else 1.0
width = 30
bar = "#" * int(share * width) + "." * (width - int(share * width))
rate = done / max(0.001, time.time() - started)
state = "" if job["state"] == "RUNNING" else f" · {job['state']}"
sys.stdout.write(f"\r[{bar}] {share * 100:3.0f} %  {done:,} / {total:,} rows · {rate:,.0f} rows/s"
                 f" · stored {job['stored']:,} · refused {job['refused']:,}{state}   ")
sys.stdout.flush()
