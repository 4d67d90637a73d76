"""`wenming ingest`: the one writer of a distributed crawl.

Workers (`wenming crawl --redis URL`, crawler/streams.py) keep no database;
this process reads their stream with a consumer group, and for each entry
writes what a single-machine crawl writes (pipelines/crawl/db.py,
pipelines/importer.py): crawl_log rows and outcomes, crawl_runs, raw pages,
parsed and enriched articles or failures, article versions; then it places the
new articles in story clusters.  An entry is acknowledged (and deleted from
the stream) only after it is committed.

Restarts: a writer killed with -9 takes over its pending entries (XAUTOCLAIM)
before reading new ones.  Every entry is applied at most once: the last
applied entry id is kept in the database (`ingest_state`) with the entry's
writes, crawl_log and crawl_runs ids are made from entry ids, raw pages and
articles are keyed by their content and URL; articles left without a story
cluster by a kill are clustered at the next start.

Every response the workers sent (article pages, list pages, robots.txt,
error pages) is appended to a web archive, by default
warc/ingest-TIME.warc.gz beside the database, as a one-machine crawl records
its own.

After each commit the writer tells the workers what they need not fetch again:
`KEY:known:OUTLET` (article URL -> first and last fetch) and `KEY:finished`
(outlets whose crawl ran to its end, for incremental stops).  Only one writer
may run: it holds `KEY:writer`.
"""
from __future__ import annotations

import json
import os
import socket
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

import redis

from crawler.streams import Keys, decode, entry_number
from pipelines import store

from ..importer import Fetched, Summary, cluster, prepare, save_prepared, save_raw_pages, warm_up
from .db import DONE, crawl_db, known_articles, save_version, set_outcome

GROUP = "writer"
LOCK_MS = 30_000
LOG_COLUMNS = ("run_id", "outlet", "url", "kind", "attempt", "status", "error", "outcome", "reason", "fetched_at",
               "elapsed_ms", "size", "raw_id", "worker")


class Archive:
    """The writer's web archive: every response the workers sent, appended to one .warc.gz."""

    SKIP = ("content-length", "transfer-encoding", "content-encoding")

    def __init__(self, path: Path):
        from warcio.warcwriter import WARCWriter

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path, self.file = path, open(path, "ab")
        self.writer = WARCWriter(self.file, gzip=True)

    def add(self, url: str, status: int | None, headers: dict, body: bytes, fetched_at: str | None) -> None:
        from io import BytesIO

        from warcio.statusandheaders import StatusAndHeaders

        http = StatusAndHeaders(f"{status or 200} -", [(k, v) for k, v in headers.items() if k.lower() not in self.SKIP]
                                + [("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        date = (fetched_at or store.now()).replace("+00:00", "Z")
        self.writer.write_record(self.writer.create_warc_record(
            url, "response", payload=BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict={"WARC-Date": date}))

    def flush(self) -> None:
        self.file.flush()

    def close(self) -> None:
        self.file.close()


def default_archive(db_path: str) -> Path:
    """warc/ingest-YYYYmmddTHHMMSS-PID.warc.gz beside the database."""
    from datetime import datetime, timezone

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return Path(db_path).resolve().parent / "warc" / f"ingest-{stamp}-{os.getpid()}.warc.gz"


class WriterBusy(Exception):
    """Another writer holds the crawl's lock."""


def newer(a: str, b: str | None) -> bool:
    """Whether stream entry id a comes after b."""
    if not b:
        return True
    pa, pb = a.split("-"), b.split("-")
    return (int(pa[0]), int(pa[1])) > (int(pb[0]), int(pb[1]))


class Writer:
    def __init__(self, db, server: redis.Redis, key: str = "wenming", parse_workers: int = 0, progress=sys.stderr):
        self.db, self.redis, self.keys = db, server, Keys(key)
        self.me = f"{socket.gethostname()}:{os.getpid()}"
        self.progress, self.parse_workers, self.pool = progress, parse_workers, None
        self.counts, self.seconds = Counter(), Counter()
        self.renewed = 0.0
        self.archive: Archive | None = None
        self.summary = Summary()
        row = self.db.execute("select last_entry from ingest_state where stream = ?", [self.keys.stream]).fetchone()
        self.last = row[0] if row else None

    # -- one writer ---------------------------------------------------------------------
    def lock(self, wait: float = LOCK_MS / 1000 + 2) -> None:
        deadline = time.monotonic() + wait
        told = False
        while not self.redis.set(self.keys.writer, self.me, nx=True, px=LOCK_MS):
            owner = (self.redis.get(self.keys.writer) or b"").decode()
            host, _, pid = owner.partition(":")
            if host == socket.gethostname() and pid.isdigit() and not pid_alive(int(pid)):
                self.redis.delete(self.keys.writer)  # killed on this machine: its lock is stale
                continue
            if time.monotonic() > deadline:
                raise WriterBusy(f"another writer ({owner}) is ingesting {self.keys.stream}; only one may own the "
                                 "database: stop it first")
            if not told and self.progress:
                print(f"  waiting for the lock of writer {owner} to expire", file=self.progress)
                told = True
            time.sleep(0.5)

    def renew(self, every: float = 5.0) -> None:
        """Keep the lock (at most every `every` s); one that expired while nobody else took it is taken again."""
        t = time.monotonic()
        if t - self.renewed < every:
            return
        owner = self.redis.get(self.keys.writer)
        if owner is None and not self.redis.set(self.keys.writer, self.me, nx=True, px=LOCK_MS) or \
                owner is not None and owner != self.me.encode():
            raise WriterBusy(f"another writer ({(owner or b'').decode()}) took the lock {self.keys.writer} "
                             f"while this one was busy for over {LOCK_MS // 1000} s; stop one of them")
        self.redis.pexpire(self.keys.writer, LOCK_MS)
        self.renewed = t

    def unlock(self) -> None:
        if self.redis.get(self.keys.writer) == self.me.encode():
            self.redis.delete(self.keys.writer)

    # -- start-up ---------------------------------------------------------------------------
    def start(self) -> None:
        try:
            self.redis.xgroup_create(self.keys.stream, GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        unclustered = [r[0] for r in self.db.execute("select id from articles where cluster_id is null")]
        if unclustered:  # stored by a writer killed before it clustered them
            self.summary.article_ids.extend(unclustered)
            cluster(self.db, self.summary)
            self.summary.article_ids.clear()
        self.publish_known()

    def publish_known(self, urls: set[tuple[str, str]] | None = None) -> None:
        """Tell the workers which articles are dealt with (all of them, or these (outlet, url))."""
        pipe = self.redis.pipeline(transaction=False)
        if urls is None:
            outlets = [r[0] for r in self.db.execute("select distinct outlet from crawl_log where outlet is not null")]
            for outlet in outlets:
                known = known_articles(self.db, outlet)
                for url, span in known.items():
                    pipe.hset(self.keys.known(outlet), url, json.dumps(span))
            for (outlets_json,) in self.db.execute("select outlets from crawl_runs where reason = 'finished'"):
                for outlet in json.loads(outlets_json or "[]"):
                    pipe.sadd(self.keys.finished, outlet)
        else:
            marks = ",".join("?" * len(DONE))
            for outlet, url in urls:
                first, last = self.db.execute(
                    f"select min(fetched_at), max(fetched_at) from crawl_log where url = ? and kind = 'article' "
                    f"and outcome in ({marks})", [url, *DONE]).fetchone()
                if first:
                    pipe.hset(self.keys.known(outlet), url, json.dumps([first, last]))
        pipe.execute()

    # -- reading -----------------------------------------------------------------------------
    def pending(self, count: int) -> list:
        """Entries delivered to a writer before and never acknowledged (it was killed), oldest first."""
        _, entries, *_ = self.redis.xautoclaim(self.keys.stream, GROUP, self.me, 0, "0-0", count=count)
        return [(eid, fields) for eid, fields in entries if fields]

    def read(self, count: int, block_ms: int) -> list:
        got = self.redis.xreadgroup(GROUP, self.me, {self.keys.stream: ">"}, count=count, block=block_ms)
        return got[0][1] if got else []

    # -- writing -------------------------------------------------------------------------------
    def apply(self, entries: list) -> None:
        """Write a batch of entries, commit, then acknowledge and delete them."""
        t0 = time.perf_counter()
        touched: set[tuple[str, str]] = set()
        finished: set[str] = set()
        todo = []
        for eid, fields in entries:
            try:
                todo.append((eid.decode(), *decode(fields)))
            except (KeyError, ValueError) as exc:
                self.set_aside(eid.decode(), fields, f"unreadable entry: {type(exc).__name__}: {exc}")
        todo = [t for t in todo if newer(t[0], self.last)]
        prepared = self.prepare_all(todo)
        raw = dict(entries)
        for eid, kind, data, bodies in todo:
            try:
                done = self.on_entry(eid, kind, data, bodies, prepared.get(eid))
            except sqlite3.OperationalError:  # the database, not the entry (locked, disk full): stop, retry later
                raise
            except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the writer
                self.set_aside(eid, raw[eid.encode()], f"{type(exc).__name__}: {exc}")
                done = set()
            (finished if kind == "run-end" else touched).update(done)
            self.renew()
            self.last = eid
            self.db.execute("insert or replace into ingest_state (stream, last_entry, updated_at) values (?, ?, ?)",
                            [self.keys.stream, eid, store.now()])
        if self.archive:
            self.archive.flush()
        self.db.conn.commit()
        self.seconds["write"] += time.perf_counter() - t0
        t1 = time.perf_counter()
        if self.summary.article_ids:
            cluster(self.db, self.summary)
            self.db.conn.commit()
            self.summary.article_ids.clear()
        self.seconds["cluster"] += time.perf_counter() - t1
        t2 = time.perf_counter()
        self.publish_known(touched)
        if finished:
            self.redis.sadd(self.keys.finished, *finished)
        ids = [eid for eid, _ in entries]
        pipe = self.redis.pipeline()
        pipe.xack(self.keys.stream, GROUP, *ids)
        pipe.xdel(self.keys.stream, *ids)
        pipe.execute()
        self.seconds["acknowledge"] += time.perf_counter() - t2
        self.counts["entries"] += len(entries)

    def on_entry(self, eid: str, kind: str, data: dict, bodies: list[bytes], future=None) -> set:
        if kind == "article":
            if self.archive:
                for page, body in zip(data["pages"], bodies):
                    self.archive.add(page["url"], page.get("status"), page.get("headers") or {}, body, data["fetched_at"])
            return self.on_article(eid, data, bodies, future)
        if kind == "response":
            return self.on_response(eid, data, bodies) or set()
        handler = getattr(self, "on_" + kind.replace("-", "_"), None)
        if handler is None:
            raise ValueError(f"unknown entry type {kind!r} (a worker newer than this writer?)")
        return handler(eid, data) or set()

    def set_aside(self, eid: str, fields: dict, reason: str) -> None:
        """An entry that cannot be stored goes, whole, to KEY:failed with the reason, and the writer goes on."""
        self.redis.xadd(f"{self.keys.base}:failed", {**fields, b"entry": eid, b"reason": reason})
        self.counts["set aside"] += 1
        if self.progress:
            print(f"  entry {eid} could not be stored ({reason}); kept in {self.keys.base}:failed", file=self.progress)

    def prepare_all(self, todo) -> dict:
        """Parse and enrich the batch's articles in the worker processes (with --parse-workers)."""
        if not self.pool:
            return {}
        return {eid: self.pool.submit(prepare, pages_of(data, bodies))
                for eid, kind, data, bodies in todo if kind == "article"}

    def on_fetch(self, eid: str, row: dict) -> None:
        row = {k: v for k, v in row.items() if k in LOG_COLUMNS}
        if row.get("run_id"):
            row["run_id"] = entry_number(row["run_id"])
        row = {"id": entry_number(eid), **row}
        self.db.conn.execute(f"insert or ignore into crawl_log ({', '.join(row)}) values ({', '.join('?' * len(row))})",
                             list(row.values()))
        self.counts["fetches"] += 1

    def on_outcome(self, eid: str, data: dict) -> set[tuple[str, str]]:
        ids = [entry_number(i) for i in data["ids"] if i]
        set_outcome(self.db, ids, data["outcome"], data.get("reason"), data.get("raw_id"))
        if data["outcome"] not in DONE or not ids:
            return set()
        rows = self.db.execute(f"select outlet, url from crawl_log where kind = 'article' and id in "
                               f"({','.join('?' * len(ids))})", ids).fetchall()
        return {tuple(r) for r in rows}

    def on_response(self, eid: str, data: dict, bodies: list[bytes]) -> None:
        if self.archive:
            self.archive.add(data["url"], data.get("status"), data.get("headers") or {}, bodies[0], data.get("fetched_at"))
        self.counts["responses archived"] += 1

    def on_run(self, eid: str, data: dict) -> None:
        self.db.conn.execute("insert or ignore into crawl_runs (id, outlets, mode, worker, started_at) "
                             "values (?, ?, ?, ?, ?)", [entry_number(eid), json.dumps(data["outlets"]), data["mode"],
                                                        data["worker"], data["started_at"]])

    def on_run_end(self, eid: str, data: dict) -> set[str]:
        run = entry_number(data["run_id"])
        self.db.conn.execute("update crawl_runs set finished_at = ?, reason = ?, stats = ? where id = ?",
                             [data["finished_at"], data["reason"], data["stats"], run])
        self.counts["runs ended"] += 1
        if data["reason"] != "finished":
            return set()
        row = self.db.execute("select outlets from crawl_runs where id = ?", [run]).fetchone()
        return set(json.loads(row[0])) if row else set()

    def on_article(self, eid: str, data: dict, bodies: list[bytes], future=None) -> set[tuple[str, str]]:
        outcome = store_article(self, data, bodies, future)
        self.counts[outcome] += 1
        return {(data["outlet"], data["url"])}

    # -- the loop ----------------------------------------------------------------------------------
    def workers_alive(self) -> bool:
        return any(True for _ in self.redis.scan_iter(match=self.keys.alive, count=100))

    def run(self, drain: bool = False, batch: int = 100, idle_s: float = 2.0) -> None:
        """Store pending entries, then new ones as they come; call with the lock held (`lock`)."""
        try:
            t0 = time.perf_counter()
            self.renew()
            self.start()
            self.seconds["start"] += time.perf_counter() - t0
            self.renew()
            while entries := self.pending(batch):
                self.counts["taken over"] += len(entries)
                self.apply(entries)
                self.renew()
            quiet_since = None
            while True:
                t0 = time.perf_counter()
                entries = self.read(batch, 1000)
                self.seconds["wait"] += time.perf_counter() - t0
                self.renew()
                if entries:
                    quiet_since = None
                    self.apply(entries)
                    self.report()
                    continue
                if not drain:
                    continue
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since >= idle_s and self.done():
                    break
        finally:
            self.unlock()

    def done(self) -> bool:
        """Nothing left to ingest: the stream is empty, no worker is alive and some crawl has ended."""
        ended = self.db.execute("select 1 from crawl_runs where finished_at is not null limit 1").fetchone()
        return bool(ended) and not self.redis.xlen(self.keys.stream) and not self.workers_alive()

    def report(self, every: float = 10.0) -> None:
        """A progress line every `every` seconds."""
        t = time.monotonic()
        if self.progress and t - getattr(self, "_reported", 0.0) >= every:
            self._reported = t
            print(f"  {self.line()}; {self.redis.xlen(self.keys.stream)} entries waiting", file=self.progress)

    def line(self) -> str:
        c = self.counts
        return (f"ingested {c['entries']} entries: {c['fetches']} fetches logged, {c['stored']} articles stored, "
                f"{c['parse-failed']} failed, {c['unchanged']} unchanged, {c['runs ended']} worker runs ended"
                + (f" ({c['taken over']} left pending by a stopped writer)" if c["taken over"] else "")
                + (f"; {c['set aside']} set aside in {self.keys.base}:failed" if c["set aside"] else ""))


def store_article(writer: Writer, data: dict, bodies: list[bytes], future=None) -> str:
    """An article's pages as crawl/store.py stores them: raw pages, parsed and enriched article (or failure),
    version, outcome in the crawl log.  Safe to repeat after a kill: the same rows come out."""
    db, url, digest, fetched_at = writer.db, data["url"], data["digest"], data["fetched_at"]
    fetch_ids = [entry_number(p["fetch_id"]) if p.get("fetch_id") else None for p in data["pages"]]
    last = db.execute("select text_hash, fetched_at from article_versions where url = ? order by version desc "
                      "limit 1", [url]).fetchone()
    # the same text from an earlier fetch (a re-check, or a page fetched again after a worker was killed);
    # the same fetch seen again (this entry half-applied by a killed writer) is stored again, idempotently
    if last and last[0] == digest and last[1] != fetched_at:
        set_outcome(db, fetch_ids, "unchanged", "re-checked: same text as stored")
        return "unchanged"
    pages = pages_of(data, bodies)
    fetched = Fetched(pages, fetched_at=fetched_at, via="crawl", outlet=outlet_name(data.get("outlet")),
                      incomplete=data.get("incomplete"))
    t0 = time.perf_counter()
    raw_ids = save_raw_pages(db, pages, via="crawl", fetched_at=fetched_at)
    t1 = time.perf_counter()
    prepared = future.result() if future else prepare(pages)
    t2 = time.perf_counter()
    writer.seconds["parse"] += prepared.seconds["parse"]
    writer.seconds["enrich"] += prepared.seconds["enrich"]
    article, _ = save_prepared(db, raw_ids, prepared, fetched=fetched, summary=writer.summary)
    version = save_version(db, url, raw_ids[0], digest, fetched_at)
    outcome, reason = ("parse-failed", article.error) if article.error else ("stored", data.get("incomplete"))
    if version and version > 1:  # a re-check found an edit: the old text stays in raw_pages
        reason = "; ".join(filter(None, [f"edited: version {version}", reason]))
    for fid, rid in zip(fetch_ids, raw_ids):  # the first page's row stands for the article
        set_outcome(db, fid, outcome, reason if fid == fetch_ids[0] else f"page of {url}", rid)
    writer.seconds["store"] += (t1 - t0) + (time.perf_counter() - t2)
    if future:
        writer.seconds["parse wait"] += t2 - t1
    return outcome


def outlet_name(key: str | None) -> str | None:
    """The outlet's name, for pages whose host does not tell it (as the one-machine crawl passes it)."""
    from crawler.sources import load_outlets

    outlet = load_outlets().get(key or "")
    return outlet.name if outlet else None


def pages_of(data: dict, bodies: list[bytes]) -> list[tuple[bytes, str, dict]]:
    return [(body, page["url"], page.get("headers") or {}) for page, body in zip(data["pages"], bodies)]


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def ingest(url: str, db_path: str, key: str = "wenming", drain: bool = False, parse_workers: int = 0,
           batch: int = 100, warc: str | None = None, progress=sys.stderr) -> Writer:
    """Run the writer until interrupted (or, with drain, until the crawl is over and everything is stored)."""
    from .db import close_all

    server = redis.Redis.from_url(url)
    server.ping()
    writer = Writer(crawl_db(db_path), server, key, parse_workers, progress)
    writer.lock()
    if warc != "":  # None: the default archive beside the database
        writer.archive = Archive(Path(warc) if warc else default_archive(db_path))
    t0 = time.perf_counter()
    warm_up()
    writer.seconds["warm-up"] = time.perf_counter() - t0
    writer.renew()
    if parse_workers > 0:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        writer.pool = ProcessPoolExecutor(parse_workers, mp_context=get_context("spawn"), initializer=warm_up)
    try:
        writer.run(drain=drain, batch=batch)
    finally:
        if writer.pool:
            writer.pool.shutdown(wait=True)
        if writer.archive:
            writer.archive.close()
        close_all()
    return writer
