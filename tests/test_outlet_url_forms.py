"""Link forms of each CMS family, handled by the mechanism (canonical form first, then the rules),
not by outlet: Discuz! with rewriting on and off, TRS script pagers, the 文明网 network, 岳塘's two forms."""
import pytest
from scrapy.http import HtmlResponse, Request

from crawler.newsspider import BaseNewsSpider
from crawler.pagination import script_page_links
from crawler.rules import CrawlRules, family_outlet, rules_for
from crawler.sources import load_outlets

TIANFU = "http://bbs.scwmw.cn"
OTHER_FORUM = "http://bbs.example-forum.cn"  # any Discuz! site, through the family's rules


@pytest.fixture(scope="module")
def forums() -> list[tuple[CrawlRules, str]]:
    return [(rules_for(["tianfu_forum"])["tianfu_forum"], TIANFU),
            (family_outlet("discuz", OTHER_FORUM + "/forum.php"), OTHER_FORUM)]


@pytest.mark.parametrize("tail,kind", [
    ("/thread-77-1-1.html", "article"),                                     # rewriting on
    ("/forum.php?mod=viewthread&tid=77", "article"),                        # rewriting off
    ("/forum.php?mod=viewthread&tid=77&extra=page%3D1", "article"),
    ("/forum.php?tid=77&mod=viewthread", "article"),                        # another parameter order
    ("/forum.php?mod=viewthread&tid=77&mobile=2", "article"),               # mobile form
    ("/archiver/?tid-77.html", "article"),                                  # archiver form
    ("/thread-77-2-1.html", "article_page"),
    ("/forum.php?mod=viewthread&tid=77&extra=page%3D1&page=2", "article_page"),
    ("/forum.php?page=3&tid=77&mod=viewthread", "article_page"),
    ("/forum.php?mod=viewthread&tid=77&page=2&authorid=5", None),           # one poster's view, not the thread
    ("/forum.php?mod=redirect&goto=findpost&ptid=77&pid=9", None),
    ("/home.php?mod=space&uid=5", None),
])
def test_discuz_links_in_every_form(forums, tail, kind):
    for rules, host in forums:
        assert rules.kind(host + tail) == kind, (host, tail)


@pytest.mark.parametrize("tail", ["/forum-2-3.html", "/forum.php?mod=forumdisplay&fid=2&page=3",
                                  "/forum.php?page=3&fid=2&mod=forumdisplay&filter=typeid&typeid=4"])
def test_discuz_forum_lists_in_every_form(forums, tail):
    for rules, host in forums:
        assert rules.kind(host + tail) == "listing"
        assert rules.identity(host + tail).endswith("/forum.php?mod=forumdisplay&fid=2&page=3")


def test_a_forum_link_is_fetched_as_the_site_wrote_it(forums):
    rules, host = forums[0]
    url = host + "/forum.php?mod=viewthread&tid=77&extra=page%3D1#pid5"
    assert rules.fetch_url(url) == host + "/forum.php?mod=viewthread&tid=77&extra=page%3D1"
    assert rules.fetch_url(host + "/thread-77-1-1.html") == host + "/thread-77-1-1.html"


def test_the_listing_classifies_links_after_the_canonical_form():
    """forum.php links (rewriting off) become article requests; two forms of one thread, one request."""
    spider = BaseNewsSpider(outlets="tianfu_forum")
    html = ('<a href="forum.php?mod=viewthread&amp;tid=41&amp;extra=page%3D1">一帖</a>'
            '<a href="thread-41-1-1.html">一帖</a><a href="forum.php?tid=42&amp;mod=viewthread">二帖</a>'
            '<a href="forum.php?mod=forumdisplay&amp;fid=2&amp;page=2">2</a>').encode()
    url = TIANFU + "/forum.php?mod=forumdisplay&fid=2"
    out = list(spider.parse_listing(HtmlResponse(url, body=html, encoding="utf-8",
                                                 request=Request(url, meta={"outlet": "tianfu_forum"}))))
    requests = [r for r in out if isinstance(r, Request)]
    assert [r.url for r in requests if r.meta["kind"] == "article"] == [
        TIANFU + "/forum.php?mod=viewthread&tid=41&extra=page%3D1", TIANFU + "/forum.php?tid=42&mod=viewthread"]
    assert [r.url for r in requests if r.meta["kind"] == "listing"] == [
        TIANFU + "/forum.php?mod=forumdisplay&fid=2&page=2"]


def test_later_pages_of_a_thread_are_found_from_its_first_page():
    spider = BaseNewsSpider(outlets="tianfu_forum")
    first = TIANFU + "/forum.php?mod=viewthread&tid=41&extra=page%3D1"
    html = ('<div class="pg"><a href="forum.php?mod=viewthread&amp;tid=41&amp;extra=page%3D1&amp;page=3">3</a>'
            '<a href="forum.php?mod=viewthread&amp;tid=41&amp;extra=page%3D1&amp;page=2">2</a>'
            '<a href="forum.php?mod=viewthread&amp;tid=5&amp;page=41">别的帖子</a></div>').encode()
    response = HtmlResponse(first, body=html, encoding="utf-8", request=Request(first, meta={"outlet": "tianfu_forum"}))
    pages = spider.article_page_links(response, spider.rules["tianfu_forum"])
    assert pages == [first + "&page=2", first + "&page=3"]


def test_trs_script_pager_with_literals_and_with_variables():
    literal = '<script>createPageHTML(4, 0, "index", "shtml");</script>'
    assert script_page_links(literal, "http://sz.wenming.cn/wmsj/index.shtml") == [
        f"http://sz.wenming.cn/wmsj/index_{k}.shtml" for k in (1, 2, 3)]
    variables = ('<script>function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}\n'
                 'var countPage = 3;\nvar currentPage = 1;\ncreatePageHTML(countPage, currentPage, "t20240305_77", "htm");'
                 '</script>')
    assert script_page_links(variables, "http://www.scwmw.cn/zbsc/ya/202403/t20240305_77_1.htm") == [
        "http://www.scwmw.cn/zbsc/ya/202403/t20240305_77.htm", "http://www.scwmw.cn/zbsc/ya/202403/t20240305_77_2.htm"]
    assert script_page_links('<script>createPageHTML(1, 0, "t9", "htm")</script>', "http://x.cn/a/") == []


def test_the_wenming_network_is_one_family_of_outlets():
    outlets = load_outlets()
    sz, zjsx = outlets["wenming:sz"], outlets["wenming:zjsx"]
    assert sz.domains == ("sz.wenming.cn",) and sz.region == {"province": "江苏省", "city": "苏州市"}
    assert zjsx.region["city"] == "绍兴市"
    rules = rules_for(["wenming:sz", "wenming:zjsx", "wenming:fj"])
    # URL forms seen on the network's sites: .shtml, .html, .htm
    assert rules["wenming:sz"].kind("http://sz.wenming.cn/gjbs/201311/t20131128_917106.shtml") == "article"
    assert rules["wenming:zjsx"].kind("https://zjsx.wenming.cn/jwmsxf/202602/t20260202_9154272.html") == "article"
    assert rules["wenming:fj"].kind("http://fj.wenming.cn/wmbb/201311/t20131129_917953.htm") == "article"
    assert rules["wenming:sz"].kind("http://sz.wenming.cn/gjbs/index_3.shtml") == "listing"
    assert rules["wenming:sz"].kind("http://sz.wenming.cn/gjbs/201311/t20131128_917106_1.shtml") == "article_page"
    assert rules["wenming:sz"].kind("http://fj.wenming.cn/wmbb/201311/t20131129_917953.htm") is None  # not its host


def test_ytxww_article_in_both_forms_is_one_article():
    rules = rules_for(["ytxww"])["ytxww"]
    a, b = "https://www.ytxww.com/content/5149590", "https://www.ytxww.com/index.php/content/5149590"
    assert rules.kind(a) == rules.kind(b) == "article"
    assert rules.identity(a) == rules.identity(b)
    assert rules.kind("https://www.ytxww.com/list/36981?page=263") == "listing"


@pytest.mark.parametrize("article,page,later", [
    ("http://x.cn/content/2024-03/06/content_5.htm", "http://x.cn/content/2024-03/06/content_5_2.htm", True),
    ("http://x.cn/a/202403/t20240306_5.shtml", "http://x.cn/a/202403/t20240306_5_1.shtml", True),
    ("http://x.cn/forum.php?mod=viewthread&tid=5", "http://x.cn/forum.php?mod=viewthread&tid=5&page=2", True),
    ("http://x.cn/forum.php?mod=viewthread&tid=5", "http://x.cn/forum.php?mod=viewthread&tid=6&page=5", False),
    ("http://x.cn/content/5", "http://x.cn/content/6?page=2", False),
])
def test_a_later_page_is_the_article_address_plus_one_number(article, page, later):
    assert CrawlRules.is_later_page(article, page) is later
