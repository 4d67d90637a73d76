"""A worker of a distributed crawl keeps no database: its crawl log and the pages it fetched go to a Redis stream.

With `wenming crawl --redis URL` every change a worker makes to the crawl log
(a fetch, an outcome, a run starting or ending) and every fetched article
(raw bytes of each of its pages, URL, headers, fetch time, outlet) becomes an
entry of one stream, `KEY:stream`, in the order the worker made them; `wenming
ingest` (pipelines/crawl/ingest.py), the one process that owns the SQLite
file, reads the entries with a consumer group and stores them.

`CrawlStream` answers the calls the SQLite crawl log answers
(pipelines/crawl/db.py: log_fetch, set_outcome, known_articles,
has_finished_crawl, start_run, finish_run), so the spider, the fetch log and
the topic filter run unchanged; a fetch's id is its stream entry id.  The
articles a worker must not fetch again (`KEY:known:OUTLET`) and the outlets
that have had a finished crawl (`KEY:finished`) are written by the writer
after it commits, and read here.

List pages, robots.txt and error responses travel too (`response` entries),
for the writer's web archive.

Backpressure: while the stream holds more than WENMING_STREAM_MAX entries
(the writer is behind, or not running), a worker starts no new download.
"""
from __future__ import annotations

import json
import logging
import time

import redis
from scrapy.exceptions import NotConfigured

from crawler.pagetext import text_hash
from crawler.timing import timed

logger = logging.getLogger(__name__)

SCHEMES = ("redis://", "rediss://", "unix://")
STREAM_MAX = 2000


def is_stream(target) -> bool:
    """Whether a crawl's WENMING_DB names a Redis stream (a distributed worker) rather than a SQLite file."""
    return str(target).startswith(SCHEMES)


def stream_target(url: str, key: str = "wenming") -> str:
    return f"{url}#{key}"


def parse_target(target: str) -> tuple[str, str]:
    url, _, key = str(target).partition("#")
    return url, key or "wenming"


class Keys:
    """Names of the Redis keys one distributed crawl uses (KEY is WENMING_REDIS_KEY, "wenming" by default)."""

    def __init__(self, base: str = "wenming"):
        self.base = base
        self.stream = f"{base}:stream"
        self.finished = f"{base}:finished"
        self.writer = f"{base}:writer"
        self.alive = f"{base}:alive:*"

    def known(self, outlet: str) -> str:
        return f"{self.base}:known:{outlet}"


def entry_number(entry_id: str | bytes) -> int:
    """The stream entry id "MS-SEQ" as one integer: the crawl_log (or crawl_runs) id of that entry.
    Unique (Redis never repeats an id in a stream) and the same each time the entry is read."""
    ms, _, seq = (entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)).partition("-")
    return int(ms) << 20 | int(seq or 0)


def encode(kind: str, data: dict, bodies: list[bytes] | tuple = ()) -> dict:
    fields: dict = {"type": kind, "data": json.dumps(data, ensure_ascii=False, default=str)}
    for i, body in enumerate(bodies):
        fields[f"body{i}"] = body
    return fields


def decode(fields: dict) -> tuple[str, dict, list[bytes]]:
    """(kind, data, page bodies) of an entry as read from Redis (bytes keys and values)."""
    get = {(k.decode() if isinstance(k, bytes) else k): v for k, v in fields.items()}
    kind = get["type"].decode() if isinstance(get["type"], bytes) else get["type"]
    bodies, i = [], 0
    while f"body{i}" in get:
        bodies.append(get[f"body{i}"])
        i += 1
    return kind, json.loads(get["data"]), bodies


def now() -> str:
    from pipelines.store import now as store_now

    return store_now()


class CrawlStream:
    """A worker's crawl log: every write is an entry of the stream; reads come from what the writer keeps."""

    is_stream = True

    def __init__(self, url: str, key: str = "wenming"):
        self.url, self.keys = url, Keys(key)
        self.redis = redis.Redis.from_url(url)

    @classmethod
    def connect(cls, target: str) -> "CrawlStream":
        return cls(*parse_target(target))

    def close(self) -> None:
        self.redis.close()

    def add(self, kind: str, data: dict, bodies=()) -> str:
        return self.redis.xadd(self.keys.stream, encode(kind, data, bodies)).decode()

    # -- the calls of pipelines/crawl/db.py --------------------------------------------
    def log_fetch(self, **row) -> str:
        row.setdefault("fetched_at", now())
        return self.add("fetch", row)

    def set_outcome(self, fetch_ids: list, outcome: str, reason: str | None = None, raw_id: str | None = None) -> None:
        self.add("outcome", {"ids": list(fetch_ids), "outcome": outcome, "reason": reason, "raw_id": raw_id})

    def known_articles(self, outlet: str) -> dict[str, tuple[str, str]]:
        return {url.decode(): tuple(json.loads(v)) for url, v in self.redis.hgetall(self.keys.known(outlet)).items()}

    def has_finished_crawl(self, outlet: str) -> bool:
        return bool(self.redis.sismember(self.keys.finished, outlet))

    def start_run(self, outlets: list[str], mode: str, worker: str) -> str:
        return self.add("run", {"outlets": outlets, "mode": mode, "worker": worker, "started_at": now()})

    def finish_run(self, run_id: str, reason: str, stats: dict) -> None:
        self.add("run-end", {"run_id": run_id, "reason": reason, "finished_at": now(),
                             "stats": json.dumps(stats, default=str, ensure_ascii=False)})

    # -- articles and backpressure ----------------------------------------------------------
    def add_article(self, item: dict, digest: str) -> str:
        pages = [{"url": p["url"], "status": p.get("status"), "headers": p.get("headers") or {},
                  "fetch_id": p.get("fetch_id"), "encoding": p.get("encoding")} for p in item["pages"]]
        data = {"outlet": item["outlet"], "url": item["url"], "link_text": item.get("link_text", ""),
                "recheck": bool(item.get("recheck")), "incomplete": item.get("incomplete"), "digest": digest,
                "fetched_at": now(), "pages": pages}
        return self.add("article", data, [p["body"] for p in item["pages"]])

    def backlog(self) -> int:
        """Entries not yet stored by the writer (it deletes each once committed)."""
        return self.redis.xlen(self.keys.stream)


class StreamItemPipeline:
    """In place of CrawlStorePipeline on a worker: the article's pages go to the stream, for the writer."""

    def __init__(self, crawler):
        from pipelines.crawl.db import crawl_db

        self.crawler = crawler
        self.stream = crawl_db(crawler.settings["WENMING_DB"])

    @classmethod
    def from_crawler(cls, crawler):
        if not is_stream(crawler.settings["WENMING_DB"]):
            raise NotConfigured
        return cls(crawler)

    def process_item(self, item, spider=None):
        digest = text_hash(item.get("texts") or [p["body"].decode("latin-1") for p in item["pages"]])
        with timed(self.crawler.stats, "send"):
            self.stream.add_article(item, digest)
        self.crawler.stats.inc_value(f"wenming/{item['outlet']}/sent")
        return item


class StreamArchiveMiddleware:
    """Send the responses no article entry carries (list pages, robots.txt, error pages) to the stream too,
    so the writer's archive (WARC) holds the crawl as a one-machine crawl's does."""

    def __init__(self, stream: CrawlStream):
        self.stream = stream

    @classmethod
    def from_crawler(cls, crawler):
        from pipelines.crawl.db import crawl_db

        target = crawler.settings["WENMING_DB"]
        if not is_stream(target) or not crawler.settings.getbool("WENMING_STREAM_ARCHIVE", True):
            raise NotConfigured
        return cls(crawl_db(target))

    def process_response(self, request, response, spider=None):
        if request.meta.get("kind") in ("article", "page") and response.status < 400:
            return response  # its article entry carries it (or the topic filter drops it)
        headers = {k.decode().lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        self.stream.add("response", {"url": response.url, "status": response.status, "headers": headers,
                                     "outlet": request.meta.get("outlet"), "fetched_at": now()}, [response.body])
        return response


class BackpressureMiddleware:
    """Start no download while the stream holds more than WENMING_STREAM_MAX entries."""

    def __init__(self, crawler, stream: CrawlStream, limit: int):
        self.crawler, self.stream, self.limit = crawler, stream, limit
        self.paused = False

    @classmethod
    def from_crawler(cls, crawler):
        from pipelines.crawl.db import crawl_db

        target = crawler.settings["WENMING_DB"]
        limit = crawler.settings.getint("WENMING_STREAM_MAX", STREAM_MAX)
        if not is_stream(target) or limit <= 0:
            raise NotConfigured
        return cls(crawler, crawl_db(target), limit)

    async def process_request(self, request, spider=None):
        if self.stream.backlog() <= self.limit:
            return None
        t0 = time.perf_counter()
        if not self.paused:
            self.paused = True
            self.crawler.stats.inc_value("wenming/backpressure/pauses")
            logger.warning("paused: %d entries wait in %s (WENMING_STREAM_MAX=%d); waiting for `wenming ingest`",
                           self.stream.backlog(), self.stream.keys.stream, self.limit)
        while self.stream.backlog() > self.limit:
            await sleep(0.25)
        self.paused = False
        self.crawler.stats.inc_value("wenming/seconds/backpressure", time.perf_counter() - t0)
        return None


def worker_settings(url: str, key: str = "wenming") -> dict:
    """The settings that make a crawl a distributed worker: no database, a stream instead."""
    from crawler import settings as defaults

    return {
        "WENMING_DB": stream_target(url, key),
        "ITEM_PIPELINES": {**defaults.ITEM_PIPELINES, "pipelines.crawl.store.CrawlStorePipeline": None,
                           "pipelines.crawl.fieldcounts.FieldCountsPipeline": None,
                           "crawler.streams.StreamItemPipeline": 300},
        "DOWNLOADER_MIDDLEWARES": {**defaults.DOWNLOADER_MIDDLEWARES, "crawler.streams.BackpressureMiddleware": 550,
                                   "crawler.politeness.SharedDelayMiddleware": 555,
                                   "crawler.streams.StreamArchiveMiddleware": 955},
        "WENMING_WARM_UP": False,
    }


async def sleep(seconds: float) -> None:
    """Wait without blocking the crawl (the reactor is imported late: Scrapy installs its own first)."""
    from scrapy.utils.defer import deferred_to_future
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await deferred_to_future(deferLater(reactor, seconds, lambda: None))
