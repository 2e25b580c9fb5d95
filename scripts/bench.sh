#!/usr/bin/env bash
# recall next to Anki, same machine, same run, release build. Prints a table
# and one JSON object (also written to $BENCH_JSON when set).
#
# Side by side (in process, like Anki's own calls; process start-up apart),
# through recall-perf and ../shared/tools/anki/anki_sched.py:
#   adding N cards, building today's queue, answering 1,000 cards (each
#   answer committed durably in both: WAL, synchronous=FULL), due counts.
# recall alone, on a synthetic collection of N cards with about ten answers
# per card over a year (scripts/make-collection.sh):
#   parse+generate MB/s, `recall stats --json`, first card (in process and as
#   a process), answer commit p50/p99, apkg export, peak memory.
# Each figure is the median of RUNS runs (default 3).
#
#   scripts/bench.sh [N=10000]      (run ../shared/tools/anki/setup.sh once first)
#   RUNS=5 BENCH_JSON=out.json scripts/bench.sh 200000
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
runs="${RUNS:-3}"
anki="${ANKI_TOOLS:-../shared/tools/anki}/anki_sched.py"
export RECALL_NOW="${RECALL_NOW:-2026-11-26T09:00:00+01:00}" NO_COLOR=1

build=(swift build -c release --static-swift-stdlib)
[ -n "${RECALL_SCRATCH:-}" ] && build+=(--scratch-path "$RECALL_SCRATCH")
echo "building (release)…" >&2
"${build[@]}" >/dev/null
bin="$("${build[@]}" --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "side by side, N=$n, $runs runs…" >&2
for run in $(seq "$runs"); do
    "$bin/recall-perf" compare "$n" --answer 1000 --repeat 5 > "$work/recall-compare-$run.json"
    if [ -x "$anki" ] || [ -f "$anki" ]; then
        python3 "$anki" "$n" --answer 1000 --repeat 5 --no-loop-add > "$work/anki-$run.json"
    fi
done

echo "parse+generate…" >&2
for run in $(seq "$runs"); do
    "$bin/recall-bench" parse seeds/*.md Tests/RecallKitTests/Fixtures/corpus/*.md --repeat 40 > "$work/parse-$run.txt"
done

echo "a collection of $n cards with a year of answers…" >&2
db="$work/collection.sqlite"
RECALL_SCRATCH="${RECALL_SCRATCH:-}" scripts/make-collection.sh "$n" "$db" > "$work/collection.txt"
"$bin/recall-perf" collection "$db" --answer 1000 --repeat "$((runs > 5 ? runs : 5))" > "$work/recall-collection.json"

echo "recall as a process…" >&2
sync # let the collection just written reach the disk before timing reads of it
timed() { # timed NAME ARGS... : wall seconds (to the microsecond: time's %e counts
    # only hundredths) and peak KB of one `recall` run
    local name="$1"; shift
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/$name.time" env RECALL_DB="$db" "$bin/recall" "$@" > /dev/null 2>&1 < /dev/null
    end=$(date +%s%N)
    printf '%s %s\n' "$(( (end - start) / 1000 ))e-6" "$(cat "$work/$name.time")" >> "$work/$name.times"
}
for run in $(seq 5); do
    timed stats stats --json
    timed decks decks
    timed startup --version
done
timed export export --format apkg -o "$work/out.apkg"
/usr/bin/time -f "%e %M" -o "$work/review.time" env RECALL_DB="$db" "$bin/recall" review <<< "q" > /dev/null 2>&1
cat "$work/review.time" > "$work/review.times"
RECALL_DB="$db" python3 scripts/first-card.py "$bin/recall" 9 > "$work/first-card.txt"

python3 scripts/bench-report.py "$work" "$n" "$runs" ${BENCH_JSON:+--json "$BENCH_JSON"}
