#!/usr/bin/env bash
# Times `recall export --format apkg` on a collection of 100,000 cards in a
# release build and prints its wall time and peak memory (targets: under
# 10 s and 300 MB; exits 1 when over). Also times the same export with
# --with-scheduling and the JSON export/import, for information.
#
# The collection is built fast: the seed and corpus notes are generated and
# reviewed once, exported as JSON, copied with new card, document and deck
# names until there are CARDS cards, and restored with `recall import`.
#   scripts/bench-export.sh [CARDS]          default 100000
#   RECALL_SCRATCH=.build-x scripts/bench-export.sh
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-100000}"

build=(swift build -c release --static-swift-stdlib --product recall)
[ -n "${RECALL_SCRATCH:-}" ] && build+=(--scratch-path "$RECALL_SCRATCH")
"${build[@]}" >/dev/null
recall="$("${build[@]}" --show-bin-path)/recall"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 RECALL_NOW="2026-11-20T09:00:00+01:00"

# One small reviewed collection, as JSON.
RECALL_DB="$work/base.sqlite" "$recall" generate seeds/ Tests/RecallKitTests/Fixtures/corpus/ >/dev/null
printf 'good\nagain\neasy\nhard\ngood\ngood\neasy\nq\n' | RECALL_DB="$work/base.sqlite" "$recall" review >/dev/null
RECALL_DB="$work/base.sqlite" "$recall" export --format json -o "$work/base.json" 2>/dev/null

# Copies of it until there are $target cards.
python3 - "$work/base.json" "$target" "$work/big.json" <<'PY'
import hashlib, json, sys
base = json.load(open(sys.argv[1])); target = int(sys.argv[2])
out = {"format": base["format"], "version": base["version"], "decks": [], "documents": [], "cards": [], "reviewLog": []}
copy, next_log = 0, 1
while len(out["cards"]) < target:
    suffix = f" #{copy}"
    new_id = lambda old: hashlib.sha256(f"{old}/{copy}".encode()).hexdigest()[:16]
    ids = {}
    out["decks"] += [{"name": d["name"] + suffix} for d in base["decks"]]
    for d in base["documents"]:
        out["documents"].append(dict(d, id=d["id"] + suffix, deck=d["deck"] + suffix, title=d["title"] + suffix))
    for c in base["cards"]:
        if len(out["cards"]) == target:
            break
        ids[c["id"]] = new_id(c["id"])
        out["cards"].append(dict(c, id=ids[c["id"]], document=c["document"] + suffix, deck=c["deck"] + suffix))
    for r in base["reviewLog"]:
        if r["card"] in ids:
            out["reviewLog"].append(dict(r, id=next_log, card=ids[r["card"]])); next_log += 1
    copy += 1
json.dump(out, open(sys.argv[3], "w"))
PY

export RECALL_DB="$work/big.sqlite"
/usr/bin/time -f "%e %M" -o "$work/import.time" "$recall" import "$work/big.json" >/dev/null
read -r import_s import_kb < "$work/import.time"
echo "collection: $target cards via recall import in ${import_s} s (peak $((import_kb / 1024)) MB)"

measure() { # measure NAME ARGS... -> "seconds kilobytes"
    local name="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$recall" "$@" 2>/dev/null
    cat "$work/$name.time"
}
read -r apkg_s apkg_kb <<< "$(measure apkg export --format apkg -o "$work/big.apkg")"
read -r sched_s sched_kb <<< "$(measure sched export --format apkg --with-scheduling -o "$work/sched.apkg")"
read -r json_s json_kb <<< "$(measure json export --format json -o "$work/out.json")"
apkg_mb=$((apkg_kb / 1024))

echo "export apkg:                   ${apkg_s} s, peak ${apkg_mb} MB, $(($(stat -c %s "$work/big.apkg") / 1024 / 1024)) MB file"
echo "export apkg --with-scheduling: ${sched_s} s, peak $((sched_kb / 1024)) MB"
echo "export json:                   ${json_s} s, peak $((json_kb / 1024)) MB"
if awk -v s="$apkg_s" -v m="$apkg_mb" 'BEGIN { exit !(s < 10 && m < 300) }'; then
    echo "bench-export: PASS (apkg export of $target cards under 10 s and 300 MB)"
else
    echo "bench-export: FAIL (apkg export of $target cards: ${apkg_s} s, ${apkg_mb} MB; targets 10 s, 300 MB)"
    exit 1
fi
