"""Parse crawled articles after the crawl, in parallel: the crawl keeps up with the network, the
parsers with the cores.

With WENMING_PARSE_WORKERS = -1 the crawl stores raw pages only (outcome
"fetched"); `parse_pending` then parses and enriches every fetched article in
a process pool and stores it from this process, the one writer.  Pending
articles left by a killed crawl are picked up by the next one.
"""
from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from .db import set_outcome
from parsers.record import error_record

from ..importer import Fetched, Prepared, Summary, cluster, prepare, save_prepared, warm_up


def pending(db) -> list[dict]:
    """Fetched, not yet parsed articles: their crawl_log rows and pages (raw ids), first page first."""
    out = []
    for fid, url, rid, run in db.execute("select id, url, raw_id, run_id from crawl_log where kind = 'article' "
                                         "and outcome = 'fetched' order by id").fetchall():
        later = db.execute("select id, raw_id from crawl_log where kind = 'page' and outcome = 'fetched' "
                           "and reason = ? and run_id is ? order by id", [f"page of {url}", run]).fetchall()
        out.append({"url": url, "fetch_ids": [fid] + [i for i, _ in later], "raw_ids": [rid] + [r for _, r in later]})
    return out


def load_pages(db, raw_ids: list[str]) -> tuple[list[tuple[bytes, str, dict]], str | None]:
    rows = {r[0]: r[1:] for r in db.execute(
        f"select id, body, url, headers, fetched_at from raw_pages where id in ({','.join('?' * len(raw_ids))})",
        raw_ids).fetchall()}
    pages = [(rows[r][0], rows[r][1], json.loads(rows[r][2] or "{}")) for r in raw_ids if r in rows]
    return pages, rows[raw_ids[0]][3] if raw_ids[0] in rows else None


def parse_pending(db, workers: int | None = None, progress=sys.stderr) -> dict:
    """Parse every fetched article; returns counts and seconds (wall, parse, enrich)."""
    todo = pending(db)
    summary, seconds = Summary(), {"parse": 0.0, "enrich": 0.0}
    if not todo:
        return {"articles": 0, "wall": 0.0, **seconds}
    t0 = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=warm_up) as pool:
        loaded = [(a, *load_pages(db, a["raw_ids"])) for a in todo]
        futures = [(a, fetched_at, pool.submit(prepare, pages)) for a, pages, fetched_at in loaded if pages]
        for n, (a, fetched_at, future) in enumerate(futures, 1):
            try:
                prepared = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker died on this page: it fails alone
                prepared = Prepared(error_record(a["url"], f"parse failed: worker process: {type(exc).__name__}"))
            seconds["parse"] += prepared.seconds["parse"]
            seconds["enrich"] += prepared.seconds["enrich"]
            fetched = Fetched([], fetched_at=fetched_at, via="crawl")
            article, _ = save_prepared(db, a["raw_ids"], prepared, fetched=fetched, summary=summary)
            outcome, reason = ("parse-failed", article.error) if article.error else ("stored", None)
            set_outcome(db, a["fetch_ids"][0], outcome, reason)
            set_outcome(db, a["fetch_ids"][1:], outcome, f"page of {a['url']}")
            if progress and n % 500 == 0:
                print(f"  parsed {n}/{len(futures)}", file=progress)
    cluster(db, summary)
    return {"articles": len(futures), "wall": time.perf_counter() - t0, **seconds,
            "stored": summary.counts["articles"], "failed": summary.counts["failed"]}
