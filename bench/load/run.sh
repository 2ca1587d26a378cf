#!/usr/bin/env bash
# Load test of the public server: builds the 2,000 × 10 demo snapshot (once), starts the API on it in Release,
# runs the query mix of mix.lua with wrk for DURATION at CONCURRENCY connections, samples the server's memory
# (RSS) every SAMPLE_SECONDS, and prints p50/p99 latency, requests/s, non-2xx answers, answers with GraphQL
# errors and the memory samples. Exits non-zero on any 5xx, non-2xx, GraphQL error or socket error.
#
#   bench/load/run.sh                          # 10 minutes at 64 connections
#   DURATION=2m CONCURRENCY=32 bench/load/run.sh
#
# Settings (environment): DURATION (10m), CONCURRENCY (64), THREADS (2), PORT (5088), SAMPLE_SECONDS (5),
# DEMO (data/demo.db; built when missing, or always with REBUILD=1), ARTIFACTS (/tmp/finalaccounts-load: where
# the Release build goes). Needs wrk (apt-get install -y wrk), curl and jq.
#
# The per-client rate limits are switched off for the run: the load comes from one address, and what is measured
# is the serving path. Every other limit (concurrency limit and queue, timeouts, query cost) is the production one.
set -euo pipefail

DURATION=${DURATION:-10m}
CONCURRENCY=${CONCURRENCY:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-5088}
SAMPLE_SECONDS=${SAMPLE_SECONDS:-5}
ARTIFACTS=${ARTIFACTS:-/tmp/finalaccounts-load}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/load"
DEMO=$(realpath -m "${DEMO:-$root/data/demo.db}")
work=$(mktemp -d)
server=""

for tool in wrk curl jq dotnet; do
  command -v "$tool" >/dev/null || { echo "needs $tool (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

cleanup() {
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== Release build (artifacts in $ARTIFACTS)"
dotnet build "$root/src/FinalAccounts.Cli" -c Release --artifacts-path "$ARTIFACTS" -nologo -v quiet -p:SkipClientApp=true
dotnet build "$root/src/FinalAccounts.Api" -c Release --artifacts-path "$ARTIFACTS" -nologo -v quiet -p:SkipClientApp=true

if [ ! -f "$DEMO" ] || [ "${REBUILD:-0}" = 1 ]; then
  echo "== Demo snapshot: 2,000 units × 10 years → $DEMO"
  dotnet "$ARTIFACTS/bin/FinalAccounts.Cli/release/finalaccounts.dll" demo --units 2000 --years 10 --seed 42 --out "$DEMO"
fi

echo "== API on http://127.0.0.1:$PORT (Release, snapshot $DEMO)"
# Started from its build folder, so it reads the appsettings.json of a deployment.
(cd "$ARTIFACTS/bin/FinalAccounts.Api/release" && exec dotnet FinalAccounts.Api.dll \
  --urls "http://127.0.0.1:$PORT" --environment Production \
  --Snapshot:Path="$DEMO" --Snapshot:BuildIfStale=false \
  --Operations:RateLimits:Enabled=false \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore=Warning) > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/healthz/ready" > "$work/ready.json" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
jq -c . "$work/ready.json"

graphql() { curl -fs "http://127.0.0.1:$PORT/graphql" -H 'Content-Type: application/json' -d "$1"; }

echo "== Ids, years, regions and rules for the mix"
units=$(graphql '{"query":"{ units(first: 100, order: [{ name: DESC }]) { nodes { id } } }"}' | jq -c '[.data.units.nodes[].id]')
accounts=$(graphql '{"query":"{ finalAccounts(first: 100, order: [{ incomeTotal: DESC }]) { nodes { id } } }"}' | jq -c '[.data.finalAccounts.nodes[].id]')
years=$(graphql '{"query":"{ fiscalYears(first: 50) { nodes { year } } }"}' | jq -c '[.data.fiscalYears.nodes[].year]')
regions=$(graphql '{"query":"{ units(first: 100) { nodes { region } } }"}' | jq -c '[.data.units.nodes[].region | select(. != null)] | unique')
rules=$(graphql '{"query":"{ dataQualityFindings(first: 100) { nodes { rule } } }"}' | jq -c '[.data.dataQualityFindings.nodes[].rule] | unique')
for list in "$units" "$accounts" "$years" "$regions" "$rules"; do
  [ "$(jq length <<< "$list")" -gt 0 ] || { echo "the snapshot gave no values for the mix: $list" >&2; exit 1; }
done
lua_list() { jq -r 'map(if type == "string" then "\"" + . + "\"" else tostring end) | "{" + join(",") + "}"' <<< "$1"; }
cat > "$work/ids.lua" <<LUA
return { units = $(lua_list "$units"), accounts = $(lua_list "$accounts"), years = $(lua_list "$years"),
         regions = $(lua_list "$regions"), rules = $(lua_list "$rules") }
LUA

echo "== Warm-up (10 s)"
LOAD_IDS="$work/ids.lua" wrk -t"$THREADS" -c"$CONCURRENCY" -d10s --timeout 30s -s "$here/mix.lua" "http://127.0.0.1:$PORT/graphql" > "$work/warmup.txt"
grep RESULT "$work/warmup.txt" | sed 's/^RESULT /warm-up: /'

echo "== Load: $DURATION at $CONCURRENCY connections, memory sampled every $SAMPLE_SECONDS s"
(
  start=$(date +%s)
  while kill -0 "$server" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$server/status" 2>/dev/null || echo 0)
    echo "$(( $(date +%s) - start )) $rss"
    sleep "$SAMPLE_SECONDS"
  done
) > "$work/rss.txt" &
sampler=$!
LOAD_IDS="$work/ids.lua" wrk -t"$THREADS" -c"$CONCURRENCY" -d"$DURATION" --timeout 30s --latency -s "$here/mix.lua" "http://127.0.0.1:$PORT/graphql" | tee "$work/load.txt"
kill "$sampler" 2>/dev/null || true; sampler=""

result=$(grep '^RESULT ' "$work/load.txt" | sed 's/^RESULT //')
echo "== Memory (RSS, MB) every $SAMPLE_SECONDS s"
awk '{ printf "%s%ss:%s", (NR > 1 ? "  " : ""), $1, $2 } END { print "" }' "$work/rss.txt"
awk '{ v[NR] = $2 } END {
  n = NR; if (n < 6) { print "too few samples for a trend"; exit }
  third = int(n / 3); a = 0; b = 0
  for (i = 1; i <= third; i++) a += v[i]; for (i = n - third + 1; i <= n; i++) b += v[i]
  a /= third; b /= third
  printf "RSS first third %.0f MB, last third %.0f MB (%+.1f%%), peak %d MB\n", a, b, (b - a) * 100 / a, peak(v, n)
} function peak(v, n,   m, i) { m = 0; for (i = 1; i <= n; i++) if (v[i] > m) m = v[i]; return m }' "$work/rss.txt"

echo "== Result"
jq . <<< "$result"
status=0
for key in status5xx non2xx graphql_errors socket_errors timeouts; do
  count=$(jq ".$key" <<< "$result")
  if [ "$count" -ne 0 ]; then echo "FAIL: $key = $count" >&2; status=1; fi
done
if grep -qiE "fail|exception" "$work/server.log"; then echo "server log:" >&2; grep -iE "fail|exception" "$work/server.log" | head -20 >&2; fi
[ "$status" -eq 0 ] && echo "OK: no 5xx, no non-2xx, no GraphQL errors"
exit $status
