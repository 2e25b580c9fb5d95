#!/usr/bin/env python3
"""Time from starting `recall review` to its first card on screen.

Runs the review in line mode (stdin a pipe) and stops the clock when the
first card's block has been printed; the process is then told to quit.
Usage: first-card.py RECALL_BINARY [RUNS]   (RECALL_DB, RECALL_NOW from the environment)
"""
import statistics
import subprocess
import sys
import time

binary = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
times = []
for _ in range(runs):
    start = time.perf_counter()
    process = subprocess.Popen([binary, "review"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, bufsize=1)
    for line in process.stdout:
        if line.startswith("next:"):
            times.append((time.perf_counter() - start) * 1000)
            break
    else:
        sys.exit("recall review showed no card")
    process.stdin.write("q\n")
    process.stdin.close()
    process.wait()
print(f"first card: median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms over {runs} runs")
