#!/usr/bin/env bash
# Makes the hostile set of HostileInputTest in a folder, indexes it with the launcher and reports
# time and peak memory. Usage: docs/bench/hostile-files.sh [DIR]   (default: a temporary folder)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${1:-$(mktemp -d)}"
c="$dir/corpus"; mkdir -p "$c"
head -c 1048576 /dev/urandom > "$c/random.bin"
: > "$c/empty.txt"
truncate -s 100M "$c/huge.txt"
python3 - "$c" <<'PY'
import sys, pathlib
c = pathlib.Path(sys.argv[1])
(c / "invalid-utf8.txt").write_bytes(b"\xc3\x28" * 2048)
(c / "mixed.txt").write_bytes("Ủy ban nhân dân tỉnh Điện Biên. ".encode() + "café crème ".encode("latin-1"))
(c / "nested.txt").write_text("<b>" * 200_000 + "Số: 12/UBND-VP" + "</b>" * 200_000)
(c / "million-citations.txt").write_text("Căn cứ " + "".join(f"{i}/NQ-CP, " for i in range(1, 1_000_001)))
PY
cp "$here/corpus/documents/000_a01debc89b18572e.txt" "$c/tên có dấu cách 'nháy' \"kép\".txt"
cp "$here/corpus/documents/004_c8c6c9745651a367.txt" "$c/Trà Vinh – công văn.txt"
"$here/vanban" --help > /dev/null # build first, outside the measurement
/usr/bin/time -f "wall %e s, peak RSS %M KB" "$here/vanban" index --corpus "$c" --index "$dir/index" || true
