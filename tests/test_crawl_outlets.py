"""Each bundled outlet's spider against the local sample server: every article once, nothing else."""
import pytest

from crawler.sources import load_outlets
from crawler.testsite.server import SampleServer
from crawler.testsite.site import SampleSite
from crawler.testsite.crawlrun import article_outcomes, crawl, query

OUTLETS = ["wfnews", "ytxww", "wenming:sz", "scwmw", "tianfu_forum"]


@pytest.fixture(scope="module")
def server():
    with SampleServer(slow_seconds=1.0) as s:
        yield s


@pytest.mark.parametrize("outlet", OUTLETS)
def test_spider_fetches_every_article_once(outlet, server, tmp_path):
    db = tmp_path / "w.db"
    crawl(db, [outlet], server.url)
    site = server.site
    on_topic = {u for u, a in zip(site.article_urls(outlet), site.articles[outlet]) if a.topic}
    off_topic = {u for u, a in zip(site.article_urls(outlet), site.articles[outlet]) if not a.topic}
    outcomes = article_outcomes(db)
    kept = {u for u, o in outcomes.items() if o[-1] in ("stored", "parse-failed")}
    assert kept == on_topic
    assert all(len(o) == 1 for u, o in outcomes.items() if u in on_topic), outcomes  # fetched once
    assert {u for u, o in outcomes.items() if o == ["off-topic"]} == off_topic
    raw_urls = [u for (u,) in query(db, "select url from raw_pages")]
    assert len(raw_urls) == len(set(raw_urls))
    assert on_topic <= set(raw_urls) and not off_topic & set(raw_urls)
    # a multi-page article keeps every page, and its later pages are logged as pages of it
    for a in site.articles[outlet]:
        if a.pages > 1:
            later = f"http://{site.host(outlet)}{site.article_path(outlet, a.id, a.date, 2)}"
            assert later in raw_urls
    # each stored page was parsed: an article or a failure with its reason
    parsed = query(db, "select count(*) from raw_pages r where exists (select 1 from articles where raw_id = r.id)"
                       " or exists (select 1 from failures where raw_id = r.id)")[0][0]
    first_pages = len(on_topic)
    assert parsed >= first_pages
    assert load_outlets()[outlet].domains  # the outlet's entry is what drove the crawl


def test_gbk_pages_pass_the_topic_filter(server, tmp_path):
    """wfnews pages are GB2312 without a charset header; the mirror copy is in Traditional script."""
    db = tmp_path / "w.db"
    crawl(db, ["wfnews"], server.url)
    mirror = next(a for a in server.site.articles["wfnews"] if a.mirror_of)
    url = f"http://www.wfnews.com.cn{server.site.article_path('wfnews', mirror.id, mirror.date)}"
    assert article_outcomes(db)[url][-1] in ("stored", "parse-failed")
    body = query(db, "select body from raw_pages where url = ?", (url,))[0][0]
    assert "charset=gb2312".encode() in body and "志願".encode("gb18030") in body


def test_an_outlet_added_in_sources_needs_no_code(tmp_path):
    from crawler.rules import CrawlRules
    from crawler.sources import _outlet

    entry = {"name": "示例新闻网", "domains": ["news.example.org"], "start_urls": ["http://news.example.org/list/1"],
             "article": [r"^/a/\d+\.html$"], "listing": [r"^/list/\d+$"]}
    rules = CrawlRules.of(_outlet("example", entry), {"topics": ["志愿"], "max_list_pages": 5,
                                                     "stop_after_known": 3, "recheck_days": 1})
    assert rules.kind("http://news.example.org/a/12.html") == "article"
    assert rules.kind("http://news.example.org/list/2") == "listing"
    assert rules.kind("http://other.example.org/a/12.html") is None
    assert rules.on_topic("社区志愿者") == (True, "志愿")
    assert rules.on_topic("道路施工")[0] is False
