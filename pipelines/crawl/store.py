"""Store a crawled article: raw pages kept, parsed and enriched, article or failure stored, version noted.

The same steps as `wenming import` (pipelines/importer.py).  Parsing and
enrichment are the heavy part (tens of ms a page); with WENMING_PARSE_WORKERS
> 0 they run in that many worker processes while the crawl goes on, and only
the database writes stay in the crawl's thread; with -1 they wait until the
crawl is over (pipelines/crawl/parse.py), so the crawl runs at network speed.  A re-checked article whose
text has not changed is only noted in the crawl log.  The steps are those of
`pipelines.importer.store_fetched` (raw pages, `prepare`, `save_prepared`),
split here only so that `prepare` can run in a worker process.
"""
from __future__ import annotations

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from crawler.pagetext import text_hash
from parsers.record import error_record
from pipelines import store
from pipelines.crawl.db import crawl_db, save_version, set_outcome
from pipelines.importer import Fetched, Prepared, Summary, cluster, prepare, save_prepared, save_raw_pages, warm_up


class CrawlStorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db = crawl_db(crawler.settings["WENMING_DB"])
        self.summary = Summary()
        self.workers = crawler.settings.getint("WENMING_PARSE_WORKERS", 0)
        self.pool: ProcessPoolExecutor | None = None
        from crawler.sources import load_outlets

        self.outlet_names = {k: o.name for k, o in load_outlets().items()}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        """Load enrichment's dictionaries before the first article (here or in each worker):
        loading them on the first article would stall the crawl for seconds."""
        warm = self.crawler.settings.getbool("WENMING_WARM_UP", True)
        if self.workers > 0:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                            initializer=warm_up if warm else None)
        elif warm and self.workers == 0:
            warm_up()

    def close_spider(self, spider=None):
        if self.pool:
            self.pool.shutdown(wait=True)
        cluster(self.db, self.summary)  # this run's articles into story clusters

    async def process_item(self, item, spider=None):
        """Never raises for one page: whatever goes wrong becomes a failures row and a crawl_log outcome
        (an exception here would be Scrapy's "Error processing" line with the whole page dumped)."""
        fetch_ids = [p["fetch_id"] for p in item["pages"]]
        try:
            return await self.store_item(item, fetch_ids)
        except Exception as exc:  # noqa: BLE001 - e.g. the database itself refused the write
            reason = f"store failed: {type(exc).__name__}: {exc}"[:300]
            self.crawler.stats.inc_value(f"wenming/{item['outlet']}/store_failed")
            set_outcome(self.db, fetch_ids, "store-failed", reason)
            return item

    async def store_item(self, item, fetch_ids):
        stats, outlet = self.crawler.stats, item["outlet"]
        digest = text_hash(item.get("texts") or [p["body"].decode("latin-1") for p in item["pages"]])
        last = self.db.execute("select text_hash from article_versions where url = ? order by version desc limit 1",
                               [item["url"]]).fetchone()
        if last and last[0] == digest:
            set_outcome(self.db, fetch_ids, "unchanged", "re-checked: same text as stored")
            stats.inc_value(f"wenming/{outlet}/unchanged")
            return item
        fetched = Fetched([(p["body"], p["url"], p["headers"]) for p in item["pages"]], fetched_at=store.now(),
                          via="crawl", outlet=self.outlet_names.get(outlet), incomplete=item.get("incomplete"))
        t0 = time.perf_counter()
        raw_ids = save_raw_pages(self.db, fetched.pages, via="crawl", fetched_at=fetched.fetched_at)
        stats.inc_value("wenming/seconds/store", time.perf_counter() - t0)
        if self.workers < 0:  # parsed after the crawl (pipelines/crawl/parse.py)
            save_version(self.db, item["url"], raw_ids[0], digest, fetched.fetched_at)
            set_outcome(self.db, fetch_ids[0], "fetched", "parse pending", raw_ids[0])
            for fid, rid in zip(fetch_ids[1:], raw_ids[1:]):
                set_outcome(self.db, fid, "fetched", f"page of {item['url']}", rid)
            return item
        prepared = await self.prepare(fetched)
        where = "workers_" if self.pool else ""
        stats.inc_value(f"wenming/seconds/{where}parse", prepared.seconds["parse"])
        stats.inc_value(f"wenming/seconds/{where}enrich", prepared.seconds["enrich"])
        t0 = time.perf_counter()
        article, _ = save_prepared(self.db, raw_ids, prepared, fetched=fetched, summary=self.summary)
        version = save_version(self.db, item["url"], raw_ids[0], digest, fetched.fetched_at)
        self.record_outcome(item, article, version, fetch_ids, raw_ids)
        stats.inc_value("wenming/seconds/store", time.perf_counter() - t0)
        item["article"], item["raw_ids"] = article, raw_ids
        return item

    async def prepare(self, fetched: Fetched) -> Prepared:
        if not self.pool:
            return prepare(fetched.pages)
        try:
            return await asyncio.wrap_future(self.pool.submit(prepare, fetched.pages))
        except Exception as exc:  # noqa: BLE001 - a worker process died on this page
            return Prepared(error_record(fetched.pages[0][1], f"parse failed: worker process: {type(exc).__name__}: "
                                                              f"{exc}"[:300]))

    def record_outcome(self, item, article, version, fetch_ids, raw_ids) -> None:
        stats, outlet = self.crawler.stats, item["outlet"]
        if article.error:
            outcome, reason = "parse-failed", article.error
            stats.inc_value(f"wenming/{outlet}/parse_failed")
        else:
            outcome, reason = "stored", item.get("incomplete")
            stats.inc_value(f"wenming/{outlet}/stored")
        if version and version > 1:  # a re-check found an edit: the old text stays in raw_pages
            reason = "; ".join(filter(None, [f"edited: version {version}", reason]))
            stats.inc_value(f"wenming/{outlet}/edited")
        for fid, rid in zip(fetch_ids, raw_ids):  # the first page's row stands for the article
            set_outcome(self.db, fid, outcome, reason if fid == fetch_ids[0] else f"page of {item['url']}", rid)
