"""Start-up: seconds for `wenming parse` of one small seed page, as a script calling it per file sees them.

    wenming bench startup [--runs 3] [--enrich]

Runs the real command in a new process each time (so every import and
dictionary load counts) on the smallest bundled seed dump and on the
bundled original HTML page, extraction alone (`--no-enrich`); `--enrich`
also times the default, which loads the enrichment dictionaries.  Prints
each run and the median; the target is under 1.5 s for extraction.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
TARGET = 1.5


def seconds(args: list[str]) -> float:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "pipelines.cli", "parse", *args], cwd=ROOT,
                         capture_output=True, text=True)
    took = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(f"wenming parse failed: {out.stderr[-500:]}")
    return took


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="wenming bench startup", description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3, help="runs per case (default: %(default)s)")
    p.add_argument("--enrich", action="store_true", help="also time parse with enrichment (slow: dictionaries)")
    args = p.parse_args(argv)
    seed = min((SAMPLES / "seeds").glob("*.txt"), key=lambda f: f.stat().st_size)
    cases = [("text dump, --no-enrich", [str(seed), "--no-enrich"]),
             ("html page, --no-enrich", [str(SAMPLES / "dedup-original.html"), "--no-enrich"])]
    if args.enrich:
        cases.append(("text dump, enriched", [str(seed)]))
    for name, case in cases:
        runs = [seconds(case) for _ in range(args.runs)]
        median = statistics.median(runs)
        mark = "" if "enriched" in name else ("  (target < %.1f s: %s)" % (TARGET, "met" if median < TARGET else "MISSED"))
        print(f"{name:24} median {median:.2f} s of {len(runs)}: {', '.join(f'{r:.2f}' for r in runs)}{mark}")
    return 0
