#!/usr/bin/env bash
# HTTP load on a running server: wrk at 1, 16 and 64 connections (threads = min(connections, 2)),
# each run cycling through the request paths of PATHS_FILE (one a line, e.g. made by
# queries-to-paths.py). Prints one JSON line per run (see wrk-queries.lua for the fields);
# wrk's own text goes to stderr.
#
#   docs/bench/http-load.sh BASE_URL PATHS_FILE [DURATION]
#   docs/bench/http-load.sh http://127.0.0.1:8080 /tmp/paths.txt 30s
#
# DURATION is wrk's -d (default 30s). Environment: CONNECTIONS (default "1 16 64"), WRK_TIMEOUT
# (wrk --timeout, default 10s: a slower answer counts as a timeout error, not in the latency),
# WARMUP (seconds of a 2-connection run first, not reported; default 5, 0 for none).
# Installs wrk with apt-get when it is missing (as root).
set -euo pipefail

usage() { echo "usage: $0 BASE_URL PATHS_FILE [DURATION]   e.g. $0 http://127.0.0.1:8080 /tmp/paths.txt 30s" >&2; }
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then usage; exit 0; fi
if [ $# -lt 2 ] || [ $# -gt 3 ]; then usage; exit 2; fi
base=${1%/}
paths=$2
duration=${3:-30s}
here=$(cd "$(dirname "$0")" && pwd)
script="$here/wrk-queries.lua"

case "$base" in
  http://*|https://*) ;;
  *) echo "$0: BASE_URL must start with http:// or https://: $base" >&2; exit 2 ;;
esac
if [ ! -f "$paths" ]; then echo "$0: $paths: not found (a file of request paths, one a line)" >&2; exit 2; fi
if ! grep -q '^/' "$paths"; then echo "$0: $paths: no line starting with '/'" >&2; exit 2; fi
if [ ! -f "$script" ]; then echo "$0: $script: not found" >&2; exit 2; fi

if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" -ne 0 ]; then echo "$0: wrk is missing: apt-get install -y wrk (as root)" >&2; exit 2; fi
  echo "installing wrk with apt-get" >&2
  apt-get install -y wrk > /dev/null 2>&1 || { apt-get update > /dev/null 2>&1; apt-get install -y wrk > /dev/null; }
fi

# The server must answer before the runs start.
if command -v curl > /dev/null; then
  first=$(grep -m1 '^/' "$paths")
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base$first" || true)
  if [ "$code" = "000" ]; then echo "$0: no answer from $base$first" >&2; exit 1; fi
  case "$code" in 2*) ;; *) echo "$0: warning: $base$first answered $code" >&2 ;; esac
fi

export WRK_PATHS
WRK_PATHS=$(cd "$(dirname "$paths")" && pwd)/$(basename "$paths")
timeout=${WRK_TIMEOUT:-10s}
warmup=${WARMUP:-5}
if [ "$warmup" != 0 ]; then
  WRK_THREADS=2 WRK_CONNECTIONS=2 wrk -t2 -c2 -d"${warmup}s" --timeout "$timeout" -s "$script" "$base" > /dev/null
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for c in ${CONNECTIONS:-1 16 64}; do
  t=$(( c < 2 ? c : 2 ))
  WRK_THREADS=$t WRK_CONNECTIONS=$c wrk -t"$t" -c"$c" -d"$duration" --timeout "$timeout" -s "$script" "$base" > "$out"
  grep -v '^{' "$out" >&2 || true
  line=$(grep '^{' "$out" | tail -n1)
  if [ -z "$line" ]; then echo "$0: wrk printed no result at $c connections" >&2; exit 1; fi
  echo "$line"
done
