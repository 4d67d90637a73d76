"""Missing fields counted per outlet, so a template change shows up as a number."""
from collections import Counter
from types import SimpleNamespace

from parsers.record import Article, Block
from pipelines import store
from pipelines.crawl.db import crawl_db, log_fetch, set_outcome
from pipelines.crawl.stats import outlet_stats
from pipelines.crawl.fieldcounts import FieldCountsPipeline


class Stats:
    def __init__(self):
        self.values = Counter()

    def inc_value(self, key, count=1, start=0):
        self.values[key] += count


def article(title, published, body):
    return Article(url="http://www.wfnews.com.cn/content/2024-03/05/content_1.htm", title=title, published=published,
                   blocks=[Block("paragraph", body)] if body else [])


def test_missing_fields_become_crawl_stats():
    stats = Stats()
    pipe = FieldCountsPipeline(SimpleNamespace(stats=stats))
    pipe.process_item({"outlet": "wfnews", "article": article("标题", None, "正文")})
    pipe.process_item({"outlet": "wfnews", "article": article("", "2024-03-05", "")})
    assert stats.values == Counter({"wenming/wfnews/missing_date": 1, "wenming/wfnews/missing_title": 1,
                                    "wenming/wfnews/missing_body": 1})


def test_outlet_stats_count_fetches_and_empty_fields(tmp_path):
    db = crawl_db(tmp_path / "w.db")
    for i, (title, published) in enumerate([("有标题", None), ("", "2024-03-05"), ("完整", "2024-03-06")]):
        a = article(title, published, "志愿服务正文")
        a.url = f"http://www.wfnews.com.cn/content/2024-03/05/content_{i}.htm"
        rid = store.save_raw(db, f"page {i}".encode(), url=a.url, via="crawl")
        store.save_article(db, a, rid, outlet="潍坊新闻网")
        fid = log_fetch(db, outlet="wfnews", url=a.url, kind="article", status=200)
        set_outcome(db, fid, "stored")
    log_fetch(db, outlet="wfnews", url="http://www.wfnews.com.cn/x", kind="article", error="HTTP 404")
    [row] = outlet_stats(db)
    assert (row["outlet"], row["fetches"], row["fetch_errors"], row["stored"]) == ("wfnews", 4, 1, 3)
    assert (row["articles"], row["no_title"], row["no_date"], row["no_body"]) == (3, 1, 1, 0)
