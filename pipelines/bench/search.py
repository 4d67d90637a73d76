"""Search at scale: a synthetic knowledge base built from the bundled samples.

    wenming bench search [--articles 1000000] [--db PATH] [--repeat 3] [--keep]

Builds N articles by recombining the sentences of data/samples (each with a
generated community name, date and outlet, so words have realistic
spreads), indexes them as the store does, serves the file with `wenming
serve --immutable`, and times Chinese searches through Datasette's JSON API
with the query list of tests/fixtures/search_queries.txt.  Prints build rate,
bytes per article and search latency p50/p95 for the results page (rows,
count and facets, as the search box shows them) and for the rows alone.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from crawler.sources import load_outlets
from pipelines import serve, store
from pipelines.importer import import_files
from pipelines.search.index import FTS_TABLE
from pipelines.search.segment import index_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
QUERIES = ROOT / "tests" / "fixtures" / "search_queries.txt"
SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
SUFFIXES = ("社区", "村", "街道", "镇", "小区")
COLUMNS = ("rowid", "id", "outlet", "source", "title", "published", "month", "authors", "body", "mirror")


def sample_pool() -> tuple[list[str], list[str], str]:
    """Sentences (each ending in punctuation), titles and the Han characters of the samples."""
    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_db(Path(tmp) / "samples.db")
        import_files(db, [SAMPLES], progress=None)
        rows = list(db.query("select title, body from articles"))
    sentences = [s if s[-1] in "。！？!?" else s + "。"
                 for r in rows for line in (r["body"] or "").split("\n") for s in SENTENCE.findall(line.strip())
                 if len(s) > 4]
    titles = [r["title"] for r in rows if r["title"]]
    chars = "".join(sorted({c for s in sentences for c in s if "\u4e00" <= c <= "\u9fff"}))
    return sentences, titles, chars


class Corpus:
    """Synthetic articles; each sentence is tokenized once and its tokens reused."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.sentences, self.titles, self.chars = sample_pool()
        self.tokens = [index_text(s) for s in self.sentences]
        self.outlets = [o.name for o in load_outlets().values()]

    def place(self) -> str:
        return "".join(self.rng.choices(self.chars, k=2)) + self.rng.choice(SUFFIXES)

    def article(self, n: int) -> tuple[tuple, tuple]:
        rng = self.rng
        opening = self.place() + rng.choice(self.sentences)
        picks = rng.choices(range(len(self.sentences)), k=rng.randint(5, 12))
        cut = sorted(rng.sample(range(1, len(picks)), k=min(3, len(picks) - 1)))
        paragraphs, start = [], 0
        for end in cut + [len(picks)]:
            paragraphs.append("".join(self.sentences[i] for i in picks[start:end]))
            start = end
        body = opening + "\n" + "\n".join(paragraphs)
        title = self.place() + rng.choice(self.titles)
        day = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        outlet = rng.choice(self.outlets)
        row = (n, f"synthetic-{n}", outlet, outlet, title, day + "T09:00:00+08:00", day[:7], "[]", body,
               int(rng.random() < 0.05))
        body_tokens = index_text(opening) + " " + " ".join(self.tokens[i] for i in picks)
        return row, (n, index_text(title), body_tokens)


def build(path: Path, count: int, batch: int = 5000) -> dict:
    db = store.open_db(path)
    db.execute("PRAGMA synchronous=OFF")
    corpus = Corpus()
    insert_article = f"INSERT INTO articles({', '.join(COLUMNS)}) VALUES({', '.join('?' * len(COLUMNS))})"
    insert_index = f"INSERT INTO [{FTS_TABLE}](rowid, title, body) VALUES(?, ?, ?)"
    start = time.perf_counter()
    for first in range(1, count + 1, batch):
        pairs = [corpus.article(n) for n in range(first, min(first + batch, count + 1))]
        with db.conn:
            db.conn.executemany(insert_article, [p[0] for p in pairs])
            db.conn.executemany(insert_index, [p[1] for p in pairs])
        if first // batch % 20 == 0:
            print(f"  {first + len(pairs) - 1:,} articles", file=sys.stderr, flush=True)
    built = time.perf_counter() - start
    db.execute(f"INSERT INTO [{FTS_TABLE}]([{FTS_TABLE}]) VALUES('optimize')")
    db.conn.commit()
    optimized = time.perf_counter() - start - built
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return {"seconds": built, "optimize_seconds": optimized, "size": path.stat().st_size}


def tokenize_rate(corpus_rows: int = 2000) -> float:
    """Articles per second that index_text cuts, on whole synthetic bodies (one core)."""
    corpus = Corpus(seed=11)
    bodies = [corpus.article(n)[0][8] for n in range(corpus_rows)]
    start = time.perf_counter()
    for body in bodies:
        index_text(body)
    return corpus_rows / (time.perf_counter() - start)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop(serve.PASSWORD_ENV, None)
    proc = subprocess.Popen(serve.datasette_args(path, port=port, immutable=True, password=False), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=2)
            return proc, url
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("datasette did not start; run `wenming serve --db PATH` to see why")
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("datasette did not answer within 5 minutes")


def timed(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
    return (time.perf_counter() - start) * 1000


def latencies(base: str, queries: list[str], repeat: int, extra: dict, page: str = "articles.json",
              database: str = serve.DATABASE) -> list[float]:
    times = []
    for _ in range(repeat):
        for q in queries:
            params = {"_search": q, **extra}
            times.append(timed(f"{base}/{database}/{page}?{urllib.parse.urlencode(params)}"))
    return times


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def report_build(path: Path, count: int) -> None:
    print(f"tokenizing: {tokenize_rate():,.0f} articles/s on whole bodies (one core)")
    built = build(path, count)
    print(f"articles: {count:,}")
    print(f"build: {count / built['seconds']:,.0f} articles/s ({built['seconds']:.1f} s), "
          f"optimize {built['optimize_seconds']:.1f} s")
    print(f"database: {built['size'] / 2**20:,.1f} MiB, {built['size'] / count:,.0f} bytes/article")


def bench_queries() -> list[str]:
    return [q for q in QUERIES.read_text(encoding="utf-8").splitlines() if q.strip() and not q.startswith("#")]


def bench_db(db: str | None, reuse: bool, tmp: str, build_into) -> Path:
    """The benchmark's base: --db reused as it is (--reuse), or built new (in tmp without --db)."""
    path = Path(db) if db else Path(tmp) / "wenming.db"
    if reuse:
        if not path.exists():
            raise SystemExit(f"no database at {path}; build one first with --db {path}")
    elif path.exists():
        raise SystemExit(f"{path} exists; give a new path to --db, or add --reuse to use it as it is")
    else:
        build_into(path)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="wenming bench search", description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1_000_000, help="synthetic articles (default 1,000,000)")
    ap.add_argument("--db", help="where to build (default: a temporary folder, removed after)")
    ap.add_argument("--repeat", type=int, default=3, help="times each query is run")
    ap.add_argument("--reuse", action="store_true", help="time searches on an existing --db, without building")
    args = ap.parse_args(argv)
    queries = bench_queries()
    with tempfile.TemporaryDirectory() as tmp:
        path = bench_db(args.db, args.reuse, tmp, lambda p: report_build(p, args.articles))
        proc, base = start_server(path)
        try:
            database = serve.database_name(path)
            latencies(base, queries[:5], 1, {}, database=database)  # warm the page cache
            for label, page, extra in (
                    ("search box page, HTML (first page, count, facets)", "articles", {}),
                    ("results, JSON (20 rows, count, facets)", "articles.json", {"_size": "20"}),
                    ("rows only, JSON (20 rows)", "articles.json", {"_size": "20", "_nofacet": "1", "_nocount": "1"})):
                times = latencies(base, queries, args.repeat, extra, page, database)
                print(f"search latency, {label}: p50 {percentile(times, 50):.1f} ms, "
                      f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms "
                      f"({len(times)} requests, {len(queries)} queries)")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
