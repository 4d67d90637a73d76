"""Benchmark of story clustering: pairwise precision/recall on the labelled set, and scale.

    wenming bench dedup [--batch N] [--scale N] [--workers N]

1. The labelled set (pipelines/bench/dedup_testset.py: our stories, their reprints
   and mirrors made the seeds' way) goes into a fresh database in arrival
   order, clustered incrementally in batches; printed: pairwise precision,
   recall and F1 over all article pairs, role accuracy, mirror links.
2. Scale: --scale articles (100,000 by default; 0 skips) mixed from the same
   sentences, clustered in one update; printed: seconds, articles/s, peak memory.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

import sqlite_utils

from pipelines.dedup import index as story_index
from pipelines.bench import dedup_testset as testset
from pipelines.dedup.update import update_clusters


def pairwise(truth: dict[str, object], predicted: dict[str, object]) -> dict[str, float]:
    """Precision, recall and F1 over all pairs of articles: same story vs same cluster."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(truth), 2):
        same_truth = truth[a] == truth[b]
        same_pred = predicted[a] is not None and predicted[a] == predicted[b]
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs_true": tp + fn, "precision": precision, "recall": recall, "f1": f1}


def run_labelled(db: sqlite_utils.Database, batch: int = 25) -> dict[str, float]:
    """Cluster the labelled set batch by batch; score clusters, roles and mirror links."""
    articles = testset.labelled_articles()
    testset.create_articles_table(db)
    for i in range(0, len(articles), batch):
        update_clusters(db, testset.store(db, articles[i:i + batch]))
    stored = {r["id"]: r for r in db.query("select id, cluster_id, placement, mirror_of from articles")}
    scores = pairwise({a["id"]: a["story"] for a in articles},
                      {i: r["cluster_id"] for i, r in stored.items()})
    roles_right = sum(stored[a["id"]]["placement"] == a["role"] for a in articles)
    mirrors = [a for a in articles if a["role"] == "mirror"]
    linked = sum(stored[a["id"]]["mirror_of"] == f"s{a['story']:02d}-original" for a in mirrors)
    scores.update(articles=len(articles), role_accuracy=roles_right / len(articles),
                  mirrors=len(mirrors), mirrors_linked=linked / len(mirrors) if mirrors else 1.0)
    return scores


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the fingerprint workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_scale(count: int, workers: int | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "scale.db")
        testset.create_articles_table(db)
        t0 = time.perf_counter()
        articles = testset.scale_articles(count)
        load_before = os.getloadavg()[0]
        mean_chars = sum(len(a["body"]) for a in articles) / max(len(articles), 1)
        ids = testset.store(db, articles)
        del articles
        t1 = time.perf_counter()
        story_index.forget(db)
        cpu0 = _cpu_seconds()
        summary = update_clusters(db, ids, workers=workers)
        t2 = time.perf_counter()
        cpu = _cpu_seconds() - cpu0
        clusters = db.execute("select count(*) from clusters").fetchone()[0]
        db.close()
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"articles": count, "synthesise_and_store_s": t1 - t0, "cluster_s": t2 - t1,
            "articles_per_s": count / (t2 - t1), "clusters": clusters, "joined": summary.joined,
            "mean_chars": mean_chars, "phases": summary.seconds, "cpu_s": cpu,
            "load_before": load_before,
            "peak_mb": peak_self, "peak_worker_mb": peak_children}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wenming bench dedup", description=__doc__.split("\n")[0])
    parser.add_argument("--batch", type=int, default=25, help="articles per incremental update")
    parser.add_argument("--scale", type=int, default=100_000, help="articles in the scale run (0: skip)")
    parser.add_argument("--workers", type=int, default=None, help="processes for fingerprints")
    args = parser.parse_args(argv)
    scores = run_labelled(sqlite_utils.Database(memory=True), batch=args.batch)
    print(f"labelled set: {scores['articles']} articles, {scores['pairs_true']} same-story pairs")
    print(f"  pairwise precision {scores['precision']:.4f}  recall {scores['recall']:.4f}  "
          f"F1 {scores['f1']:.4f}")
    print(f"  placement right {scores['role_accuracy']:.4f}; "
          f"mirrors linked to their original {scores['mirrors_linked']:.4f} of {scores['mirrors']}")
    if args.scale:
        s = run_scale(args.scale, args.workers)
        print(f"scale: {s['articles']} articles clustered in {s['cluster_s']:.1f} s "
              f"({s['articles_per_s']:.0f} articles/s; synthesising and storing took "
              f"{s['synthesise_and_store_s']:.1f} s); {s['clusters']} clusters, {s['joined']} joined one")
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in s["phases"].items())
        print(f"  bodies of {s['mean_chars']:.0f} characters on average; {phases}; "
              f"CPU time {s['cpu_s']:.1f} s on {os.cpu_count()} cores "
              f"(load average before: {s['load_before']:.1f})")
        print(f"  peak memory {s['peak_mb']:.0f} MB (fingerprint workers {s['peak_worker_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
