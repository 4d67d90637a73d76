"""The published site under load: many readers at once, from this machine.

    wenming bench load [--articles 100000] [--seconds 60] [--clients 8] [--db PATH] [--reuse]

Builds N synthetic articles from the bundled samples as `wenming bench
search` does, serves them with the real Datasette as `wenming serve
--immutable` does, and runs a bounded mixed load from loopback for a fixed
time: searches (the search box page), searches with facets (article_index),
article pages and exports (CSV of a search).  Prints throughput, p50, p95
and p99 per kind, errors, and whether the goals hold (0 errors, at least 40
requests/s, search p95 <= 500 ms, article page p95 <= 200 ms).

Every request goes to 127.0.0.1 only; the load stops by itself after
--seconds or --max-requests, whichever comes first.
"""
from __future__ import annotations

import argparse
import http.client
import random
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pipelines import serve

from .search import bench_db, bench_queries, build, percentile, start_server

# (kind, share of requests)
MIX = (("search", 0.4), ("search with facets", 0.2), ("article page", 0.3), ("export", 0.1))
GOALS = {"requests_per_s": 40.0, "search_p95_ms": 500.0, "article_p95_ms": 200.0}


@dataclass
class Results:
    times: dict[str, list[float]] = field(default_factory=dict)
    built: dict[str, list[float]] = field(default_factory=dict)  # pages not from the cache
    errors: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, ms: float, error: str | None, hit: bool = False) -> None:
        with self.lock:
            self.times.setdefault(kind, []).append(ms)
            if not hit:
                self.built.setdefault(kind, []).append(ms)
            if error:
                self.errors.setdefault(kind, []).append(error)

    @property
    def total(self) -> int:
        return sum(len(t) for t in self.times.values())


class Load:
    """Requests of each kind, drawn at random with the shares of MIX."""

    def __init__(self, base: str, database: str, articles: int, queries: list[str], seed: int = 5):
        self.base, self.database, self.articles, self.queries = base, database, articles, queries
        self.rng = random.Random(seed)
        self.lock = threading.Lock()

    def url(self, kind: str) -> str:
        with self.lock:
            q = self.rng.choice(self.queries)
            n = self.rng.randint(1, self.articles)
        root = f"{self.base}/{self.database}"
        if kind == "search":
            return f"{root}/articles?" + urllib.parse.urlencode({"_search": q})
        if kind == "search with facets":
            return f"{root}/article_index?" + urllib.parse.urlencode({"_search": q})
        if kind == "article page":
            return f"{root}/articles/synthetic-{n}"
        return f"{root}/articles.csv?" + urllib.parse.urlencode(
            {"_search": q, "_size": "100", "_col": ["title", "published", "outlet"]}, doseq=True)

    def kind(self) -> str:
        with self.lock:
            r = self.rng.random()
        for kind, share in MIX:
            r -= share
            if r < 0:
                return kind
        return MIX[-1][0]


class Reader:
    """One reader: a kept-alive connection to the site, as a browser keeps one."""

    def __init__(self, base: str):
        self.netloc = urllib.parse.urlsplit(base).netloc
        self.conn: http.client.HTTPConnection | None = None

    def get(self, url: str) -> tuple[float, str | None, bool]:
        """(milliseconds, error or None, True when the page came from the site's page cache)."""
        parts = urllib.parse.urlsplit(url)
        target = parts.path + ("?" + parts.query if parts.query else "")
        start = time.perf_counter()
        error, hit = None, False
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.netloc, timeout=30)
            self.conn.request("GET", target)
            response = self.conn.getresponse()
            response.read()
            hit = response.getheader("x-wenming-cache") == "hit"
            if response.status != 200:
                error = f"HTTP {response.status}"
        except (OSError, http.client.HTTPException) as e:
            error = type(e).__name__
            self.close()
        return (time.perf_counter() - start) * 1000, error, hit

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def run(load: Load, seconds: float, clients: int, max_requests: int) -> tuple[Results, float]:
    results = Results()
    deadline = time.monotonic() + seconds

    def client() -> None:
        reader = Reader(load.base)
        try:
            while time.monotonic() < deadline and results.total < max_requests:
                kind = load.kind()
                ms, error, hit = reader.get(load.url(kind))
                results.add(kind, ms, error, hit)
        finally:
            reader.close()

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(client) for _ in range(clients)]:
            future.result()
    return results, time.perf_counter() - start


def report(results: Results, elapsed: float, articles: int, clients: int) -> bool:
    rate = results.total / elapsed
    errors = sum(len(e) for e in results.errors.values())
    print(f"load: {articles:,} articles, {clients} clients, {elapsed:.0f} s, {results.total:,} requests, "
          f"{rate:.1f} requests/s, {errors} errors")
    p95 = {}
    for kind, _ in MIX:
        times = results.times.get(kind, [])
        if len(times) < 2:
            print(f"  {kind}: {len(times)} requests")
            continue
        p95[kind] = percentile(times, 95)
        kinds_errors = results.errors.get(kind, [])
        print(f"  {kind}: {len(times):,} requests, p50 {percentile(times, 50):.0f} ms, p95 {p95[kind]:.0f} ms, "
              f"p99 {percentile(times, 99):.0f} ms, {len(kinds_errors)} errors"
              + (f" ({', '.join(sorted(set(kinds_errors)))})" if kinds_errors else ""))
        built = results.built.get(kind, [])
        if len(built) >= 2 and len(built) < len(times):
            print(f"    built, not from the page cache: {len(built):,} requests, p50 {percentile(built, 50):.0f} ms, "
                  f"p95 {percentile(built, 95):.0f} ms")
    met = (errors == 0 and rate >= GOALS["requests_per_s"]
           and p95.get("search", 1e9) <= GOALS["search_p95_ms"]
           and p95.get("article page", 1e9) <= GOALS["article_p95_ms"])
    print(f"goals (0 errors, >= {GOALS['requests_per_s']:.0f} requests/s, search p95 <= "
          f"{GOALS['search_p95_ms']:.0f} ms, article page p95 <= {GOALS['article_p95_ms']:.0f} ms): "
          + ("met" if met else "NOT met"))
    return met


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="wenming bench load", description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000, help="synthetic articles (default 100,000)")
    ap.add_argument("--seconds", type=float, default=60, help="how long the load runs (default 60)")
    ap.add_argument("--clients", type=int, default=8, help="readers at once (default 8)")
    ap.add_argument("--max-requests", type=int, default=100_000, help="stop after this many requests")
    ap.add_argument("--db", help="where to build (default: a temporary folder, removed after)")
    ap.add_argument("--reuse", action="store_true", help="load an existing --db built by this benchmark")
    args = ap.parse_args(argv)
    queries = bench_queries()
    with tempfile.TemporaryDirectory() as tmp:
        def build_into(path: Path) -> None:
            built = build(path, args.articles)
            print(f"build: {args.articles:,} articles in {built['seconds']:.0f} s")

        path = bench_db(args.db, args.reuse, tmp, build_into)
        articles = _count(path)
        proc, base = start_server(path)
        try:
            load = Load(base, serve.database_name(path), articles, queries)
            run(load, min(5.0, args.seconds), 2, 200)  # warm the page cache and the plugin's caches
            results, elapsed = run(load, args.seconds, args.clients, args.max_requests)
            report(results, elapsed, articles, args.clients)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return 0


def _count(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("select max(rowid) from articles").fetchone()[0] or 0
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main())
