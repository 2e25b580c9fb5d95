#!/usr/bin/env python3
"""Reads what scripts/bench.sh measured and prints a table and one JSON object.

Usage: bench-report.py WORKDIR N RUNS [--json FILE]
Every figure is the median over the runs; a comparison is the ratio
recall/Anki (below 1: recall is faster) and the speed-up Anki/recall.
"""
import glob
import json
import os
import platform
import re
import statistics
import sys

work, n, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
json_file = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else None


def load(pattern):
    return [json.load(open(path)) for path in sorted(glob.glob(os.path.join(work, pattern)))]


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def times(name):
    """(median seconds, max peak MB) of the `recall` runs logged as NAME."""
    path = os.path.join(work, name + ".times")
    if not os.path.exists(path):
        return None, None
    rows = [line.split() for line in open(path) if line.strip() and line[0].isdigit()]
    return median([float(r[0]) for r in rows]), max(int(r[1]) for r in rows) / 1024


recall = load("recall-compare-*.json")
anki = load("anki-*.json")
collection = load("recall-collection.json")[0]

side_by_side = {}


def compare(key, recall_value, anki_value, unit="s"):
    entry = {"recall_" + unit: recall_value, "anki_" + unit: anki_value}
    if recall_value is not None and anki_value:
        entry["ratio_recall_over_anki"] = round(recall_value / anki_value, 3)
        entry["speedup"] = round(anki_value / recall_value, 2) if recall_value else None
    side_by_side[key] = entry


queue_r = median([r["b_build_queue_s"] for r in recall])
answer_r = median([r["b_fetch_and_answer_total_s"] for r in recall])
queue_answer_r = median([r["b_build_queue_s"] + r["b_fetch_and_answer_total_s"] for r in recall])
compare("add_cards", median([r["a_add_cards_s"] for r in recall]), median([a["a_add_notes_batch_s"] for a in anki]))
compare("build_queue", queue_r, median([a["b_first_get_queued_cards_s"] for a in anki]))
compare("answer_1000", answer_r, median([a["b_fetch_and_answer_total_s"] for a in anki]))
compare("queue_and_answer_1000", queue_answer_r,
        median([a["b_first_get_queued_cards_s"] + a["b_fetch_and_answer_total_s"] for a in anki]))
compare("due_counts", median([r["c_deck_counts_median_s"] for r in recall]),
        median([a["c_deck_due_tree"]["median_s"] for a in anki]))

parse = []
for path in glob.glob(os.path.join(work, "parse-*.txt")):
    match = re.search(r"parse\+generate: .*= ([\d.]+) MB/s", open(path).read())
    if match:
        parse.append(float(match.group(1)))
first_card_process = re.search(r"median ([\d.]+) ms", open(os.path.join(work, "first-card.txt")).read())
stats_s, stats_mb = times("stats")
decks_s, decks_mb = times("decks")
startup_s, startup_mb = times("startup")
export_s, export_mb = times("export")
review_s, review_mb = times("review")
made = open(os.path.join(work, "collection.txt")).read()
made_match = re.search(r"made (\d+) cards and (\d+) review-log rows", made)

recall_alone = {
    "collection_cards": int(made_match.group(1)) if made_match else n,
    "collection_review_log_rows": int(made_match.group(2)) if made_match else None,
    "parse_generate_mb_per_s": median(parse),
    "stats_json_process_s": stats_s,
    "stats_json_in_process_ms": collection["stats_json_median_ms"],
    "first_card_process_ms": float(first_card_process.group(1)) if first_card_process else None,
    "first_card_in_process_ms": collection["first_card_median_ms"],
    "commit_p50_ms": collection["commit_p50_ms"],
    "commit_p99_ms": collection["commit_p99_ms"],
    "deck_counts_process_s": decks_s,
    "apkg_export_s": export_s,
    "process_startup_s": startup_s,
    "peak_memory_mb": {
        "stats_json": stats_mb, "decks": decks_mb, "review_first_card": review_mb, "apkg_export": export_mb,
        "add_and_answer_in_process": median([r["peak_memory_mb"] for r in recall]),
    },
}
anki_info = anki[0] if anki else {}
report = {
    "n": n,
    "runs": runs,
    "machine": f"{platform.machine()} {os.cpu_count()} cpu, {platform.platform()}",
    "anki_version": anki_info.get("anki_version"),
    "durability": "both: WAL journal, synchronous=FULL, one commit per answer",
    "side_by_side": side_by_side,
    "recall": recall_alone,
}


def fmt(value, unit):
    if value is None:
        return "-"
    if unit == "s" and value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} {unit}"


print(f"recall vs Anki {report['anki_version'] or '(not run)'}, N={n}, median of {runs} runs, {report['machine']}")
print(f"{'':26} {'recall':>12} {'Anki':>12} {'recall/Anki':>12} {'speed-up':>9}")
labels = {"add_cards": f"add {n} cards", "build_queue": "build today's queue", "answer_1000": "answer 1000 cards",
          "queue_and_answer_1000": "queue + answer 1000", "due_counts": "due counts"}
for key, entry in side_by_side.items():
    ratio = entry.get("ratio_recall_over_anki")
    speed = entry.get("speedup")
    print(f"{labels[key]:26} {fmt(entry['recall_s'], 's'):>12} {fmt(entry['anki_s'], 's'):>12} "
          f"{(f'{ratio:.2f}' if ratio is not None else '-'):>12} {(f'{speed:.2f}x' if speed else '-'):>9}")
print()
rows_label = recall_alone["collection_review_log_rows"]
print(f"recall alone, {recall_alone['collection_cards']} cards, {rows_label} review-log rows")
memory = recall_alone["peak_memory_mb"]
lines = [
    ("parse+generate (one core)", fmt(recall_alone["parse_generate_mb_per_s"], "MB/s")),
    ("stats --json (process)", fmt(stats_s, "s")),
    ("stats --json (in process)", fmt(collection["stats_json_median_ms"] / 1000, "s")),
    ("first card (process)", fmt(recall_alone["first_card_process_ms"] and recall_alone["first_card_process_ms"] / 1000, "s")),
    ("first card (in process)", fmt(collection["first_card_median_ms"] / 1000, "s")),
    ("answer commit p50", fmt(collection["commit_p50_ms"] / 1000, "s")),
    ("answer commit p99", fmt(collection["commit_p99_ms"] / 1000, "s")),
    ("decks (process)", fmt(decks_s, "s")),
    ("apkg export (process)", fmt(export_s, "s")),
    ("process start-up", fmt(startup_s, "s")),
    ("peak memory", ", ".join(f"{k} {v:.0f} MB" for k, v in memory.items() if v is not None)),
]
for label, value in lines:
    print(f"  {label:28} {value}")
print()
print(json.dumps(report, indent=2))
if json_file:
    with open(json_file, "w") as out:
        json.dump(report, out, indent=2)
