#!/usr/bin/env bash
# Server CPU time per request, for side-by-side comparisons of two builds on one machine.
# Usage: bench/http/cpu.sh PORT BODY [SECONDS=8]
#   PORT  a running API (e.g. one build on 5181, another on 5182, both on data/demo.db)
#   BODY  a GraphQL request body (bench/http/typical-page.json, ...)
# Warms up for 3 s, then runs wrk (2 threads, 32 connections) and reads the server's user+system CPU time from
# /proc/<pid>/stat before and after. Alternate two ports a few times and compare the µs/request, which noise on a
# shared machine disturbs far less than requests/s.
set -euo pipefail
port=$1; body=$2; seconds=${3:-8}
here=$(cd "$(dirname "$0")" && pwd)
pid=$(ss -ltnp | grep ":$port " | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
[ -n "$pid" ] || { echo "nothing listens on port $port" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
BODY=$body wrk -t2 -c32 -d3s -s "$here/post.lua" "http://127.0.0.1:$port/graphql" > /dev/null
before=$(cpu)
out=$(BODY=$body wrk -t2 -c32 -d"${seconds}s" --latency -s "$here/post.lua" "http://127.0.0.1:$port/graphql")
after=$(cpu)
requests=$(echo "$out" | awk '/requests in/ {print $1}')
rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
p99=$(echo "$out" | awk '$1=="99%" {print $2}')
echo "port $port: $rps requests/s, p99 $p99, server CPU $(( (after - before) * 1000000 / ticks / requests )) µs/request"
