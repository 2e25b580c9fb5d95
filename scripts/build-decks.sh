#!/usr/bin/env bash
# Regenerates Decks/: for each seed note a readable study sheet (.md: front,
# back and a link to the cited second for every card, grouped by section),
# an Anki package (.apkg) and Anki's text import (.tsv). The same seeds give
# the same bytes (the .apkg too: fixed zip dates, ids from card ids, times
# from RECALL_NOW), so --check compares the files byte for byte.
#   scripts/build-decks.sh            write Decks/
#   scripts/build-decks.sh --check    fail when Decks/ is out of date
#   RECALL_SCRATCH=.build-x scripts/build-decks.sh   build in another folder
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
[ "${1:-}" = "--check" ] && check=1

build=(swift build --product recall)
[ -n "${RECALL_SCRATCH:-}" ] && build+=(--scratch-path "$RECALL_SCRATCH")
"${build[@]}" >/dev/null
recall="$("${build[@]}" --show-bin-path)/recall"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/Decks"
mkdir -p "$out"

export RECALL_NOW="2026-01-01T12:00:00Z"
# The built-in settings, whatever the user's config.toml says (no such file).
export RECALL_CONFIG="$work/config.toml"
for note in seeds/*.md; do
    stem="$(basename "$note" .md)"
    db="$work/$stem.sqlite"
    RECALL_DB="$db" "$recall" generate "$note" >/dev/null 2>&1
    for format in md apkg tsv; do
        RECALL_DB="$db" "$recall" export --format "$format" -o "$out/$stem.$format" 2>/dev/null
    done
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
