#!/usr/bin/env bash
# Benchmark of note reading: a synthetic corpus of at least 1,000 notes made
# from the real notes (tests' corpus fixtures, ../shared/corpus when present,
# and seeds/), release build. Prints parse+generate MB/s on one core and
# cards/s stored (the whole `recall generate` run into a fresh collection).
#   scripts/bench-generate.sh [NOTES=1100]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1100}"

swift build -c release --static-swift-stdlib --product recall >/dev/null
swift build -c release --static-swift-stdlib --product recall-bench >/dev/null
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sources=(seeds/*.md Tests/RecallKitTests/Fixtures/corpus/*.md)
[ -d ../shared/corpus ] && sources+=(../shared/corpus/*.md)
mkdir -p "$work/notes"
i=0
while [ "$i" -lt "$count" ]; do
    for note in "${sources[@]}"; do
        [ "$i" -ge "$count" ] && break
        # A distinct note: its own video id and title, same text.
        sed -e "s/^videoId: .*/videoId: SYNTH$(printf '%06d' "$i")/" -e "s/^title: \(.*\)/title: \1 (copy $i)/" \
            "$note" > "$work/notes/$(printf '%05d' "$i")-$(basename "$note")"
        i=$((i + 1))
    done
done
bytes=$(cat "$work"/notes/*.md | wc -c)
echo "corpus: $count notes, $bytes bytes"

echo "== parse+generate, one core, in process (median of 3)"
for run in 1 2 3; do "$bin/recall-bench" parse "$work"/notes/*.md | grep '^parse+generate'; done

echo "== store: recall generate into a fresh collection (parse on all cores + SQLite)"
export RECALL_NOW="2026-01-01T12:00:00Z"
for run in 1 2 3; do
    rm -f "$work"/c.sqlite*
    start=$(date +%s%N)
    added=$(RECALL_DB="$work/c.sqlite" "$bin/recall" generate "$work/notes" --json 2>/dev/null \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["added"])')
    end=$(date +%s%N)
    python3 -c "import sys; n=$added; s=($end-$start)/1e9; print(f'stored {n} cards in {s:.2f} s = {n/s:,.0f} cards/s')"
done
