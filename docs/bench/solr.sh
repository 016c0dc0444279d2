#!/usr/bin/env bash
# Embedded beside SolrCloud on one generated corpus: build time and size, then latency by query
# kind over HTTP (docs/bench/http-kinds.py: one kept-alive connection, top 10 with snippets),
# for three layouts: embedded; SolrCloud of 1 node (1 shard, 1 replica); SolrCloud of 3 nodes
# (2 shards × 2 replicas), each node a process of its own (vanban solr up). Everything shares
# this machine: client, server, nodes, ZooKeeper. Prints one JSON line per layout.
#
#   docs/bench/solr.sh DOCS WORK        e.g. docs/bench/solr.sh 100000 /work/bench
#
# The corpus is WORK/g<DOCS> (made by vanban generate when missing, as performance.sh makes it).
# Environment: PORT (default 7181), PASSES (default 2), GRAPH (central documents asked about, 200),
# REUSE_EMBEDDED=1 (keep the embedded index built by an earlier run, and its build time).
set -euo pipefail
usage() { echo "usage: $0 DOCS WORK   e.g. $0 100000 /work/bench" >&2; }
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then usage; exit 0; fi
if [ $# -ne 2 ]; then usage; exit 2; fi
docs=$1
work=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
vanban="$here/../../vanban"
port=${PORT:-7181}
corpus="$work/g$docs"
log() { echo "[$(date +%T)] $*" >&2; }

if [ ! -f "$corpus/.manifest.tsv" ]; then
  log "generating $docs documents into $corpus"
  "$vanban" generate --docs "$docs" --out "$corpus" >&2
fi

serve_and_measure() { # NAME, then serve's arguments
  local name=$1; shift
  "$vanban" serve "$@" --port "$port" > "$work/solr-bench-$name-serve.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/api/health" | grep -q '"graph":"ready"\|"status":"ready"'; do
    kill -0 $pid 2>/dev/null || { echo "serve stopped: see $work/solr-bench-$name-serve.log" >&2; exit 1; }
    sleep 1
  done
  sleep 2
  /usr/bin/python3 "$here/http-kinds.py" "http://127.0.0.1:$port" "$corpus" --passes "${PASSES:-2}" --graph "${GRAPH:-200}"
  kill $pid; wait $pid 2>/dev/null || true
}

# Embedded.
# An index this script built before (REUSE_EMBEDDED=1) is kept with its build time.
index="$work/solr-bench-embedded"
if [ "${REUSE_EMBEDDED:-0}" = 1 ] && [ -f "$work/solr-bench-embedded.build" ]; then
  build=$(cat "$work/solr-bench-embedded.build")
else
  rm -rf "$index"
  log "embedded: index"
  start=$(date +%s.%N)
  "$vanban" index --corpus "$corpus" --index "$index" 2> "$work/solr-bench-embedded-index.log"
  build=$(echo "$(date +%s.%N) - $start" | bc)
  echo "$build" > "$work/solr-bench-embedded.build"
fi
size=$(du -sm "$index" | cut -f1)
log "embedded: built in ${build}s, ${size} MB; queries"
kinds=$(serve_and_measure embedded --index "$index" --reload 0)
echo "{\"layout\": \"embedded\", \"docs\": $docs, \"buildSeconds\": $build, \"diskMB\": $size, \"latency\": $kinds}"

for layout in "1 1 1" "3 2 2"; do
  set -- $layout
  nodes=$1 shards=$2 replicas=$3
  name="solr-$nodes"
  dir="$work/solr-bench-$name"
  rm -rf "$dir"; mkdir -p "$dir"
  fifo="$dir/in"; mkfifo "$fifo"
  log "$name: solr up --nodes $nodes --shards $shards --replicas $replicas"
  "$vanban" solr up --nodes "$nodes" --shards "$shards" --replicas "$replicas" --urls-file "$dir/urls" --dir "$dir/c" \
      < "$fifo" > "$dir/up.log" 2>&1 &
  up=$!
  exec 3> "$fifo"
  until [ -f "$dir/urls" ]; do kill -0 $up 2>/dev/null || { echo "solr up stopped: see $dir/up.log" >&2; exit 1; }; sleep 1; done
  urls=$(cat "$dir/urls")
  log "$name: index --solr"
  start=$(date +%s.%N)
  "$vanban" index --solr "$urls" --corpus "$corpus" 2> "$dir/index.log"
  build=$(echo "$(date +%s.%N) - $start" | bc)
  size=$(du -sm "$dir/c/cluster" | cut -f1)
  log "$name: built in ${build}s, ${size} MB (all copies); queries"
  kinds=$(serve_and_measure "$name" --solr "$urls")
  echo "{\"layout\": \"$name\", \"nodes\": $nodes, \"shards\": $shards, \"replicas\": $replicas, \"docs\": $docs, \"buildSeconds\": $build, \"diskMB\": $size, \"latency\": $kinds}"
  echo stop >&3; exec 3>&-
  wait $up || true
done
