"""Downloader middlewares: the local sample server, retry backoff, the crawl log."""
from __future__ import annotations

import random
import time

from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

from pipelines.crawl.db import CrawlComponent, log_fetch

from .timing import timed


class LocalSiteMiddleware:
    """Fetch every page from WENMING_LOCAL_SITE instead of the network.

    The sample server is used as an HTTP proxy, so requests and records keep
    the outlets' real URLs while no byte leaves the machine.  It speaks plain
    HTTP: an https:// link of an outlet is fetched as http:// from it.
    """

    def __init__(self, site: str):
        self.site = site

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("WENMING_LOCAL_SITE", ""))

    def process_request(self, request, spider=None):
        if not self.site:
            return None
        if request.url.startswith("https://"):
            return request.replace(url="http://" + request.url[len("https://"):], dont_filter=True)
        if not request.url.startswith("http://"):
            raise IgnoreRequest(f"the local sample site serves http(s):// only, not {request.url}")
        request.meta["proxy"] = self.site
        return None


class RetryBackoffMiddleware:
    """Wait before a retry: WENMING_RETRY_BACKOFF seconds, doubling with each attempt, with jitter."""

    def __init__(self, base: float, cap: float):
        self.base, self.cap = base, cap

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s.getfloat("WENMING_RETRY_BACKOFF", 2.0), s.getfloat("WENMING_RETRY_BACKOFF_MAX", 60.0))

    async def process_request(self, request, spider=None):
        n = request.meta.get("retry_times", 0)
        if n and self.base > 0:
            delay = min(self.cap, self.base * 2 ** (n - 1)) * (0.5 + random.random())
            await deferred_to_future(deferLater(reactor, delay, lambda: None))
        return None


class FetchLogMiddleware(CrawlComponent):
    """One crawl_log row per fetch attempt: URL, status, time taken, size, error."""

    def _row(self, request, **values) -> None:
        with timed(self.crawler.stats, "log"):
            self._write(request, **values)

    def _write(self, request, **values) -> None:
        spider = self.crawler.spider
        t0 = request.meta.get("wm_t0")
        request.meta["fetch_id"] = log_fetch(
            self.db, run_id=getattr(spider, "run_id", None), worker=getattr(spider, "worker", None),
            outlet=request.meta.get("outlet") or spider.outlet_of(request.url),
            url=request.url, kind=request.meta.get("kind") or kind_of(request.url),
            attempt=request.meta.get("retry_times", 0) + 1,
            elapsed_ms=int((time.monotonic() - t0) * 1000) if t0 else None, **values)

    def process_request(self, request, spider=None):
        request.meta["wm_t0"] = time.monotonic()
        return None

    def process_response(self, request, response, spider=None):
        self._row(request, status=response.status, size=len(response.body),
                  error=None if response.status < 400 else f"HTTP {response.status}")
        return response

    def process_exception(self, request, exception, spider=None):
        if "wm_t0" not in request.meta:  # stopped before the download (robots.txt): the spider logs it
            return None
        self._row(request, error=describe(exception))
        return None


def kind_of(url: str) -> str:
    return "robots" if url.endswith("/robots.txt") else "page"


def describe(exc: BaseException) -> str:
    """A one-line reason for a failed fetch."""
    name = type(exc).__name__
    if "Timeout" in name:
        return f"timeout ({name})"
    text = str(exc)
    if "DataLoss" in name or "DataLoss" in text:
        return f"truncated response ({name})"
    return f"{name}: {text}"[:300]
