#!/usr/bin/env bash
# HTTP benchmark of the API against the HTTP floor (a minimal ASP.NET Core endpoint returning the same bytes).
# Usage: bench/http/run.sh [duration=30s] [connections=32]   (WARMUP=15s before each measured run)
# Needs wrk (apt-get install -y wrk). Uses the 2,000 × 10 demo snapshot (built once into data/demo.db).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30s}; connections=${2:-32}; threads=2; warmup=${WARMUP:-15s}
api_port=5181; floor_port=5182
out=$(mktemp -d)

[ -f data/demo.db ] || dotnet run -c Release --project src/FinalAccounts.Cli -- demo --units 2000 --years 10 --seed 42 --out data/demo.db
for project in src/FinalAccounts.Api bench/HttpFloor; do dotnet build -c Release "$project" -v q -nologo >/dev/null; done

dotnet src/FinalAccounts.Api/bin/Release/net10.0/FinalAccounts.Api.dll --urls "http://127.0.0.1:$api_port" \
  --Snapshot:Path="$PWD/data/demo.db" --Snapshot:BuildIfStale=false --Logging:LogLevel:Default=Warning \
  --Operations:RateLimits:Enabled=false > "$out/api.log" 2>&1 &
api=$!
trap 'kill $api ${floor:-} 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$api_port/graphql?query=%7B__typename%7D" >/dev/null && break; sleep 0.5; done

# A real id for the lookup, and the typical page's response bytes for the floor.
bench/http/lookup-body.sh "$api_port" "$out/lookup.json"
curl -fs -X POST "http://127.0.0.1:$api_port/graphql" -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' \
  --data @bench/http/typical-page.json > "$out/typical-page.response.json"
grep -q '"errors"' "$out/typical-page.response.json" && { echo "typical page query failed:"; cat "$out/typical-page.response.json"; exit 1; }

dotnet bench/HttpFloor/bin/Release/net10.0/HttpFloor.dll --urls "http://127.0.0.1:$floor_port" --Body="$out/typical-page.response.json" > "$out/floor.log" 2>&1 &
floor=$!
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$floor_port/graphql" >/dev/null && break; sleep 0.5; done

run() { # name url body
  # Warm up first (tiered JIT, pools, SQLite page cache), so the figures are the steady state.
  BODY=$3 wrk -t$threads -c"$connections" -d"$warmup" -s bench/http/post.lua "$2" > /dev/null
  BODY=$3 wrk -t$threads -c"$connections" -d"$duration" --latency -s bench/http/post.lua "$2" > "$out/$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$out/$1.txt"); p99=$(awk '$1=="99%" {print $2}' "$out/$1.txt")
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $5}' "$out/$1.txt")
  printf '%-22s %10s req/s   p50 %-8s p99 %-8s non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
}
echo "wrk, $connections connections, $duration each, $(nproc) cores shared by client and server"
run "floor (same bytes)" "http://127.0.0.1:$floor_port/graphql" "$PWD/bench/http/typical-page.json"
run "typical page" "http://127.0.0.1:$api_port/graphql" "$PWD/bench/http/typical-page.json"
run "lookup by id" "http://127.0.0.1:$api_port/graphql" "$out/lookup.json"
