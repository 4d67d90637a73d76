"""In a crawl, an exception in any stage of one page becomes a failures row with its raw bytes and a
crawl_log outcome, and the next page is stored (before: Scrapy's "Error processing" line, outcome NULL)."""
import asyncio
from collections import Counter
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings

from pipelines import store
from pipelines.crawl.db import close_all, crawl_db, log_fetch
from pipelines.crawl.store import CrawlStorePipeline
from tests.pagefiles import PARAGRAPHS, page


class Stats:
    def __init__(self):
        self.values = Counter()

    def inc_value(self, key, count=1, start=0):
        self.values[key] += count


@pytest.fixture
def pipeline(tmp_path):
    settings = Settings({"WENMING_DB": str(tmp_path / "w.db"), "WENMING_WARM_UP": False})
    pipe = CrawlStorePipeline(SimpleNamespace(settings=settings, stats=Stats()))
    yield pipe
    close_all()


def item(db, n: int) -> dict:
    url = f"http://www.ytxww.com/content/{7000 + n}"
    fid = log_fetch(db, outlet="ytxww", url=url, kind="article", status=200)
    body = page(f"岳塘区志愿服务队第{n}次走进社区", PARAGRAPHS[n % 4:] + PARAGRAPHS[:n % 4])
    return {"outlet": "ytxww", "url": url, "link_text": "", "pages": [
        {"url": url, "body": body, "status": 200, "headers": {"content-type": "text/html; charset=utf-8"},
         "fetch_id": fid}]}


def run(pipe, it):
    return asyncio.run(pipe.process_item(it))


@pytest.mark.parametrize("target,stage", [("pipelines.enrich.enrich", "enrich"),
                                          ("pipelines.dedup.canonical_url", "canonicalise"),
                                          ("pipelines.store.save_version", "store")])
def test_an_exception_in_one_page_is_recorded_and_the_next_is_stored(pipeline, monkeypatch, target, stage):
    db = pipeline.db
    module, name = target.rsplit(".", 1)

    def boom(*args, **kwargs):
        raise RuntimeError(f"{name} broke on this page")

    monkeypatch.setattr(f"{module}.{name}", boom)
    bad = item(db, 1)
    run(pipeline, bad)
    monkeypatch.undo()
    good = item(db, 2)
    run(pipeline, good)
    [(f_stage, reason, raw)] = db.execute("select f.stage, f.reason, r.body from failures f "
                                          "join raw_pages r on r.id = f.raw_id").fetchall()
    assert f_stage == stage and f"{name} broke" in reason and raw == bad["pages"][0]["body"]
    outcomes = dict(db.execute("select url, outcome from crawl_log").fetchall())
    assert outcomes == {bad["url"]: "parse-failed", good["url"]: "stored"}
    assert db.execute("select url from articles").fetchall() == [(good["url"],)]


def test_a_crawled_page_with_a_script_url_keeps_no_link(pipeline):
    it = item(pipeline.db, 3)
    it["pages"][0]["body"] = page("志愿者清理河道", PARAGRAPHS, "javascript:alert(document.domain)//")
    run(pipeline, it)
    [(url, canonical, notes)] = pipeline.db.execute("select url, canonical_url, notes from articles").fetchall()
    assert url == canonical == it["url"] and "javascript" in notes
