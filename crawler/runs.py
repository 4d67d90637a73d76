"""A row in crawl_runs for every spider run: outlets, mode, when, how it ended, Scrapy's stats."""
from __future__ import annotations

from scrapy import signals

from pipelines.crawl.db import CrawlComponent, finish_run, start_run, worker_name


class CrawlRunExtension(CrawlComponent):
    def __init__(self, crawler):
        super().__init__(crawler)
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    def mode(self) -> str:
        s = self.crawler.settings
        return ("replay" if s.get("WENMING_REPLAY") else "local" if s.get("WENMING_LOCAL_SITE") else "live") + (
            "+redis" if "scrapy_redis" in str(s.get("SCHEDULER")) or "redis" in str(s.get("SCHEDULER")) else "")

    def opened(self, spider):
        spider.worker = worker_name(self.crawler.settings.get("WENMING_WORKER", ""))
        spider.run_id = start_run(self.db, list(spider.rules), self.mode(), spider.worker)

    def closed(self, spider, reason):
        finish_run(self.db, spider.run_id, reason, self.crawler.stats.get_stats())
