"""Crawl speed: pages/s crawling the local sample server with politeness off, and where the time goes.

    wenming bench crawl [--extra 300] [--outlets wfnews,ytxww,...]

The sample server runs in its own process (serving `--extra` generated
articles per outlet besides the bundled ones); the crawl runs here, into a
fresh database, with the real spiders, middlewares and pipelines.  Stage
times are measured inside the crawl (wenming/seconds/* stats): link
extraction, topic filter, parsing, storing, crawl log; the rest of the
wall time is Scrapy/Twisted itself (scheduling, downloading, HTTP parsing).
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STAGES = ("links", "topic", "parse", "enrich", "store", "log")
WORKER_STAGES = ("workers_parse", "workers_enrich")
PARSE_MODES = {"later": -1, "worker": 1, "inline": 0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(extra: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-m", "crawler.testsite.server", "--port", str(port), "--extra", str(extra),
                             "--per-page", "20"],
                            cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, stdout=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the sample server did not start")


def cpu_seconds(pid: int) -> float:
    """User+system CPU seconds of a process (Linux /proc), 0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def report(stats: dict, total: float, db: Path) -> None:
    import sqlite3

    pages = stats.get("downloader/response_count", 0)
    wall = stats.get("elapsed_time_seconds") or total
    con = sqlite3.connect(db)
    articles, failed, fetched = con.execute(
        "select sum(outcome = 'stored'), sum(outcome = 'parse-failed'), sum(outcome = 'fetched') from crawl_log "
        "where kind = 'article'").fetchone()
    latency = con.execute("select avg(elapsed_ms), max(elapsed_ms) from crawl_log where status = 200").fetchone()
    con.close()
    print(f"start-up {total - wall:.2f} s, then")
    print(f"pages fetched: {pages} in {wall:.2f} s -> {pages / wall:.1f} pages/s "
          f"({stats.get('item_scraped_count', 0)} articles kept, {stats.get('item_dropped_count', 0)} off-topic)")
    if fetched:
        print(f"articles fetched and kept raw: {fetched}, parsed after the crawl (below)")
    else:
        print(f"articles parsed: {articles or 0}, parse failures: {failed or 0}"
              + ("  (no HTML parser yet: parse time is only the failed attempt)" if failed and not articles else ""))
    print(f"download latency per page: avg {latency[0] or 0:.1f} ms, max {latency[1] or 0} ms (concurrent)")
    print("where the time goes (seconds of the crawl's one thread):")
    spent = 0.0
    for stage in STAGES:
        sec = stats.get(f"wenming/seconds/{stage}", 0.0)
        spent += sec
        print(f"  {stage:<8} {sec:7.2f} s  {100 * sec / wall:5.1f} %")
    rest = max(0.0, wall - spent)
    print(f"  {'scrapy':<8} {rest:7.2f} s  {100 * rest / wall:5.1f} %  (engine, downloads, HTTP; waits on slow pages)")
    worker = {s: stats.get(f"wenming/seconds/{s}", 0.0) for s in WORKER_STAGES}
    if any(worker.values()):
        print("in the parse workers (other processes, beside the crawl):")
        for stage, sec in worker.items():
            print(f"  {stage.split('_')[1]:<8} {sec:7.2f} s")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="wenming bench crawl", description=__doc__.splitlines()[0])
    p.add_argument("--extra", type=int, default=500, help="generated articles per outlet (default: %(default)s)")
    p.add_argument("--outlets", default="", help="comma-separated outlet keys (default: all bundled)")
    p.add_argument("--parse", choices=sorted(PARSE_MODES), default="later",
                   help="when articles are parsed and enriched: after the crawl on every core (later, default), "
                        "in one worker process during it (worker), or in the crawl's thread (inline)")
    args = p.parse_args(argv)

    from crawler.testsite.site import STYLES
    from pipelines.crawl.run import crawl_settings, run_crawl

    keys = [k for k in args.outlets.split(",") if k] or list(STYLES)  # the outlets the sample site serves
    server, url = start_server(args.extra)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            settings = crawl_settings(str(db), mode="local", site=url,
                                      extra={"LOG_LEVEL": "ERROR", "DOWNLOAD_TIMEOUT": 2.0,
                                             "WENMING_PARSE_WORKERS": PARSE_MODES[args.parse],
                                             "CONCURRENT_REQUESTS": 64, "CONCURRENT_REQUESTS_PER_DOMAIN": 32})
            t0, cpu0, server0 = time.perf_counter(), time.process_time(), cpu_seconds(server.pid)
            stats = run_crawl(keys, settings)
            wall = time.perf_counter() - t0
            report(stats, wall, db)
            cpu = time.process_time() - cpu0
            pages = max(1, stats.get("downloader/response_count", 0))
            wall = stats.get("elapsed_time_seconds") or wall
            print(f"cpu: crawler {cpu:.2f} s ({1000 * cpu / pages:.1f} ms per page with start-up: "
                  f"{pages / cpu:.0f} pages/s per free core), sample server "
                  f"{cpu_seconds(server.pid) - server0:.2f} s; {wall:.2f} s wall on {os.cpu_count()} cores, "
                  f"load average {os.getloadavg()[0]:.1f}")
            if args.parse == "later":
                from pipelines.crawl.run import parse_after

                parsed = parse_after(str(db))
                n = max(1, parsed["articles"])
                print(f"then parsing and enriching {parsed['articles']} articles on {os.cpu_count()} processes: "
                      f"{parsed['wall']:.2f} s -> {parsed['articles'] / max(parsed['wall'], 1e-9):.1f} articles/s "
                      f"(per article: parse {1000 * parsed['parse'] / n:.1f} ms, enrich {1000 * parsed['enrich'] / n:.1f} ms; "
                      f"{parsed.get('failed', 0)} failed)")
                print(f"end to end: {pages / (wall + parsed['wall']):.1f} pages/s")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
