"""Several crawler processes on one crawl: scrapy-redis with domains sharded across workers.

scrapy-redis gives a shared request queue and dupefilter in Redis.  Sharing
one queue would let two workers fetch from the same site at once, and
AutoThrottle/DOWNLOAD_DELAY only hold within one process.  So each outlet (or
unknown host) belongs to one shard, each shard has its own queue, and worker
i of N pops only from shard i: every site is fetched by one process, at that
process's polite rate.  Any worker may push to any shard; the dupefilter is
shared, so no page is fetched twice.  A worker closes only when every shard's
queue is empty and no other worker is still busy.  A shard whose worker has
shown no sign of life for ORPHAN_AFTER seconds (it died, or never started) is
adopted by the others, so a crawl never waits forever on a lost worker.

Settings: REDIS_URL, WENMING_SHARDS (N), WENMING_SHARD (i), WENMING_REDIS_KEY.
"""
from __future__ import annotations

import time
import zlib
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.scheduler import Scheduler

from crawler.sources import load_outlets, outlet_for_host

BUSY_MS = 4000
ALIVE_MS = 5000
ORPHAN_AFTER = 15.0


def shard_of(url: str, shards: int) -> int:
    host = urlsplit(url).hostname or ""
    outlet = outlet_for_host(host)
    if outlet:
        return sorted(load_outlets()).index(outlet.key) % shards
    return zlib.crc32(host.encode()) % shards


class ShardedScheduler(Scheduler):
    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        base = s.get("WENMING_REDIS_KEY", "wenming")
        s.frozen = False
        s.set("SCHEDULER_QUEUE_KEY", f"{base}:requests:%(spider)s", priority="cmdline")
        s.set("SCHEDULER_DUPEFILTER_KEY", f"{base}:dupefilter", priority="cmdline")
        instance = super().from_crawler(crawler)
        instance.crawler, instance.base = crawler, base
        instance.shards, instance.shard = s.getint("WENMING_SHARDS", 1), s.getint("WENMING_SHARD", 0)
        instance.missing_since = {}
        crawler.signals.connect(instance.on_idle, signal=signals.spider_idle)
        if hasattr(crawler.engine, "_SLOT_HEARTBEAT_INTERVAL"):
            # an idle worker looks for work (and for the end of the crawl) every second, not every 5 s
            crawler.engine._SLOT_HEARTBEAT_INTERVAL = s.getfloat("WENMING_IDLE_CHECK", 1.0)
        return instance

    def open(self, spider):
        super().open(spider)
        queue_cls = type(self.queue)
        self.queues = [queue_cls(server=self.server, spider=spider, key=f"{self.base}:requests:{i}",
                                 serializer=self.serializer) for i in range(self.shards)]
        self.queue = self.queues[self.shard]
        self.server.sadd(f"{self.base}:workers", self.shard)

    def enqueue_request(self, request):
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.queues[shard_of(request.url, self.shards)].push(request)
        self.stats.inc_value(f"wenming/redis/enqueued_to_shard_{shard_of(request.url, self.shards)}")
        return True

    def next_request(self):
        self.server.set(f"{self.base}:alive:{self.shard}", 1, px=ALIVE_MS)
        request = self.queue.pop(0)
        if request is None:
            request = self._adopt()
        if request is not None or self._working():
            self.server.set(f"{self.base}:busy:{self.shard}", 1, px=BUSY_MS)
        return request

    def _adopt(self):
        """A request from the queue of a shard whose worker is gone (no sign of life for ORPHAN_AFTER s)."""
        now = time.monotonic()
        for i, queue in enumerate(self.queues):
            if i == self.shard or self.server.exists(f"{self.base}:alive:{i}"):
                self.missing_since.pop(i, None)
                continue
            since = self.missing_since.setdefault(i, now)
            if now - since >= ORPHAN_AFTER and len(queue):
                self.stats.inc_value(f"wenming/redis/adopted_from_shard_{i}")
                return queue.pop(0)
        return None

    def _working(self) -> bool:
        engine = self.crawler.engine
        downloader = getattr(engine, "downloader", None)
        scraper_slot = getattr(getattr(engine, "scraper", None), "slot", None)
        return bool(getattr(downloader, "active", None) or getattr(scraper_slot, "active", None))

    def has_pending_requests(self):
        return len(self.queue) > 0

    def on_idle(self, spider):
        others_busy = any(self.server.exists(f"{self.base}:busy:{i}") for i in range(self.shards) if i != self.shard)
        if any(len(q) for q in self.queues) or others_busy:
            raise DontCloseSpider

    def close(self, reason):
        self.server.srem(f"{self.base}:workers", self.shard)
        if reason == "finished" and not self.server.scard(f"{self.base}:workers"):
            self.flush()  # the last worker out: the next crawl starts with a fresh dupefilter
        self.server.delete(f"{self.base}:busy:{self.shard}", f"{self.base}:alive:{self.shard}")

    def flush(self):
        self.df.clear()
        for q in self.queues:
            q.clear()
