import pytest

from pipelines.dedup.canonical import canonical_url

SAME_PAGE = [
    ("https://www.wfnews.com.cn/content/2023-04/24/content_1.html",
     ["https://www.wfnews.com.cn/content/2023-04/24/content_1.html?utm_source=wechat&utm_medium=share",
      "https://www.wfnews.com.cn/content/2023-04/24/content_1.html?from=timeline&isappinstalled=0",
      "https://www.wfnews.com.cn/content/2023-04/24/content_1.html?spm=a2c4g.11186623.0.0#comments",
      "https://m.wfnews.com.cn/content/2023-04/24/content_1.html",
      "https://WWW.WFNEWS.COM.CN:443/content/2023-04/24/content_1.html",
      "https://www.wfnews.com.cn/content/2023-04/24/content_1_print.html",
      "https://www.wfnews.com.cn/content/2023-04/24/content_1.html?print=1"]),
    ("http://www.ytxww.com/news/show.php?id=88",
     ["http://wap.ytxww.com/news/show.php?id=88&from=groupmessage",
      "http://www.ytxww.com/news/show.php?utm_campaign=x&id=88",
      "http://www.ytxww.com/news/show.php?id=88&view=print"]),
    ("http://bbs.scwmw.cn/forum.php?mod=viewthread&tid=12345",
     ["http://bbs.scwmw.cn/thread-12345-1-1.html",
      "http://bbs.scwmw.cn/thread-12345-1-3.html",
      "http://bbs.scwmw.cn/forum.php?mod=viewthread&tid=12345&extra=page%3D1",
      "http://bbs.scwmw.cn/forum.php?tid=12345&mod=viewthread&page=1&mobile=2",
      "http://bbs.scwmw.cn/viewthread.php?tid=12345"]),
    ("http://bbs.scwmw.cn/forum.php?mod=viewthread&tid=12345&page=2",
     ["http://bbs.scwmw.cn/thread-12345-2-1.html"]),
    ("http://bbs.scwmw.cn/portal.php?mod=view&aid=77",
     ["http://bbs.scwmw.cn/article-77-1.html"]),
]


@pytest.mark.parametrize("canonical,variants", SAME_PAGE)
def test_variants_fold_into_one_url(canonical, variants):
    assert canonical_url(canonical) == canonical
    for url in variants:
        assert canonical_url(url) == canonical, url


def test_different_pages_stay_apart():
    assert canonical_url("http://x.cn/a.html?id=1") != canonical_url("http://x.cn/a.html?id=2")
    assert canonical_url("http://bbs.scwmw.cn/thread-1-1-1.html") != canonical_url(
        "http://bbs.scwmw.cn/thread-2-1-1.html")


def test_mobile_subdomain_keeps_its_section():
    assert canonical_url("https://m.news.example.com.cn/a.html") == "https://news.example.com.cn/a.html"


def test_links_without_a_scheme_get_one():
    assert canonical_url("www.ytxww.com/a.html#x") == "http://www.ytxww.com/a.html"
    assert canonical_url("//m.ytxww.com/a.html") == "http://www.ytxww.com/a.html"
