#!/usr/bin/env bash
# Load on the release server: LEARNERS learners (default 200), each with a
# copy of a synthetic collection whose day has 200 reviews and 20 new cards,
# answering concurrently over loopback for SECONDS (default 15) with wrk
# (Debian's wrk; one connection per thread, CONNECTIONS of them, default 32).
# Prints answers/s, p50/p99 latency, errors, the server's peak memory, and
# checks that every acknowledged answer is stored (durably: each is committed
# before its reply).
#   scripts/bench-serve.sh [LEARNERS] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
learners="${1:-200}"
seconds="${2:-15}"
connections="${3:-32}"
command -v wrk >/dev/null || { echo "bench-serve: needs wrk (apt-get install wrk)" >&2; exit 2; }

swift build -c release --product recall-server >/dev/null
server="$(swift build -c release --show-bin-path)/recall-server"
work="$(mktemp -d)"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
now="2027-02-20T09:00:00+01:00"   # a day with more than 200 reviews due in the synthetic collection

RECALL_NOW=2026-11-26T09:00:00+01:00 scripts/make-collection.sh 3000 "$work/one.sqlite" >/dev/null
data="$work/data"
for i in $(seq -f "%03g" 1 "$learners"); do
    token="$("$server" user add "learner$i" --data "$data" | awk '{print $NF}')"
    cp "$work/one.sqlite" "$data/learners/learner$i.sqlite"
    echo "learner$i $token" >> "$work/tokens"
done

RECALL_NOW="$now" RECALL_LOG=warning "$server" serve --data "$data" --port 0 > "$work/server.out" &
pid=$!
until grep -q "listening on" "$work/server.out" 2>/dev/null; do sleep 0.1; done
base="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.out")"

# Each learner's first card.
while read -r name token; do
    card="$(curl -sf -H "Authorization: Bearer $token" "$base/v1/review/next" | grep -o '"id":"[0-9a-f]*"' | head -1 | cut -d'"' -f4)"
    echo "$name $token $card" >> "$work/learners"
done < "$work/tokens"

echo "bench-serve: $learners learners, $connections connections, ${seconds} s, $(nproc) cores"
wrk -t "$connections" -c "$connections" -d "${seconds}s" --latency -s scripts/bench-serve.lua "$base" -- "$work/learners" "$connections" \
    | tee "$work/wrk.out"
peak_kb="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")"
kill -TERM "$pid"; wait "$pid" || true

requests="$(awk '/requests in/ {print $1}' "$work/wrk.out")"
errors="$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out")"
stored="$(python3 - "$data" <<'PY'
import glob, sqlite3, sys
print(sum(sqlite3.connect(f).execute("SELECT COUNT(*) FROM answerId").fetchone()[0] for f in glob.glob(sys.argv[1] + "/learners/*.sqlite")))
PY
)"
echo "bench-serve: answers/s $(awk '/Requests\/sec/ {print $2}' "$work/wrk.out"), p50 $(awk '$1=="50%" {print $2}' "$work/wrk.out"), p99 $(awk '$1=="99%" {print $2}' "$work/wrk.out"), errors ${errors:-0}, peak memory $((peak_kb / 1024)) MB"
echo "bench-serve: $requests answers sent, $stored stored with their ids (the difference: answers under way when wrk stopped)"
