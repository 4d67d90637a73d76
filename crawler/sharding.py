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

A request a worker has taken from a queue stays in KEY:inflight:SHARD until
Scrapy is done with it (downloaded, its callback run, its items through the
pipelines); a worker killed with -9 loses none of them: the next worker on
that shard, or a worker adopting it, puts them back in the queue.  Two live
workers on one shard would break politeness, so a worker waits for the last
sign of life of another on its shard to expire, and refuses to start if it
does not.

Settings: REDIS_URL, WENMING_SHARDS (N), WENMING_SHARD (i), WENMING_REDIS_KEY.
"""
from __future__ import annotations

import os
import socket
import time
import uuid
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
        instance.missing_since, instance.inflight, instance.recovered = {}, {}, set()
        instance.me = f"{socket.gethostname()}:{os.getpid()}"
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
        self._wait_for_shard()
        self.server.set(f"{self.base}:alive:{self.shard}", self.me, px=ALIVE_MS)
        self._recover(self.shard)
        self.server.sadd(f"{self.base}:workers", self.shard)

    def _wait_for_shard(self) -> None:
        """Another worker's sign of life on this shard: wait for it to expire (a killed worker's does)."""
        key = f"{self.base}:alive:{self.shard}"
        deadline = time.monotonic() + 2 * ALIVE_MS / 1000
        while (owner := self.server.get(key)) and owner.decode() != self.me:
            if time.monotonic() > deadline:
                raise RuntimeError(f"shard {self.shard} is being crawled by {owner.decode()}; "
                                   "give each worker its own --shard")
            time.sleep(0.25)

    def _recover(self, shard: int) -> None:
        """Put back in its queue every request a gone worker of this shard had taken and not finished."""
        key = f"{self.base}:inflight:{shard}"
        for token, data in self.server.hgetall(key).items():
            if self.server.hdel(key, token):  # only one worker puts each back
                self.queues[shard].push(self.queues[shard]._decode_request(data))
                self.stats.inc_value("wenming/redis/recovered")

    def _settle(self) -> None:
        """Forget the taken requests Scrapy is done with (they left the engine's in-progress set)."""
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is None or not self.inflight:
            return
        done = [t for t, r in self.inflight.items() if r not in slot.inprogress]
        if done:
            self.server.hdel(f"{self.base}:inflight:{self.shard}", *done)
            for t in done:
                del self.inflight[t]

    def _take(self, request):
        if request is not None:
            token = uuid.uuid4().hex
            self.server.hset(f"{self.base}:inflight:{self.shard}", token, self.queue._encode_request(request))
            self.inflight[token] = request
        return request

    def enqueue_request(self, request):
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.queues[shard_of(request.url, self.shards)].push(request)
        self.stats.inc_value(f"wenming/redis/enqueued_to_shard_{shard_of(request.url, self.shards)}")
        return True

    def next_request(self):
        self.server.set(f"{self.base}:alive:{self.shard}", self.me, px=ALIVE_MS)
        self._settle()
        request = self.queue.pop(0)
        if request is None:
            request = self._adopt()
        self._take(request)
        if request is not None or self._working():
            self.server.set(f"{self.base}:busy:{self.shard}", 1, px=BUSY_MS)
        else:  # idle: nothing of ours can add requests any more, so the others need not wait for us
            self.server.delete(f"{self.base}:busy:{self.shard}")
        return request

    def _adopt(self):
        """A request from the queue of a shard whose worker is gone (no sign of life for ORPHAN_AFTER s)."""
        now = time.monotonic()
        for i, queue in enumerate(self.queues):
            if i == self.shard or self.server.exists(f"{self.base}:alive:{i}"):
                self.missing_since.pop(i, None)
                self.recovered.discard(i)
                continue
            since = self.missing_since.setdefault(i, now)
            if now - since >= ORPHAN_AFTER and i not in self.recovered:
                self.recovered.add(i)
                self._recover(i)
            if now - since >= ORPHAN_AFTER and len(queue):
                self.stats.inc_value(f"wenming/redis/adopted_from_shard_{i}")
                return queue.pop(0)
        return None

    def _working(self) -> bool:
        engine = self.crawler.engine
        downloader = getattr(engine, "downloader", None)
        scraper_slot = getattr(getattr(engine, "scraper", None), "slot", None)
        in_progress = getattr(getattr(engine, "_slot", None), "inprogress", None)  # taken, not yet done with
        return bool(getattr(downloader, "active", None) or getattr(scraper_slot, "active", None) or in_progress)

    def has_pending_requests(self):
        return len(self.queue) > 0

    def on_idle(self, spider):
        others_busy = any(self.server.exists(f"{self.base}:busy:{i}") for i in range(self.shards) if i != self.shard)
        if any(len(q) for q in self.queues) or others_busy or self._orphans_inflight():
            raise DontCloseSpider

    def _orphans_inflight(self) -> bool:
        """Requests a gone worker took and never finished: the crawl is not over until someone takes them back."""
        return any(self.server.hlen(f"{self.base}:inflight:{i}") for i in range(self.shards)
                   if i != self.shard and not self.server.exists(f"{self.base}:busy:{i}"))

    def close(self, reason):
        if reason == "finished":  # every taken request was dealt with
            self.server.delete(f"{self.base}:inflight:{self.shard}")
        self.server.srem(f"{self.base}:workers", self.shard)
        if reason == "finished" and not self.server.scard(f"{self.base}:workers"):
            self.flush()  # the last worker out: the next crawl starts with a fresh dupefilter
        self.server.delete(f"{self.base}:busy:{self.shard}", f"{self.base}:alive:{self.shard}")

    def flush(self):
        self.df.clear()
        for i, q in enumerate(self.queues):
            q.clear()
            self.server.delete(f"{self.base}:inflight:{i}")
