"""Run the crawler from the CLI: which spider, which settings, pause/resume and kill -9 safety.

Modes: the local sample server (default: started here in a thread, or
`site=` an already running one), `live` (the real sites) or `replay` (a
WARC/WACZ, no network).  With a JOBDIR, Ctrl-C pauses (Scrapy keeps the queue)
and the same command resumes; a run that died without closing (kill -9)
leaves a marker, and the next run clears the queue it cannot trust and starts
over from the list pages: articles already stored are known from the crawl
log and are not fetched again.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from scrapy.settings import Settings

from crawler import settings as defaults
from crawler.sources import load_outlets

MARKER = "wenming.running"


def spider_for(keys: list[str]):
    """The outlet's own spider when it has one, else the generic one with the outlets as argument."""
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader.from_settings(base_settings())
    if len(keys) == 1 and keys[0] in loader.list():
        return loader.load(keys[0]), {}
    return loader.load("news"), {"outlets": ",".join(keys)}


def base_settings(**overrides) -> Settings:
    s = Settings()
    s.setmodule(defaults, priority="project")
    for k, v in overrides.items():
        s.set(k, v, priority="cmdline")
    return s


def crawl_settings(db: str, *, mode: str, site: str = "", jobdir: str | None = None, warc: str | None = None,
                   replay: str | None = None, recheck: bool = False, extra: dict | None = None) -> Settings:
    over = {"WENMING_DB": db}
    if mode in ("local", "replay"):
        over.update(defaults.LOCAL)
    if mode == "local":
        over["WENMING_LOCAL_SITE"] = site
    if replay:
        over["WENMING_REPLAY"] = replay
    if jobdir:
        over["JOBDIR"] = jobdir
    if warc:
        over["WENMING_WARC"] = warc
    if recheck:
        over["WENMING_RECHECK_EVERY_HOURS"] = 0
    over.update(extra or {})
    return base_settings(**over)


def redis_settings(url: str, shards: int, shard: int, key: str = "wenming") -> dict:
    if not 0 <= shard < shards:
        raise KeyError(f"--shard must be between 0 and {shards - 1} for --shards {shards}")
    return {"SCHEDULER": "crawler.sharding.ShardedScheduler", "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_PERSIST": True, "REDIS_URL": url, "WENMING_SHARDS": shards, "WENMING_SHARD": shard,
            "WENMING_REDIS_KEY": key, "WENMING_WORKER": f"shard-{shard}"}


def default_warc(db: str) -> Path:
    """data/warc/crawl-YYYYmmddTHHMMSS.warc.gz beside the database."""
    from datetime import datetime, timezone

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return Path(db).resolve().parent / "warc" / f"crawl-{stamp}-{os.getpid()}.warc.gz"


def prepare_jobdir(jobdir: str | None, log=sys.stderr) -> None:
    if not jobdir:
        return
    path = Path(jobdir)
    if (path / MARKER).exists():
        print(f"  {jobdir}: the last crawl stopped without closing; its queue is dropped and the crawl "
              "starts again from the list pages (stored articles are not fetched again)", file=log)
        shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    (path / MARKER).write_text("a crawl is using this folder\n")


def finish_jobdir(jobdir: str | None, reason: str) -> None:
    if not jobdir:
        return
    if reason == "finished":
        shutil.rmtree(jobdir, ignore_errors=True)   # done: the next crawl is a fresh incremental one
    else:
        (Path(jobdir) / MARKER).unlink(missing_ok=True)  # paused: the same command resumes


def run_crawl(keys: list[str], settings: Settings) -> dict:
    """Crawl the outlets in this process; returns Scrapy's stats of the run."""
    from scrapy.crawler import CrawlerProcess

    from pipelines.crawl.db import close_all

    spidercls, kwargs = spider_for(keys)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spidercls)
    process.crawl(crawler, **kwargs)
    process.start()
    close_all()
    return crawler.stats.get_stats()


def crawl(keys: list[str], *, db: str, live: bool = False, site: str = "", jobdir: str | None = None,
          warc: str | None = None, replay: str | None = None, recheck: bool = False,
          extra: dict | None = None) -> dict:
    unknown = [k for k in keys if k not in load_outlets()]
    if unknown:
        raise KeyError(f"no outlet {', '.join(unknown)}; known: {', '.join(load_outlets())}")
    mode = "replay" if replay else "live" if live else "local"
    if warc is None and not replay:  # every response kept: list pages and fault pages too
        warc = str(default_warc(db))
    server = None
    if mode == "local" and not site:
        from crawler.testsite.server import SampleServer

        server = SampleServer().start()
        site = server.url
    settings = crawl_settings(db, mode=mode, site=site, jobdir=jobdir, warc=warc, replay=replay,
                              recheck=recheck, extra=extra)
    prepare_jobdir(jobdir)
    try:
        stats = run_crawl(keys, settings)
    finally:
        if server:
            server.stop()
    finish_jobdir(jobdir, stats.get("finish_reason", ""))
    parse_after(db)
    return stats


def parse_after(db: str) -> dict:
    """Parse articles the crawl only fetched (WENMING_PARSE_WORKERS=-1, or left by a killed crawl)."""
    from crawler.streams import is_stream
    from pipelines.crawl.db import close_all, crawl_db
    from pipelines.crawl.parse import parse_pending

    if is_stream(db):  # a distributed worker keeps no database: `wenming ingest` parses
        return {"articles": 0}
    result = parse_pending(crawl_db(db))
    close_all()
    if result["articles"]:
        print(f"  parsed {result['articles']} fetched articles in {result['wall']:.1f} s", file=sys.stderr)
    return result
