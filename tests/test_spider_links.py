"""The base spider's link handling, without a crawl: lists, sitemaps, feeds, known links, later pages."""
from scrapy.http import HtmlResponse, Request, XmlResponse

from crawler.newsspider import BaseNewsSpider

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://www.ytxww.com/content/11</loc></url>
<url><loc>http://www.ytxww.com/content/12</loc></url>
<url><loc>http://www.ytxww.com/about</loc></url></urlset>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?><rss><channel>
<item><title>社区志愿者在行动</title><link>http://www.ytxww.com/content/21</link></item>
</channel></rss>""".encode()


def response(cls, url, body, outlet="ytxww", **meta):
    return cls(url, body=body, request=Request(url, meta={"outlet": outlet, **meta}), encoding="utf-8")


def requests_of(results):
    return [r for r in results if isinstance(r, Request)]


def test_sitemap_start_url_gives_article_requests():
    spider = BaseNewsSpider(outlets="ytxww")
    out = requests_of(spider.parse_start(response(XmlResponse, "http://www.ytxww.com/sitemap.xml", SITEMAP)))
    assert [r.url for r in out] == ["http://www.ytxww.com/content/11", "http://www.ytxww.com/content/12"]
    assert all(r.meta["kind"] == "article" for r in out)


def test_rss_feed_keeps_the_item_title_as_link_text():
    spider = BaseNewsSpider(outlets="ytxww")
    out = requests_of(spider.parse_start(response(XmlResponse, "http://www.ytxww.com/rss.xml", RSS)))
    assert [(r.url, r.meta["link_text"]) for r in out] == [("http://www.ytxww.com/content/21", "社区志愿者在行动")]


def listing(n_known: int, finished_before: bool):
    spider = BaseNewsSpider(outlets="ytxww")
    links = "".join(f'<a href="/content/{i}">第{i}篇</a>' for i in range(1, 6))
    html = f'<html><body>{links}<a href="/list/36981?page=2">下一页</a><a href="/content/1#c">第1篇</a></body></html>'
    spider.known["ytxww"] = {f"http://www.ytxww.com/content/{i}": ("t", "t") for i in range(1, 1 + n_known)}
    spider.finished_before["ytxww"] = finished_before
    spider.stop_after_known = 3
    out = requests_of(spider.parse_listing(response(HtmlResponse, "http://www.ytxww.com/list/36981", html.encode())))
    return [r.url for r in out if r.meta["kind"] == "article"], [r.url for r in out if r.meta["kind"] == "listing"]


def test_known_links_are_skipped_and_duplicates_collapse():
    articles, pages = listing(n_known=2, finished_before=True)
    assert articles == [f"http://www.ytxww.com/content/{i}" for i in (3, 4, 5)]
    assert pages == ["http://www.ytxww.com/list/36981?page=2"]


def test_listing_stops_after_enough_known_links_only_after_a_finished_crawl():
    assert listing(n_known=4, finished_before=True)[1] == []
    assert listing(n_known=4, finished_before=False)[1] == ["http://www.ytxww.com/list/36981?page=2"]


def test_later_pages_of_an_article_are_followed_in_order():
    spider = BaseNewsSpider(outlets="wfnews")
    base = "http://www.wfnews.com.cn/content/2024-03/06/content_51002"
    html = (f'<html><body><p>一</p><a href="{base}_2.htm">2</a><a href="{base}_3.htm">3</a>'
            f'<a href="http://www.wfnews.com.cn/content/2024-03/06/content_777_2.htm">别的文章</a></body></html>')
    out = list(spider.parse_article(response(HtmlResponse, f"{base}.htm", html.encode(), outlet="wfnews",
                                             kind="article", link_text="")))
    assert len(out) == 1 and out[0].url == f"{base}_2.htm" and out[0].meta["todo"] == [f"{base}_3.htm"]
    assert [p["url"] for p in out[0].meta["pages"]] == [f"{base}.htm"]
