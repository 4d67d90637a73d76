"""Per-domain delay shared by every worker of a distributed crawl, kept in Redis.

DOWNLOAD_DELAY and AutoThrottle hold within one process.  Sharding
(crawler/sharding.py) gives each site to one worker, but a worker that adopts
a lost worker's shard, or two crawls sharing one Redis, could still reach the
same site at once.  So before each download a worker reserves the site's next
free moment in Redis (`KEY:next:HOST`, milliseconds on Redis's own clock, so
the machines' clocks do not matter): requests to one host, from all workers
together, are at least DOWNLOAD_DELAY apart (with the usual jitter).

Off when DOWNLOAD_DELAY is 0 (the local sample sites, replays).
"""
from __future__ import annotations

import random
from urllib.parse import urlsplit

import redis
from scrapy.exceptions import NotConfigured

# KEYS[1]: the host's next free moment; ARGV[1]: the delay in ms.  Returns how long to wait, in ms.
RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, free)
local delay = tonumber(ARGV[1])
redis.call('SET', KEYS[1], at + delay, 'PX', at + delay - now + 60000)
return at - now
"""


class SharedDelayMiddleware:
    def __init__(self, server, base: str, delay: float, jitter: float):
        self.server, self.base, self.delay, self.jitter = server, base, delay, jitter
        self.reserve = server.register_script(RESERVE)

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        delay = s.getfloat("DOWNLOAD_DELAY", 0)
        if delay <= 0 or not s.get("REDIS_URL"):
            raise NotConfigured
        return cls(redis.Redis.from_url(s["REDIS_URL"]), s.get("WENMING_REDIS_KEY", "wenming"), delay,
                   s.getfloat("DOWNLOAD_DELAY_JITTER", 0.0))

    def delay_ms(self) -> int:
        spread = self.jitter * (2 * random.random() - 1) if self.jitter else 0.0
        return max(1, int(1000 * self.delay * (1 + spread)))

    async def process_request(self, request, spider=None):
        host = (urlsplit(request.url).hostname or "").lower()
        wait_ms = self.reserve(keys=[f"{self.base}:next:{host}"], args=[self.delay_ms()])
        if wait_ms > 0:
            await sleep(wait_ms / 1000)
        return None


async def sleep(seconds: float) -> None:
    """Wait without blocking the crawl (the reactor is imported late: Scrapy installs its own first)."""
    from scrapy.utils.defer import deferred_to_future
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await deferred_to_future(deferLater(reactor, seconds, lambda: None))
