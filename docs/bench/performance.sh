#!/usr/bin/env bash
# The whole performance run of docs/PERFORMANCE.md for one corpus size, in one command:
#
#   docs/bench/performance.sh DOCS [WORK]        e.g. docs/bench/performance.sh 100000 /work/bench
#
# 1. generates DOCS documents into WORK/g<DOCS> (kept and reused when already there; seed fixed);
# 2. vanban bench corpus: builds a new index WORK/ix<DOCS> (reading, citations, Lucene, graph; all
#    cores), then in-process search latency by query kind, graph latency, heap, sizes;
# 3. vanban serve on that index: time until /api/health answers (cold start, JVM included) and until
#    it says the graph is loaded, heap after a full GC, search latency over HTTP by query kind (wrk,
#    1 connection), then a load run of all queries at 1, 16 and 64 connections;
# 4. the same corpus and queries in SQLite FTS5 and PostgreSQL 15 (engines.py), started and stopped
#    here;
# 5. prints the comparison (summary.py) and leaves every figure in WORK/*-<DOCS>.json.
# Environment: ENGINES (default sqlite,postgres; empty to skip), ENGINE_REPEAT (timed passes of the
# other engines, default 3), HTTP_SECONDS (per kind, default 10), LOAD_SECONDS (per connection
# count, default 20), PORT (default 7171), SKIP_INDEX=1 to reuse the index (its build figures kept).
set -euo pipefail
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ] || [ $# -lt 1 ]; then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0
fi
docs=$1
work=${2:-/tmp/vanban-bench}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
vanban="$root/vanban"
corpus="$work/g$docs"
index="$work/ix$docs"
port=${PORT:-7171}
engines=${ENGINES-sqlite,postgres}
mkdir -p "$work"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

if [ ! -f "$corpus/.queries.tsv" ]; then
  log "generating $docs documents into $corpus"
  rm -rf "$corpus"
  "$vanban" generate --docs "$docs" --out "$corpus" >&2
fi

if [ "${SKIP_INDEX:-0}" != 1 ]; then
  rm -rf "$index"
  log "vanban bench corpus (index, search, graph)"
  "$vanban" bench corpus --corpus "$corpus" --index "$index" --json "$work/vanban-$docs.json" \
    2> >(grep -v 'files (' >&2)
else
  # The index built before stays: its build figures are carried over to the new JSON.
  "$vanban" bench corpus --corpus "$corpus" --index "$index" --reuse --json "$work/vanban-$docs.reuse.json" \
    2> >(grep -v 'files (' >&2)
  /usr/bin/python3 - "$work/vanban-$docs.json" "$work/vanban-$docs.reuse.json" <<'PY'
import json, os, sys
old = json.load(open(sys.argv[1])) if os.path.exists(sys.argv[1]) else {}
new = json.load(open(sys.argv[2]))
if 'index' in old:
    new['index'] = old['index']
json.dump(new, open(sys.argv[1], 'w'))
os.remove(sys.argv[2])
PY
fi

log "vanban serve: cold start"
start=$(date +%s.%N)
"$vanban" serve --index "$index" --port "$port" --reload 0 > "$work/serve-$docs.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
# Seconds from the start until /api/health answers with a body matching $1.
wait_health() {
  until curl -sf "http://127.0.0.1:$port/api/health" | grep -q "$1"; do
    kill -0 $pid 2>/dev/null || { echo "vanban serve stopped: see $work/serve-$docs.log" >&2; exit 1; }
    sleep 0.05
  done
  /usr/bin/python3 -c "print(round($(date +%s.%N) - $start, 2))"
}
ready=$(wait_health '"status":"ok"')
# Searches are answered from then on; the citation graph may still be loading.
graph_ready=$(wait_health '"graph":"ready"')
java_pid=$(pgrep -f "vn.vanban.api.Main serve --index $index" | head -n1)
jcmd="$(dirname "$(readlink -f "/proc/$java_pid/exe")")/jcmd" # the JDK running the server
"$jcmd" "$java_pid" GC.run > /dev/null 2>&1 || true
heap=$("$jcmd" "$java_pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -n1 | grep -oE '[0-9]+' || echo 0)
echo "{\"readySeconds\": $ready, \"graphReadySeconds\": $graph_ready, \"heapAfterGcMB\": $((heap / 1024))}" > "$work/serve-$docs.json"
log "serve answers in ${ready}s, graph ready in ${graph_ready}s, heap after GC $((heap / 1024)) MB"

: > "$work/http-$docs.jsonl"
for kind in keyword phrase filtered number; do
  /usr/bin/python3 "$here/queries-to-paths.py" --kinds "$kind" "$corpus" > "$work/paths-$kind.txt"
  log "HTTP, one connection: $kind"
  line=$(CONNECTIONS=1 WARMUP=3 "$here/http-load.sh" "http://127.0.0.1:$port" "$work/paths-$kind.txt" "${HTTP_SECONDS:-10}s" 2>/dev/null)
  echo "{\"kind\": \"$kind\", \"run\": $line}" >> "$work/http-$docs.jsonl"
done
/usr/bin/python3 "$here/queries-to-paths.py" "$corpus" > "$work/paths-all.txt"
log "HTTP load: all queries at 1, 16, 64 connections"
CONNECTIONS="1 16 64" WARMUP=3 "$here/http-load.sh" "http://127.0.0.1:$port" "$work/paths-all.txt" "${LOAD_SECONDS:-20}s" \
  2>/dev/null | sed 's/^/{"kind": "load", "run": /; s/$/}/' >> "$work/http-$docs.jsonl"
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT

if [ -n "$engines" ]; then
  log "SQLite FTS5 and PostgreSQL ($engines)"
  /usr/bin/python3 "$here/engines.py" "$corpus" --work "$work" --engines "$engines" --repeat "${ENGINE_REPEAT:-3}" \
    --json "$work/engines-$docs.json" >&2
fi
/usr/bin/python3 "$here/summary.py" "$work" "$docs"
