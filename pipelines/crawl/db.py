"""The crawl's side of the knowledge base: crawl log, runs, known articles, versions.

One connection per database file and process, shared by the crawler's
middlewares, pipelines and extensions (they all run in the reactor thread).
Every write commits at once (WAL, synchronous=NORMAL): a crawl killed with -9
loses nothing it had recorded, and a restart knows every article it stored.

A worker of a distributed crawl keeps no database: its WENMING_DB is a Redis
URL, `crawl_db` gives a crawler.streams.CrawlStream, and each call below hands
its write (or read) to that stream; `wenming ingest` applies the writes here.
"""
from __future__ import annotations

import json
import os
import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils

from .. import store

_OPEN: dict[str, sqlite_utils.Database] = {}
DONE = ("stored", "parse-failed", "off-topic", "unchanged", "fetched")  # outcomes that make an article known


def crawl_db(path: str | Path) -> sqlite_utils.Database:
    if _is_stream(path):  # a distributed worker: redis://HOST:PORT/DB#KEY
        from crawler.streams import CrawlStream

        if path not in _OPEN:
            _OPEN[path] = CrawlStream.connect(path)
        return _OPEN[path]
    key = str(Path(path).resolve())
    if key not in _OPEN:  # open_db is safe when several crawler processes create the same new file
        _OPEN[key] = store.open_db(Path(path), synchronous="NORMAL")
    return _OPEN[key]


def _is_stream(path) -> bool:
    from crawler.streams import is_stream

    return is_stream(path)


def is_stream(db) -> bool:
    """Whether the crawl log is a distributed worker's stream (crawler/streams.py) rather than SQLite."""
    return getattr(db, "is_stream", False)


def close_all() -> None:
    while _OPEN:
        _OPEN.popitem()[1].close()


def worker_name(setting: str = "") -> str:
    return setting or f"{socket.gethostname()}:{os.getpid()}"


def log_fetch(db, **row) -> int:
    """Add a crawl_log row; plain SQL, as this runs for every fetch."""
    if is_stream(db):
        return db.log_fetch(**row)
    row.setdefault("fetched_at", store.now())
    cur = db.conn.execute(f"insert into crawl_log ({', '.join(row)}) values ({', '.join('?' * len(row))})",
                          list(row.values()))
    db.conn.commit()
    return cur.lastrowid


def set_outcome(db, fetch_ids, outcome: str, reason: str | None = None, raw_id: str | None = None) -> None:
    ids = [i for i in (fetch_ids if isinstance(fetch_ids, (list, tuple)) else [fetch_ids]) if i]
    if not ids or db is None:
        return
    if is_stream(db):
        return db.set_outcome(ids, outcome, reason, raw_id)
    values = {"outcome": outcome, "reason": reason}
    if raw_id:
        values["raw_id"] = raw_id
    sets = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"update crawl_log set {sets} where id in ({','.join('?' * len(ids))})", [*values.values(), *ids])
    db.conn.commit()


def known_articles(db, outlet: str) -> dict[str, tuple[str, str]]:
    """Article URLs of an outlet already dealt with: url -> (first fetched, last fetched)."""
    if is_stream(db):
        return db.known_articles(outlet)
    marks = ",".join("?" * len(DONE))
    rows = db.execute(f"select url, min(fetched_at), max(fetched_at) from crawl_log where outlet = ? "
                      f"and kind = 'article' and outcome in ({marks}) group by url", [outlet, *DONE]).fetchall()
    return {url: (first, last) for url, first, last in rows}


def due_for_recheck(known: dict[str, tuple[str, str]], days: float, every_hours: float) -> list[str]:
    """Recent articles (first seen within `days`) not fetched for `every_hours`."""
    now = datetime.now(timezone.utc)
    young, stale = (now - timedelta(days=days)).isoformat(), (now - timedelta(hours=every_hours)).isoformat()
    return sorted(u for u, (first, last) in known.items() if days > 0 and first >= young and last <= stale)


def has_finished_crawl(db, outlet: str) -> bool:
    """Whether a crawl of this outlet ever ran to its end (then a listing may stop at known links)."""
    if is_stream(db):
        return db.has_finished_crawl(outlet)
    return bool(db.execute("select 1 from crawl_runs where reason = 'finished' and outlets like ?",
                           [f'%"{outlet}"%']).fetchone())


def start_run(db, outlets: list[str], mode: str, worker: str) -> int:
    if is_stream(db):
        return db.start_run(outlets, mode, worker)
    note_killed_runs(db)
    return db["crawl_runs"].insert({"outlets": json.dumps(outlets), "mode": mode, "worker": worker,
                                    "started_at": store.now(), "host": socket.gethostname(),
                                    "pid": os.getpid()}).last_pk


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def note_killed_runs(db) -> list[int]:
    """Runs of this machine that never closed and whose process is gone were killed (kill -9, power,
    out of memory): give them that reason, so crawl_runs never shows a dead run as unfinished."""
    host, killed = socket.gethostname(), []
    for run_id, run_host, pid, worker in db.execute(
            "select id, host, pid, worker from crawl_runs where finished_at is null and reason is null").fetchall():
        if run_host is None and worker and ":" in worker:  # runs recorded before host and pid had columns
            run_host, _, digits = worker.rpartition(":")
            pid = int(digits) if digits.isdigit() else None
        if run_host == host and pid and pid != os.getpid() and not alive(pid):
            db["crawl_runs"].update(run_id, {"reason": f"killed: process {pid} ended without closing the run "
                                                       f"(noticed {store.now()})"})
            killed.append(run_id)
    db.conn.commit()
    return killed


def finish_run(db, run_id: int, reason: str, stats: dict) -> None:
    if is_stream(db):
        return db.finish_run(run_id, reason, stats)
    db["crawl_runs"].update(run_id, {"finished_at": store.now(), "reason": reason,
                                     "stats": json.dumps(stats, default=str, ensure_ascii=False)})


def save_version(db, url: str, raw_id: str | None, text_hash: str, fetched_at: str) -> int | None:
    """Record this text of the article; the new version number, or None when the text is unchanged."""
    last = db.execute("select version, text_hash from article_versions where url = ? order by version desc limit 1",
                      [url]).fetchone()
    if last and last[1] == text_hash:
        return None
    version = (last[0] + 1) if last else 1
    db["article_versions"].insert({"url": url, "version": version, "raw_id": raw_id, "text_hash": text_hash,
                                   "fetched_at": fetched_at}, replace=True)
    return version


class CrawlComponent:
    """Base of the Scrapy components (middlewares, item pipelines, extensions) that write the crawl's
    tables: Scrapy builds each from the crawler, and each keeps the crawler and the crawl's database
    (or, on a distributed worker, its stream)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.db = crawl_db(crawler.settings["WENMING_DB"])

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)
