#!/usr/bin/env bash
# Start-up time of the API on an existing snapshot: launch the Release build from the project folder (as the
# README's run command does) and time until /healthz/ready answers, RUNS times; prints wall time and the CPU time
# the process used by then. Usage: bench/startup/run.sh [runs=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}; port=5199
[ -f data/snapshot.db ] || dotnet run --project src/FinalAccounts.Cli -- build --reports data/reports --out data/snapshot.db
dotnet build -c Release src/FinalAccounts.Api -v q -nologo >/dev/null
cd src/FinalAccounts.Api
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  dotnet bin/Release/net10.0/FinalAccounts.Api.dll --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning >/dev/null 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/healthz/ready" >/dev/null 2>&1; do sleep 0.01; done
  end=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
  echo "ready in $(( (end - start) / 1000000 )) ms, CPU $cpu ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  sleep 0.5
done
