#!/usr/bin/env bash
# Analytics latency through HTTP on the 2,000 × 10 demo snapshot, against the Release server: a grouped
# aggregate over all facts (two groupings), a 10-year trend (one unit, and all units) and, when the schema
# has it, a search. Prints the median (target: under 50 ms) and the tail for each.
# Usage: bench/analytics/run.sh [duration=15s]; DEMO=path/to/demo.db to use another demo file than data/demo.db.
# Needs wrk (apt-get install -y wrk) and curl. Builds into $ARTIFACTS (default: a folder under /tmp).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15s}
port=${PORT:-5183}
artifacts=${ARTIFACTS:-${TMPDIR:-/tmp}/finalaccounts-bench-analytics}
demo=${DEMO:-data/demo.db}
out=$(mktemp -d)

dotnet build -c Release src/FinalAccounts.Cli --artifacts-path "$artifacts" -v q -nologo >/dev/null
dotnet build -c Release src/FinalAccounts.Api --artifacts-path "$artifacts" -v q -nologo >/dev/null

# The demo must have the current snapshot schema (version and analytics indexes); an older file is rebuilt.
version=$(sed -n 's/.*const int SchemaVersion = \([0-9]*\).*/\1/p' src/FinalAccounts.Data/Storage/SnapshotContext.cs)
if [ -f "$demo" ] && command -v python3 >/dev/null &&
   ! python3 -c "import sqlite3,sys; c=sqlite3.connect('file:$demo?mode=ro', uri=True); sys.exit(0 if c.execute(\"SELECT 1 FROM sqlite_master WHERE type='index' AND name LIKE 'IX_figure_metric_year_unit_id_amount%'\").fetchone() and c.execute('SELECT schema_version FROM snapshot').fetchone()[0] == $version else 1)"; then
  echo "$demo predates the current snapshot schema (version $version, analytics indexes): rebuilding it."
  rm -f "$demo"
fi
[ -f "$demo" ] || dotnet "$artifacts/bin/FinalAccounts.Cli/release/finalaccounts.dll" demo --units 2000 --years 10 --seed 42 --out "$demo"

dotnet "$artifacts/bin/FinalAccounts.Api/release/FinalAccounts.Api.dll" --urls "http://127.0.0.1:$port" \
  --Snapshot:Path="$(realpath "$demo")" --Snapshot:BuildIfStale=false --Logging:LogLevel:Default=Warning \
  --Operations:RateLimits:Enabled=false > "$out/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$port/graphql?query=%7B__typename%7D" >/dev/null && break
  kill -0 $api 2>/dev/null || { echo "the server stopped:"; tail -20 "$out/api.log"; exit 1; }
  sleep 0.5
done

post() { curl -fs -X POST "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' --data @"$1"; }

# A real unit id for the one-unit trend.
echo '{"query":"{ units(first: 1, order: [{name: ASC}]) { nodes { id } } }"}' > "$out/unit.json"
unit=$(post "$out/unit.json" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
sed "s/UNIT_ID/$unit/" bench/analytics/trend-one-unit.json > "$out/trend-one-unit.json"

queries=(aggregate-by-category:bench/analytics/aggregate-by-category.json aggregate-by-region:bench/analytics/aggregate-by-region.json
         trend-all-units:bench/analytics/trend-all-units.json "trend-one-unit:$out/trend-one-unit.json")
echo '{"query":"{ __type(name: \"Query\") { fields { name } } }"}' > "$out/fields.json"
if post "$out/fields.json" | grep -q '"name":"search"'; then queries+=(search:bench/analytics/search.json); else echo "(no search field in the schema yet: search not measured)"; fi

echo "wrk, 1 connection (one request at a time), $duration each after a warm-up; $(nproc) cores shared by client and server"
printf '%-22s %8s %8s %8s %10s %8s\n' query p50 p90 p99 req/s non-2xx
for entry in "${queries[@]}"; do
  name=${entry%%:*}; body=${entry#*:}
  response=$(post "$body" || true)
  if [ -z "$response" ] || grep -q '"errors"' <<<"$response"; then
    echo "$name failed: ${response:-no answer}"
    [ "$name" = search ] && continue   # the search field belongs to another feature: report, do not stop
    exit 1
  fi
  BODY=$body wrk -t1 -c1 -d3s -s bench/http/post.lua "http://127.0.0.1:$port/graphql" >/dev/null   # warm-up
  BODY=$body wrk -t1 -c1 -d"$duration" --latency -s bench/http/post.lua "http://127.0.0.1:$port/graphql" > "$out/$name.txt"
  p50=$(awk '$1=="50%" {print $2}' "$out/$name.txt"); p90=$(awk '$1=="90%" {print $2}' "$out/$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$out/$name.txt"); rps=$(awk '/Requests\/sec/ {print $2}' "$out/$name.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$out/$name.txt")
  printf '%-22s %8s %8s %8s %10s %8s\n' "$name" "$p50" "$p90" "$p99" "$rps" "${non2xx:-0}"
done
