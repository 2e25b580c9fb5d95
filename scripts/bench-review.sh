#!/usr/bin/env bash
# Opening a large collection and showing the first card of today's review,
# release build. Prints the time from starting `recall review` to its first
# card (the whole process: start-up, opening SQLite, building the queue).
#   scripts/bench-review.sh [CARDS=100000] [REVIEWS_PER_CARD=10]
set -euo pipefail
cd "$(dirname "$0")/.."
cards="${1:-100000}"
per_card="${2:-10}"

swift build -c release --static-swift-stdlib --product recall >/dev/null
swift build -c release --static-swift-stdlib --product recall-perf >/dev/null
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RECALL_DB="$work/collection.sqlite" RECALL_NOW="2026-11-26T09:00:00+01:00"

"$bin/recall-perf" make-collection "$cards" "$RECALL_DB" --reviews-per-card "$per_card" --from seeds --from Tests/RecallKitTests/Fixtures/corpus
"$bin/recall" decks | tail -1 >/dev/null
python3 scripts/first-card.py "$bin/recall" 9
