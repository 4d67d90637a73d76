"""Benchmark: enrichment against the project's own evaluation set.

    wenming bench enrich [--eval PATH] [--verbose]

Runs enrich() over the evaluation sets in tests/fixtures/enrich_eval:
handwritten.jsonl (reports written one by one for the project) and
enrich_eval.jsonl (reports put together from written pieces by
make_eval.py), each article with its gold, and prints precision and recall
per field, micro-averaged over the set, and the median and p95 time per
article after one warm-up run (which loads the dictionaries).
Fields: places (every level's name across the place chains), teams (names),
types (union of the activities' types), dates (activity dates), counts
((value, approx) pairs of the activities' counts).
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from parsers.record import Article, Block
from pipelines.enrich import enrich, warm_up

EVAL_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "enrich_eval"
EVAL_SETS = (EVAL_DIR / "handwritten.jsonl", EVAL_DIR / "enrich_eval.jsonl")
FIELDS = ("places", "teams", "types", "dates", "counts")
LEVELS = ("province", "city", "county", "township", "community")


def load_eval(paths: tuple[Path, ...] = EVAL_SETS) -> list[dict]:
    rows = []
    for path in paths:
        if not path.exists():
            raise SystemExit(f"no evaluation set at {path}: restore it from git "
                             "(enrich_eval.jsonl is rewritten by tests/fixtures/enrich_eval/make_eval.py)")
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def to_article(row: dict) -> Article:
    return Article(input=row["id"], title=row.get("title"), published=row.get("published"),
                   blocks=[Block("paragraph", p) for p in row["paragraphs"]])


def predicted(article: Article) -> dict[str, Counter]:
    acts = article.activities
    return {
        "places": Counter({(lvl, p[lvl]) for p in article.places for lvl in LEVELS if p.get(lvl)}),
        "teams": Counter({t["name"] for t in article.teams}),
        "types": Counter({t for a in acts for t in a["types"]}),
        "dates": Counter({a["date"] for a in acts if a.get("date")}),
        "counts": Counter((c["value"], c["approx"]) for a in acts for c in a["counts"]),
    }


def expected(gold: dict) -> dict[str, Counter]:
    return {
        "places": Counter({(lvl, n) for lvl in LEVELS for n in gold["places"].get(lvl, [])}),
        "teams": Counter(set(gold["teams"])),
        "types": Counter(set(gold["types"])),
        "dates": Counter(set(gold["dates"])),
        "counts": Counter(tuple(c) for c in gold["counts"]),
    }


def score(rows: list[dict], region_key: str = "region") -> tuple[dict[str, dict], list[float], list[str]]:
    """Per-field precision/recall, per-article times (ms) and notes of every miss."""
    tp, got, want = Counter(), Counter(), Counter()
    times, notes = [], []
    warm_up()  # dictionaries load here, not in the first timed article
    enrich(to_article(rows[0]), rows[0].get(region_key))
    for row in rows:
        article = to_article(row)
        start = time.perf_counter()
        enrich(article, row.get(region_key))
        times.append((time.perf_counter() - start) * 1000)
        p, g = predicted(article), expected(row["gold"])
        for f in FIELDS:
            tp[f] += sum((p[f] & g[f]).values())
            got[f] += sum(p[f].values())
            want[f] += sum(g[f].values())
            extra, missing = p[f] - g[f], g[f] - p[f]
            if extra or missing:
                notes.append(f"{row['id']} {f}: extra {sorted(extra)} missing {sorted(missing)}")
    result = {f: {"precision": tp[f] / got[f] if got[f] else 1.0,
                  "recall": tp[f] / want[f] if want[f] else 1.0} for f in FIELDS}
    return result, times, notes


SEED_PAGES = Path(__file__).resolve().parents[2] / "data" / "samples" / "seeds"


def seed_times(rounds: int = 5) -> list[float] | None:
    """Times (ms) to enrich the bundled seed pages, parsed: longer, real articles."""
    pages = sorted(SEED_PAGES.glob("*.txt"))
    if not pages:
        return None
    from parsers.textdump import parse_text

    articles = [parse_text(p.read_bytes(), input=p.name) for p in pages]
    times = []
    for _ in range(rounds):
        for article in articles:
            start = time.perf_counter()
            enrich(article)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(times: list[float]) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wenming bench enrich", description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, action="append",
                        help="evaluation set (jsonl); repeat for several (default: both sets in tests/fixtures)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    paths = tuple(args.eval or EVAL_SETS)
    rows = load_eval(paths)
    result, times, notes = score(rows)
    print(f"enrich: {len(rows)} articles from {', '.join(p.name for p in paths)}")
    print(f"{'field':<8} {'precision':>9} {'recall':>7}")
    for f, r in result.items():
        print(f"{f:<8} {r['precision']:>9.3f} {r['recall']:>7.3f}")
    print(f"time per article: median {statistics.median(times):.1f} ms, p95 {_p95(times):.1f} ms")
    seeds = seed_times()
    if seeds:
        print(f"time per seed page ({SEED_PAGES.parent.name}/seeds, 5 rounds): "
              f"median {statistics.median(seeds):.1f} ms, p95 {_p95(seeds):.1f} ms")
    else:
        print(f"no seed pages at {SEED_PAGES}: long-article timing skipped")
    if args.verbose:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
