#!/usr/bin/env bash
# Checks recall's exports against the real Anki backend (../shared/tools/anki):
#   1. the seed deck as .apkg: every card a note of Front/Back/Source;
#   2. the same deck as .tsv and .csv, imported over that .apkg (the note
#      type comes from it): every line lands, no note is duplicated;
#   3. after a scripted two-day review, the .apkg with --with-scheduling:
#      Anki's revlog holds exactly our review-log rows;
#   4. each .apkg imported twice into one collection: nothing duplicated;
#      a later export with an edited card updates that note, adds none.
# Exits non-zero on the first failure.
#   scripts/check-anki.sh
#   RECALL_SCRATCH=.build-x scripts/check-anki.sh    build in another folder
#   ANKI_TOOLS=/path/to/tools/anki scripts/check-anki.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${ANKI_TOOLS:-$PWD/../shared/tools/anki}"
[ -x "$tools/verify_apkg.py" ] || { echo "check-anki: no Anki checker at $tools" >&2; exit 1; }

build=(swift build --product recall)
[ -n "${RECALL_SCRATCH:-}" ] && build+=(--scratch-path "$RECALL_SCRATCH")
"${build[@]}" >/dev/null
recall="$("${build[@]}" --show-bin-path)/recall"

"$tools/setup.sh"
venv="${ANKI_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/anki-verify-venv}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RECALL_DB="$work/collection.sqlite" NO_COLOR=1 RECALL_NOW="2026-11-20T09:00:00+01:00"
# The built-in settings, whatever the user's config.toml says (no such file).
export RECALL_CONFIG="$work/config.toml"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "check-anki: FAIL: $*" >&2; exit 1; }
json_count() { python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))[sys.argv[2]]))' "$1" "$2"; }

step "seed deck"
"$recall" generate seeds/ >/dev/null 2>&1
"$recall" export --format json -o "$work/seed.json"
cards="$(json_count "$work/seed.json" cards)"
echo "recall: $cards cards"

step "apkg: recall export --format apkg"
"$recall" export --format apkg -o "$work/seed.apkg"
"$tools/verify_apkg.py" "$work/seed.apkg" --expect-notes "$cards" --expect-cards "$cards" \
    --expect-fields Front,Back,Source --dump 2 --strict

for format in tsv csv; do
    step "$format: recall export --format $format, imported over the apkg"
    "$recall" export --format "$format" -o "$work/seed.$format"
    "$tools/verify_tsv.py" "$work/seed.$format" --preload-apkg "$work/seed.apkg" \
        --expect-notes "$cards" --expect-cards "$cards" --dump 1 | tee "$work/$format.out"
    grep -q "collection notes $cards -> $cards\$" "$work/$format.out" \
        || fail "$format import over the apkg changed the note count (duplicates?)"
done

step "apkg --with-scheduling after a scripted review"
printf 'good\nagain\neasy\nhard\ngood\n0\ngood\ngood\nq\n' | "$recall" review >/dev/null
printf 'again\ngood\neasy\nhard\ngood\nq\n' | RECALL_NOW="2026-11-21T09:00:00+01:00" "$recall" review >/dev/null
"$recall" export --format json -o "$work/reviewed.json"
reviews="$(json_count "$work/reviewed.json" reviewLog)"
echo "recall: $reviews review-log rows"
[ "$reviews" -gt 0 ] || fail "the scripted review logged no answer"
"$recall" export --format apkg --with-scheduling -o "$work/scheduled.apkg"
"$tools/verify_apkg.py" "$work/scheduled.apkg" --expect-notes "$cards" --expect-cards "$cards" \
    --expect-fields Front,Back,Source --dump 0 --strict | tee "$work/scheduled.out"
grep -q "^scheduling: PRESENT .* revlog rows $reviews," "$work/scheduled.out" \
    || fail "Anki's revlog does not hold the $reviews review-log rows"

step "a later export with an edited card, imported over the first"
mkdir -p "$work/edited"
sed 's/A key trend observed is the training/A key trend seen is the training/' seeds/progress-and-bottlenecks-in-ai-and-robotics.md \
    > "$work/edited/progress-and-bottlenecks-in-ai-and-robotics.md"
RECALL_NOW="2026-11-22T09:00:00+01:00" "$recall" generate "$work/edited" --json > "$work/edited.json" 2>/dev/null
# The generator changes: check the edited sentence still gives a card (updated, none added).
read -r added updated <<<"$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(r["added"], r["updated"])' "$work/edited.json")"
echo "recall: the edited note: $added added, $updated updated"
[ "$added" = 0 ] && [ "$updated" -gt 0 ] \
    || fail "the edited sentence (\"A key trend observed is the training\") no longer changes exactly an existing card; edit another"
"$recall" export --format apkg -o "$work/later.apkg"

step "the same packages imported twice into one collection"
"$venv/bin/python" scripts/anki-import-twice.py --expect-notes "$cards" "$work/seed.apkg" "$work/scheduled.apkg" \
    --then "$work/later.apkg"

printf '\ncheck-anki: all Anki checks passed\n'
