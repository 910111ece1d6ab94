#!/usr/bin/env bash
# Loopback load test of the API with wrk (Debian package): the claims listing and the estimates endpoint
# over a store of N synthetic claims (built by `outflow bench query`, reused when present).
# Usage: bench/load.sh [DB_FILE] [CONNECTIONS] [SECONDS] [ACCEPT_ENCODING]
# Requests ask for the encoding a browser asks for (default "gzip, br"); pass "identity" for uncompressed answers.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/outflow-bench-query.db}
conns=${2:-200}
secs=${3:-20}
encoding=${4:-gzip, br}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
[ -f "$db" ] || ./outflow bench query --claims 1000000 --runs 1 --db "$db"
port=5097
./outflow serve --db "$db" --urls "http://127.0.0.1:$port" 2>/tmp/outflow-load-serve.log &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 1; done
# warm up: the first estimates request computes and caches the report for this store revision
curl -sf -o /dev/null "http://127.0.0.1:$port/api/estimates?origin=RU"
curl -sf -o /dev/null "http://127.0.0.1:$port/api/claims?origin=RU&destination=KZ"
# the series a dashboard asks for when Kazakhstan is selected
series=$(curl -sf "http://127.0.0.1:$port/api/estimates?origin=RU" | grep -o '"id":"RU\.KZ\.arrivals[^"]*"' | head -1 | cut -d'"' -f4)
for path in "/api/claims?origin=RU&destination=KZ&page_size=50" "/api/estimates?origin=RU" "/api/estimates?origin=RU&destination=KZ" \
            "/api/series/$series" "/api/claims?destination=GE&measure=arrivals"; do
  plain=$(curl -sf -o /dev/null -w "%{size_download}" "http://127.0.0.1:$port$path")
  packed=$(curl -sf -o /dev/null -w "%{size_download}" -H "Accept-Encoding: $encoding" "http://127.0.0.1:$port$path")
  echo "== GET $path  ($plain bytes, $packed with Accept-Encoding: $encoding; $conns connections, $secs s)"
  wrk -t2 -c"$conns" -d2s -H "Accept-Encoding: $encoding" "http://127.0.0.1:$port$path" >/dev/null   # warm-up, not measured
  wrk -t2 -c"$conns" -d"${secs}s" --latency -H "Accept-Encoding: $encoding" "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|99%|Non-2xx|Socket errors"
done
# cache misses: every request a different listing (bench/varied.lua), answered by the store
echo "== GET /api/claims with a different origin, destination, measure, sort and page each time ($conns connections, $secs s)"
wrk -t2 -c"$conns" -d"${secs}s" --latency -H "Accept-Encoding: $encoding" -s bench/varied.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency|99%|Non-2xx|Socket errors"
