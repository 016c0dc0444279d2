#!/usr/bin/env bash
# Reading time against input size: one seed document repeated to 1, 4 and 16 MB (its citations
# and sentences repeated with it), read by `vanban extract`. Prints size, seconds, MB/s; a
# reader that is linear in its input keeps MB/s flat. Not a test: timings go in the docs.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
seed=corpus/documents/004_c8c6c9745651a367.txt
./vanban extract "$seed" > /dev/null # build first
for mb in 1 4 16; do
  f="$tmp/big-$mb.txt"
  while [ "$(stat -c %s "$f" 2>/dev/null || echo 0)" -lt $((mb * 1024 * 1024)) ]; do cat "$seed" >> "$f"; done
  bytes=$(stat -c %s "$f")
  start=$(date +%s.%N)
  ./vanban extract "$f" > /dev/null
  end=$(date +%s.%N)
  awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "%6.1f MB  %6.2f s  %6.2f MB/s\n", b / 1048576, t, b / 1048576 / t }'
done
