#!/usr/bin/env bash
# `recall stats --json` on a large collection, release build: builds a
# synthetic collection (scripts/make-collection.sh: N cards, about ten answers
# per card over a year) and prints the wall time of 7 runs (median, min, max)
# and the peak memory, as a process and in process.
#   scripts/bench-stats.sh [N=100000] [REVIEWS_PER_CARD=12]
set -euo pipefail
cd "$(dirname "$0")/.."
cards="${1:-100000}"
per_card="${2:-12}"
export RECALL_NOW="${RECALL_NOW:-2026-11-26T09:00:00+01:00}"

build=(swift build -c release --static-swift-stdlib)
[ -n "${RECALL_SCRATCH:-}" ] && build+=(--scratch-path "$RECALL_SCRATCH")
"${build[@]}" >/dev/null
bin="$("${build[@]}" --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

scripts/make-collection.sh "$cards" "$work/collection.sqlite" "$per_card"
for run in 1 2 3 4 5 6 7; do
    /usr/bin/time -f "%e %M" -a -o "$work/times" env RECALL_DB="$work/collection.sqlite" "$bin/recall" stats --json > "$work/stats.json"
done
python3 - "$work/times" "$(wc -c < "$work/stats.json")" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
seconds = [float(r[0]) for r in rows]
peak = max(int(r[1]) for r in rows) / 1024
print(f"recall stats --json (process): median {statistics.median(seconds) * 1000:.0f} ms, "
      f"min {min(seconds) * 1000:.0f} ms, max {max(seconds) * 1000:.0f} ms over {len(seconds)} runs; "
      f"peak {peak:.0f} MB; {int(sys.argv[2]) / 1e6:.1f} MB of JSON")
PY
"$bin/recall-perf" collection "$work/collection.sqlite" --answer 0 --repeat 7 | grep -E '"(stats_json_median_ms|first_card_median_ms)"'
