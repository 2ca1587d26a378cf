#!/usr/bin/env bash
# Where a request's CPU time goes, by part of the stack: samples the API with perf while wrk sends one query, then
# sorts each sample by the frames on its stack (SQLite itself, the statement layer, GraphQL.NET validation and
# execution, our resolvers, JSON, Kestrel, the runtime, the kernel) and prints each part's share and µs a request.
# Usage: bench/http/profile.sh [typical|lookup|BODY-FILE] [SECONDS=10]   (default typical: bench/http/typical-page.json;
#        lookup: bench/http/lookup.json with a real id)
# Needs perf and wrk; uses the demo snapshot data/demo.db (see run.sh). Run as root (perf attaches to the server).
set -euo pipefail
query=${1:-typical}; seconds=${2:-10}; port=5183
[ "$query" = typical ] || [ "$query" = lookup ] || query=$(realpath "$query")
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
[ -f data/demo.db ] || dotnet run -c Release --project src/FinalAccounts.Cli -- demo --units 2000 --years 10 --seed 42 --out data/demo.db
dotnet build -c Release src/FinalAccounts.Api -v q -nologo > /dev/null

# Perf maps name the JIT-compiled frames.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet src/FinalAccounts.Api/bin/Release/net10.0/FinalAccounts.Api.dll \
  --urls "http://127.0.0.1:$port" --Snapshot:Path="$PWD/data/demo.db" --Snapshot:BuildIfStale=false \
  --Logging:LogLevel:Default=Warning --Operations:RateLimits:Enabled=false > "$out/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/healthz/ready" >/dev/null && break; sleep 0.5; done
case $query in
  typical) body=$PWD/bench/http/typical-page.json ;;
  lookup) body=$out/lookup.json; bench/http/lookup-body.sh "$port" "$body" ;;
  *) body=$query ;;
esac

BODY=$body wrk -t2 -c32 -d30s -s bench/http/post.lua "http://127.0.0.1:$port/graphql" > /dev/null   # warm-up: tiered JIT settles
BODY=$body wrk -t2 -c32 -d$((seconds + 4))s -s bench/http/post.lua "http://127.0.0.1:$port/graphql" > "$out/wrk.txt" &
load=$!
sleep 2
before=$(awk '{print $14 + $15}' "/proc/$api/stat")
perf record -q -F 999 -g -p "$api" -o "$out/perf.data" -- sleep "$seconds" 2> /dev/null
after=$(awk '{print $14 + $15}' "/proc/$api/stat")
wait $load
rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
# CPU µs a request over the sampled seconds (wrk's rate over its whole run stands for the rate while sampling).
per_request=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v s="$seconds" -v r="$rps" 'BEGIN { printf "%.0f", t / hz / s / r * 1e6 }')

perf script -i "$out/perf.data" -F ip,sym,dso 2> /dev/null | awk -v per="$per_request" -v rps="$rps" '
  function classify(    part) {
    if (leaf ~ /libe_sqlite3/) return "SQLite itself (native)"
    if (stack ~ /Conventions\.Sql\.|EntityFrameworkCore|Microsoft\.Data\.Sqlite|SQLitePCL/) return "statement layer (EF Core commands, Microsoft.Data.Sqlite)"
    if (stack ~ /DocumentValidator|ValidationContext/) return "GraphQL.NET validation"
    if (stack ~ /WriteJsonResponseAsync/) return "JSON writing"
    if (stack ~ /FinalAccounts\.Api\.GraphQL/) return "our resolvers and batches"
    if (stack ~ /GraphQL/) return "GraphQL.NET execution"
    if (stack ~ /Kestrel|AspNetCore|System\.Net\.Sockets|Pipelines/) return "Kestrel and middleware"
    if (leaf ~ /libcoreclr/) return "runtime (GC, type checks)"
    if (leaf ~ /libclrjit/) return "JIT compiler (tiering still going on)"
    if (leaf ~ /kernel/) return "kernel"
    return "other"
  }
  /^$/ { if (leaf != "") { count[classify()]++; total++ } leaf = ""; stack = ""; next }
  { if (leaf == "") leaf = $0; stack = stack " " $0 }
  END {
    if (leaf != "") { count[classify()]++; total++ }
    printf "%s requests/s, %s µs of server CPU a request, %d samples\n", rps, per, total
    for (part in count) printf "  %5.1f%%  %5.0f µs  %s\n", 100 * count[part] / total, per * count[part] / total, part | "sort -rn"
  }'
