"""What a crawl says while it runs and when it ends.

Every WENMING_PROGRESS_SECONDS (default 5; 0: silent) one line on stderr:
pages fetched, articles stored, fetch errors, pages per second.  At the end a
summary: articles stored, failed, off topic, and the fetch errors grouped by
reason, with the ones the local sample site causes on purpose (its 404, 500,
slow, truncated and robots-disallowed routes, crawler/testsite) told apart
from the rest.  Scrapy's own log lines about those pages ("Gave up
retrying", "Got data loss") are left out: the summary explains them.
"""
from __future__ import annotations

import logging
import sys
import time

from scrapy import signals
from twisted.internet import task

from pipelines.crawl.db import crawl_db, is_stream

# Scrapy loggers that report a failed fetch again after our crawl log has it
FETCH_LOGGERS = ("scrapy.downloadermiddlewares.retry", "scrapy.core.downloader.handlers.http11",
                 "scrapy.core.scraper", "scrapy.downloadermiddlewares.robotstxt")


def sample_fault_urls() -> dict[str, str]:
    """URL -> fault kind for every deliberate fault route of the bundled sample sites."""
    from crawler.testsite.site import SampleSite

    site = SampleSite.load()
    return {f"http://{site.host(o)}{path}": kind for o in site.faults for path, kind in site.fault_paths(o).items()}


class ExpectedFaults(logging.Filter):
    """Drops Scrapy's log records that are about a URL the sample site fails on purpose."""

    def __init__(self, urls: dict[str, str]):
        super().__init__()
        self.urls = urls
        self.hidden = 0

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # noqa: BLE001 - a record we cannot format is not ours to judge
            return True
        if any(url in text for url in self.urls):
            self.hidden += 1
            return False
        return True


class CrawlProgress:
    def __init__(self, crawler, out=sys.stderr):
        self.crawler, self.out = crawler, out
        self.every = crawler.settings.getfloat("WENMING_PROGRESS_SECONDS", 5.0)
        self.db = crawl_db(crawler.settings["WENMING_DB"])
        local = bool(crawler.settings.get("WENMING_LOCAL_SITE"))
        self.expected = sample_fault_urls() if local else {}
        self.filter = ExpectedFaults(self.expected)
        self.loop, self.t0 = None, time.monotonic()
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def opened(self, spider):
        self.t0 = time.monotonic()
        if self.expected:
            for name in FETCH_LOGGERS:
                logging.getLogger(name).addFilter(self.filter)
        if self.every > 0:
            self.loop = task.LoopingCall(self.report, spider)
            self.loop.start(self.every, now=False)

    def counts(self, spider) -> tuple[int, int, int]:
        run, stats = getattr(spider, "run_id", None), self.crawler.stats
        if is_stream(self.db):  # a distributed worker: the crawl log lives with the writer; Scrapy's own counts
            errors = stats.get_value("downloader/exception_count", 0) + sum(
                v for k, v in stats.get_stats().items() if k.startswith("downloader/response_status_count/")
                and not k.endswith(("/200", "/301", "/302", "/304")))
            return stats.get_value("downloader/response_count", 0), stats.get_value("item_scraped_count", 0), errors
        fetches, errors = self.db.execute("select count(*), coalesce(sum(error is not null), 0) from crawl_log "
                                          "where run_id is ?", [run]).fetchone()
        return fetches, self.crawler.stats.get_value("item_scraped_count", 0), errors

    def report(self, spider) -> None:
        pages, articles, errors = self.counts(spider)
        rate = pages / max(time.monotonic() - self.t0, 1e-6)
        print(f"  crawl: {pages} pages, {articles} articles, {errors} errors, {rate:.1f} pages/s",
              file=self.out, flush=True)

    def closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()
        for name in FETCH_LOGGERS:
            logging.getLogger(name).removeFilter(self.filter)
        print(self.summary(spider), file=self.out, flush=True)

    def summary(self, spider) -> str:
        run = getattr(spider, "run_id", None)
        if is_stream(self.db):
            pages, articles, errors = self.counts(spider)
            return (f"  crawl summary: {pages} pages, {articles} articles sent to the writer, {errors} errors, "
                    f"in {time.monotonic() - self.t0:.1f} s (outcomes: `wenming stats` on the writer's database)")
        outcomes = dict(self.db.execute("select outcome, count(*) from crawl_log where run_id is ? and kind = 'article' "
                                        "and outcome is not null group by outcome", [run]).fetchall())
        pages, _, _ = self.counts(spider)
        took = time.monotonic() - self.t0
        lines = [f"  crawl summary: {pages} pages in {took:.1f} s; articles: {outcomes.get('stored', 0)} stored, "
                 f"{outcomes.get('parse-failed', 0) + outcomes.get('store-failed', 0)} failed, "
                 f"{outcomes.get('off-topic', 0)} off topic, {outcomes.get('unchanged', 0)} unchanged"]
        errors = self.db.execute("select url, error, count(*) from crawl_log where run_id is ? and error is not null "
                                 "group by url, error order by min(id)", [run]).fetchall()
        expected = [(u, e, n) for u, e, n in errors if u in self.expected]
        other = [(u, e, n) for u, e, n in errors if u not in self.expected]
        if expected:
            lines.append(f"  expected errors: {len(expected)} of the sample site's deliberate fault pages failed as "
                         "designed (" + ", ".join(f"{self.expected[u]}: {e.split(' (')[0]}" + (f" x{n}" if n > 1 else "")
                                                 for u, e, n in expected) + ")")
        if other:
            lines.append(f"  fetch errors: {len(other)} URLs (see `wenming stats` and the crawl_log table)")
            lines += [f"    {e} x{n}: {u}" for u, e, n in other[:10]]
        elif not expected:
            lines.append("  no fetch errors")
        return "\n".join(lines)
