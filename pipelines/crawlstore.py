"""Store a crawled article: raw pages kept, parsed, article or failure stored, version noted.

The same path as `wenming import` (pipelines/importer.py); a re-checked article
whose text has not changed is only noted in the crawl log.
"""
from __future__ import annotations

import time

from crawler.pagetext import text_hash
from pipelines import store
from pipelines.crawldb import crawl_db, save_version, set_outcome
from pipelines.importer import Summary, process_pages


class CrawlStorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db = crawl_db(crawler.settings["WENMING_DB"])
        self.summary = Summary()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        """Load enrichment's dictionaries before the first request: loading them on the first
        article would block the crawl for seconds, and time out requests that were not slow."""
        if self.crawler.settings.getbool("WENMING_WARM_UP", True):
            from pipelines.enrich import warm_up

            warm_up()

    def process_item(self, item, spider=None):
        stats, outlet = self.crawler.stats, item["outlet"]
        fetch_ids = [p["fetch_id"] for p in item["pages"]]
        digest = text_hash(item.get("texts") or [p["body"].decode("latin-1") for p in item["pages"]])
        last = self.db.execute("select text_hash from article_versions where url = ? order by version desc limit 1",
                               [item["url"]]).fetchone()
        if last and last[0] == digest:
            set_outcome(self.db, fetch_ids, "unchanged", "re-checked: same text as stored")
            stats.inc_value(f"wenming/{outlet}/unchanged")
            return item
        fetched_at = store.now()
        parse_before = self.summary.counts["parse_seconds"]
        t0 = time.perf_counter()
        article, raw_ids = process_pages(
            self.db, [(p["body"], p["url"], p["headers"]) for p in item["pages"]], via="crawl",
            fetched_at=fetched_at, summary=self.summary)
        parse = self.summary.counts["parse_seconds"] - parse_before
        stats.inc_value("wenming/seconds/parse", parse)
        stats.inc_value("wenming/seconds/store", time.perf_counter() - t0 - parse)
        version = save_version(self.db, item["url"], raw_ids[0], digest, fetched_at)
        if article.error:
            outcome, reason = "parse-failed", article.error
            stats.inc_value(f"wenming/{outlet}/parse_failed")
        else:
            outcome, reason = "stored", item.get("incomplete")
            stats.inc_value(f"wenming/{outlet}/stored")
        if version and version > 1:  # a re-check found an edit: the old text stays in raw_pages
            reason = "; ".join(filter(None, [f"edited: version {version}", reason]))
            stats.inc_value(f"wenming/{outlet}/edited")
        for fid, rid in zip(fetch_ids, raw_ids):
            set_outcome(self.db, fid, outcome, reason if fid == fetch_ids[0] else f"page of {item['url']}", rid)
        # the first page's row names the article: its kind stays "article"
        item["article"], item["raw_ids"] = article, raw_ids
        return item
