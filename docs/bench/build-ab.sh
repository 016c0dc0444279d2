#!/usr/bin/env bash
# The whole build's CPU, two or more versions alternated on the same machine and day:
#
#   docs/bench/build-ab.sh CORPUS ROUNDS CHECKOUT...     e.g. docs/bench/build-ab.sh /work/bench/g10000 2 /work/old /work/main
#
# Each CHECKOUT is a built copy of vanban (query-api/target/vanban.jar and lib/ in it; build an old
# commit with `git worktree add DIR REV && (cd DIR && ./mvnw -q package -DskipTests)`). Every round
# runs `vanban index` of CORPUS into a new index with each checkout in turn and prints wall, user
# and sys seconds (CPU = user + sys). This machine's speed drifts by 10-30 % within a day, so only
# versions measured in the same loop compare.
set -euo pipefail
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ] || [ $# -lt 3 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0
fi
corpus=$1; rounds=$2; shift 2
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
index=$(mktemp -d)
trap 'rm -rf "$index"' EXIT
for r in $(seq "$rounds"); do
  for dir in "$@"; do
    rm -rf "$index/ix"
    /usr/bin/time -f "$dir round $r: %e s wall, %U user, %S sys" "$java" -Dvanban.home="$dir" \
      -cp "$dir/query-api/target/vanban.jar:$dir/query-api/target/lib/*" vn.vanban.api.Main index \
      --corpus "$corpus" --index "$index/ix" 2>&1 | grep -E "round|rror" || true
  done
done
