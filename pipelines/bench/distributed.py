"""Distributed crawl speed: pages/s with 1, 2 and 4 workers, and how fast the one writer ingests.

    wenming bench distributed [--extra 100] [--workers 1,2,4] [--parse-workers 0]

The sample server runs in its own process (`--extra` generated articles per
outlet besides the bundled ones).  For each worker count a fresh redis-server
is started and that many `wenming crawl --redis` workers (one shard each,
politeness off, no backpressure) crawl every outlet into the stream, with no
writer running, so the figure is the workers' own rate; their time per stage
comes from the stats each worker sends when it ends (wenming/seconds/*).
Then `wenming ingest` (in this process) stores the stream of the first run and
prints entries and articles per second and where its time goes.  All on this
machine: the workers, the sample server and Redis share its cores.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from .crawl import cpu_seconds, start_server

WORKER_STAGES = ("links", "topic", "log", "send", "backpressure")
WRITER_STAGES = ("parse", "enrich", "store", "cluster", "acknowledge")


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def from_stream(url: str) -> tuple[list[dict], list[int]]:
    """The Scrapy stats each worker sent with its run-end entry; the time each fetch took (ms)."""
    import redis

    from crawler.streams import decode

    stats, latencies = [], []
    for _, fields in redis.Redis.from_url(url).xrange("wenming:stream"):
        kind, data, _ = decode(fields)
        if kind == "run-end":
            stats.append(json.loads(data["stats"]))
        elif kind == "fetch" and data.get("elapsed_ms") is not None:
            latencies.append(data["elapsed_ms"])
    return stats, latencies


def crawl_with(n: int, site: str, folder: Path) -> tuple[str, object, dict]:
    """n workers crawl every outlet into a fresh Redis; returns its URL, the Redis, and figures."""
    import redis

    from crawler.testsite.distributed import Redis, start, worker_cmd

    store = Redis(folder)
    cpu0, t0 = children_cpu(), time.perf_counter()
    procs = [start(worker_cmd(store.url(), site, n, i, "--set", "WENMING_STREAM_MAX=0", "--set", "DOWNLOAD_TIMEOUT=1",
                              "--set", "CONCURRENT_REQUESTS=64", "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=32"),
                   folder / f"w{n}-{i}", folder / f"w{n}-{i}.log") for i in range(n)]
    try:
        for i, p in enumerate(procs):
            if p.wait(timeout=1800) != 0:
                raise RuntimeError((folder / f"w{n}-{i}.log").read_text()[-2000:])
    except BaseException:
        for p in procs:
            if p.poll() is None:
                p.kill()
        store.stop()
        raise
    wall = time.perf_counter() - t0
    stats, latencies = from_stream(store.url())
    starts = [datetime.fromisoformat(str(s["start_time"])) for s in stats]
    ends = [datetime.fromisoformat(str(s["finish_time"])) for s in stats]
    figures = {"workers": n, "wall": wall, "crawl": (max(ends) - min(starts)).total_seconds(),
               "pages": sum(s.get("downloader/response_count", 0) for s in stats),
               "articles": sum(s.get(f"wenming/{k}/sent", 0) for s in stats for k in outlets()),
               "cpu": children_cpu() - cpu0,
               "stages": {st: sum(s.get(f"wenming/seconds/{st}", 0.0) for s in stats) for st in WORKER_STAGES},
               "entries": redis.Redis.from_url(store.url()).xlen("wenming:stream"),
               "latency": (sum(latencies) / max(len(latencies), 1), max(latencies, default=0)),
               "per_worker": [s.get("downloader/response_count", 0) / max(s.get("elapsed_time_seconds", 0), 1e-9)
                              for s in stats]}
    return store.url(), store, figures


def outlets() -> list[str]:
    from crawler.sources import load_outlets

    return list(load_outlets())


def print_crawl(f: dict) -> None:
    rate = f["pages"] / max(f["crawl"], 1e-9)
    print(f"{f['workers']} worker(s): {f['pages']} pages ({f['articles']} articles, {f['entries']} stream entries) "
          f"in {f['crawl']:.2f} s -> {rate:.1f} pages/s; start-up and shut-down {f['wall'] - f['crawl']:.1f} s; "
          f"worker CPU {f['cpu']:.1f} s ({1000 * f['cpu'] / max(f['pages'], 1):.1f} ms per page)")
    spent = sum(f["stages"].values())
    total = f["crawl"] * f["workers"]
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in f["stages"].items())
    print(f"   in the workers' threads ({total:.1f} worker-seconds): {parts}; "
          f"Scrapy's engine, downloads and waits {max(0.0, total - spent):.1f} s")
    print(f"   download latency avg {f['latency'][0]:.0f} ms, max {f['latency'][1]} ms (the sample site's slow page); "
          f"each worker from its start to its end: " + ", ".join(f"{r:.1f}" for r in f["per_worker"]) + " pages/s")


def ingest_rate(url: str, folder: Path, parse_workers: int) -> None:
    from pipelines.crawl.ingest import ingest

    t0 = time.perf_counter()
    writer = ingest(url, str(folder / "bench.db"), drain=True, parse_workers=parse_workers, progress=None)
    wall = time.perf_counter() - t0
    c, s = writer.counts, writer.seconds
    busy = wall - s["wait"] - s["warm-up"] - s["start"]
    print(f"writer: {c['entries']} entries ({c['fetches']} fetches, {c['stored']} articles stored, "
          f"{c['parse-failed']} failed) in {busy:.2f} s busy -> {c['entries'] / busy:.1f} entries/s, "
          f"{c['stored'] / busy:.1f} articles/s ({'parse in ' + str(parse_workers) + ' processes' if parse_workers else 'parse in the writer'})")
    other = s["write"] - s["parse"] - s["enrich"] - s["store"] - s["parse wait"]
    parts = [f"{k} {s[k]:.2f} s" for k in WRITER_STAGES] + [f"crawl log and runs {max(0.0, other):.2f} s"]
    if parse_workers:
        parts.append(f"waiting for parse processes {s['parse wait']:.2f} s")
    rest = busy - s["write"] - s["cluster"] - s["acknowledge"]
    print("   where the writer's time goes: " + ", ".join(parts) + f", other (reading the stream{', starting the parse processes' if parse_workers else ''}) {max(0.0, rest):.2f} s; "
          f"not counted: start-up {s['warm-up'] + s['start']:.1f} s (enrichment dictionaries, known set), "
          f"waiting for entries {s['wait']:.1f} s")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="wenming bench distributed", description=__doc__.splitlines()[0])
    p.add_argument("--extra", type=int, default=100, help="generated articles per outlet (default: %(default)s)")
    p.add_argument("--workers", default="1,2,4", help="worker counts to measure (default: %(default)s)")
    p.add_argument("--parse-workers", type=int, default=0, help="the writer's parse processes (default: in the writer)")
    args = p.parse_args(argv)

    from crawler.testsite.distributed import REDIS

    if not REDIS:
        print("redis-server is not installed: apt-get install redis-server", file=sys.stderr)
        return 2
    counts = [int(n) for n in args.workers.split(",") if n]
    server, site = start_server(args.extra)
    stores = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in counts:
                server0 = cpu_seconds(server.pid)
                url, store, figures = crawl_with(n, site, Path(tmp))
                stores.append((url, store))
                print_crawl(figures)
                print(f"   sample server CPU {cpu_seconds(server.pid) - server0:.1f} s; "
                      f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
                for _, done in stores[1:]:
                    done.stop()
                del stores[1:]
            ingest_rate(stores[0][0], Path(tmp), args.parse_workers)
    finally:
        for _, store in stores:
            store.stop()
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
