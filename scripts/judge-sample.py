#!/usr/bin/env python3
"""Draws a seeded random sample of generated cards for a blind judge.

    scripts/judge-sample.py --seed 7 --count 40 -o sample.json NOTE.md...

Generates the notes into a throw-away collection with the debug `recall`
(`swift build` first), reads `recall cards --json`, and writes for each
sampled card: id, note file, type, front, back, claim, section and source
(every moment it carries). Prints the sample's size and the notes it drew from.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("notes", nargs="+")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--recall", default=os.path.join(root, ".build", "debug", "recall"))
    parser.add_argument("--bench", action="store_true",
                        help="read the cards straight from the generator (recall-bench cards), no collection")
    args = parser.parse_args()

    if args.bench:
        bench = os.path.join(os.path.dirname(args.recall), "recall-bench")
        cards = json.loads(subprocess.run([bench, "cards", *args.notes], check=True, capture_output=True,
                                          text=True).stdout)
        for card in cards:
            card["source"]["document"] = card["note"]
    else:
        cards = generated(args)
    sample(args, cards)


def generated(args):
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, RECALL_DB=os.path.join(work, "c.sqlite"), RECALL_NOW="2026-12-01T09:00:00Z")
        subprocess.run([args.recall, "generate", *args.notes], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return json.loads(subprocess.run([args.recall, "cards", "--json"], env=env, check=True,
                                         capture_output=True, text=True).stdout)


def sample(args, cards):
    sample = random.Random(args.seed).sample(cards, min(args.count, len(cards)))
    rows = []
    for card in sample:
        source = card["source"]
        rows.append({
            "id": card["id"],
            "note": os.path.basename(source.get("document", "")),
            "type": card["type"],
            "front": card["front"],
            "back": card["back"],
            "claim": card["claim"],
            "section": card["section"],
            "source": {key: source[key] for key in ("title", "timestamp", "seconds", "url", "moments") if key in source},
        })
    with open(args.output, "w") as out:
        json.dump(rows, out, indent=2, ensure_ascii=False)
    notes = sorted({row["note"] for row in rows})
    print(f"{len(rows)} cards of {len(cards)} from {len(notes)} notes -> {args.output}")


if __name__ == "__main__":
    sys.exit(main())
