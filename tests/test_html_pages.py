"""Multi-page articles: later pages found from the first, fetched through a
callable, merged once each and in order."""
import lxml.html

from parsers.html import parse_html
from parsers.html.pages import next_page_urls, same_article

BASE = "http://news.example.cn/xw/202301/"


def page(body: str, links: str) -> bytes:
    html = (f"<html><head><meta charset='utf-8'><title>标题_晚报</title></head><body><h1>社区志愿服务队成立十周年</h1>"
            f"<div class='content'>{body}</div><div class='pages'>共3页 {links}</div></body></html>")
    return html.encode("utf-8")


PAGES = {
    BASE + "content_9.htm": page("<p>第一页：十年前，社区志愿服务队只有八名队员，如今已有三百多人。</p>",
                                 "<a href='content_9_2.htm'>2</a> <a href='content_9_2.htm'>下一页</a>"),
    BASE + "content_9_2.htm": page("<p>第二页：队员们每周为独居老人上门服务，风雨无阻，从未间断。</p>",
                                   "<a href='content_9.htm'>1</a> <a href='content_9_3.htm'>下一页</a>"),
    BASE + "content_9_3.htm": page("<p>第三页：下一个十年，服务队计划把服务扩展到全街道所有小区。</p>",
                                   "<a href='content_9.htm'>1</a> <a href='content_9_2.htm'>2</a>"),
}


def test_same_article_needs_the_same_stem():
    assert same_article(BASE + "content_9.htm", BASE + "content_9_2.htm")
    assert not same_article(BASE + "content_9.htm", BASE + "content_10_2.htm")
    assert not same_article(BASE + "content_9.htm", "http://other.example.cn/xw/202301/content_9_2.htm")


def test_next_page_links_in_order():
    root = lxml.html.document_fromstring(PAGES[BASE + "content_9.htm"])
    assert next_page_urls(root, BASE + "content_9.htm") == [BASE + "content_9_2.htm"]


def test_pages_are_merged_once_each_in_order():
    fetched = []

    def fetch(url):
        fetched.append(url)
        return PAGES.get(url)

    art = parse_html(PAGES[BASE + "content_9.htm"], url=BASE + "content_9.htm", fetch=fetch)
    firsts = [p[:3] for p in art.paragraphs]
    assert firsts == ["第一页", "第二页", "第三页"]
    assert fetched == [BASE + "content_9_2.htm", BASE + "content_9_3.htm"]


def test_without_a_fetcher_only_the_first_page():
    art = parse_html(PAGES[BASE + "content_9.htm"], url=BASE + "content_9.htm")
    assert [p[:3] for p in art.paragraphs] == ["第一页"]


def test_a_page_that_cannot_be_fetched_is_skipped():
    art = parse_html(PAGES[BASE + "content_9.htm"], url=BASE + "content_9.htm", fetch=lambda url: None)
    assert [p[:3] for p in art.paragraphs] == ["第一页"]
