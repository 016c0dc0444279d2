#!/usr/bin/env bash
# How soon `vanban serve` answers a graph request, with a synthetic graph of NODES documents and
# EDGES references stored as the graph of a small index (the five seed documents): the start of a
# server whose graph is that large, without a build of that many documents.
#
#   docs/bench/graph-start.sh NODES EDGES WORK [VANBAN]
#
# VANBAN: the launcher to time (default ./vanban). Prints one JSON line: seconds from launch to
# the first answer of /api/health, to the first 200 of /api/documents/c-0/implementers (a graph
# request), the server's heap after a full GC, and its resident memory.
set -euo pipefail
nodes=${1:?NODES}
edges=${2:?EDGES}
work=${3:?WORK}
vanban=${4:-./vanban}
port=${PORT:-8791}
index="$work/index"
mkdir -p "$work"
rm -rf "$index"
"$vanban" index --corpus corpus/documents --index "$index" > /dev/null 2>&1
"$vanban" bench graph --nodes "$nodes" --edges "$edges" --queries 200 --into-index "$index" > "$work/bench-graph.txt"
sync
cat "$index/graph.bin" > /dev/null # in the page cache, as for a server restarted on the same machine

start=$(date +%s.%N)
"$vanban" serve --index "$index" --port "$port" --reload 0 > "$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
since() { /usr/bin/python3 -c "print(round($(date +%s.%N) - $start, 2))"; }
until curl -sf "http://127.0.0.1:$port/api/health" > /dev/null; do
  kill -0 $pid 2>/dev/null || { echo "vanban serve stopped: see $work/serve.log" >&2; exit 1; }
  sleep 0.02
done
health=$(since)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/documents/c-0/implementers")" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "vanban serve stopped: see $work/serve.log" >&2; exit 1; }
  sleep 0.02
done
graph=$(since)
java_pid=$(pgrep -f "vn.vanban.api.Main serve --index $index" | head -n1)
jcmd="$(dirname "$(readlink -f "/proc/$java_pid/exe")")/jcmd"
"$jcmd" "$java_pid" GC.run > /dev/null 2>&1 || true
heap=$("$jcmd" "$java_pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -n1 | grep -oE '[0-9]+' || echo 0)
rss=$(awk '/VmRSS/ {print $2}' "/proc/$java_pid/status")
echo "{\"nodes\": $nodes, \"edges\": $edges, \"healthSeconds\": $health, \"graphAnswerSeconds\": $graph, \"heapAfterGcMB\": $((heap / 1024)), \"rssMB\": $((rss / 1024))}"
