#!/usr/bin/env bash
# Regenerates Decks/: one readable deck per seed note (front, back and a link
# to the cited second for every card, grouped by section).
#   scripts/build-decks.sh            write Decks/
#   scripts/build-decks.sh --check    fail when Decks/ is out of date
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
[ "${1:-}" = "--check" ] && check=1

swift build --product recall >/dev/null
recall="$(swift build --product recall --show-bin-path)/recall"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/Decks"
mkdir -p "$out"

export RECALL_NOW="2026-01-01T12:00:00Z"
for note in seeds/*.md; do
    stem="$(basename "$note" .md)"
    db="$work/$stem.sqlite"
    RECALL_DB="$db" "$recall" generate "$note" >/dev/null 2>&1
    RECALL_DB="$db" "$recall" export --format md -o "$out/$stem.md" 2>/dev/null
done

if [ "$check" = 1 ]; then
    if ! diff -ru Decks "$out"; then
        echo "Decks/ is out of date: run scripts/build-decks.sh and commit the result." >&2
        exit 1
    fi
    echo "Decks/ is up to date."
else
    rm -rf Decks
    cp -R "$out" Decks
    echo "Wrote $(ls Decks | wc -l) deck file(s) to Decks/."
fi
