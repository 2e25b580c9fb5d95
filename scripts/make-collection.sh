#!/usr/bin/env bash
# A synthetic collection of N cards for benchmarks and scale tests: copies of
# the cards of the real notes (seeds/ and the test corpus), each with a
# plausible SM-2 history over the past year (answers on due days, about ten
# per card; one card in ten still new), written by a release build of
# recall-perf (`recall-perf make-collection`).
#   scripts/make-collection.sh N FILE [REVIEWS_PER_CARD=12]
# RECALL_NOW sets "today" (default 2026-11-26T09:00:00+01:00);
# RECALL_SCRATCH picks the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
    echo "usage: scripts/make-collection.sh N FILE [REVIEWS_PER_CARD]" >&2
    exit 2
fi
cards="$1"
file="$2"
per_card="${3:-12}"

build=(swift build -c release --static-swift-stdlib --product recall-perf)
[ -n "${RECALL_SCRATCH:-}" ] && build+=(--scratch-path "$RECALL_SCRATCH")
"${build[@]}" >/dev/null
perf="$("${build[@]}" --show-bin-path)/recall-perf"

rm -f "$file" "$file-wal" "$file-shm"
RECALL_NOW="${RECALL_NOW:-2026-11-26T09:00:00+01:00}" \
    "$perf" make-collection "$cards" "$file" --reviews-per-card "$per_card" \
    --from seeds --from Tests/RecallKitTests/Fixtures/corpus
