#!/usr/bin/env bash
# Writes bench/http/lookup.json with the id of a real final account of the API on PORT (its first of 2021) to FILE.
# Usage: bench/http/lookup-body.sh PORT FILE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=$(curl -fs -X POST "http://127.0.0.1:$1/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ finalAccounts(first: 1, where: {year: {eq: 2021}}) { nodes { id } } }"}' | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
[ -n "$id" ] || { echo "no final account of 2021 on port $1" >&2; exit 1; }
sed "s/\"id\":\"[^\"]*\"/\"id\":\"$id\"/" "$here/lookup.json" > "$2"
