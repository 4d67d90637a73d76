"""A <title> that names only the site: the line repeating it is the
site's logo, and the headline is the line above the article."""
from parsers.html import parse_html

PARAS = "".join(f"<p>{t}</p>" for t in [
    "3月5日上午，城东街道新时代文明实践站组织志愿者走进幸福里社区，为独居老人打扫卫生、检查水电，并送上慰问品。",
    "志愿者们分成三个小组，逐户走访，记录老人们的需求，约定下个月再来帮忙修剪花木、清理楼道杂物。",
])


def _page(title: str) -> bytes:
    nav = "".join(f"<td><a href='/c/{i}'>栏目{i}</a></td>" for i in range(6))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='logo'>城东新闻网</div><table><tr>{nav}</tr></table>"
            f"<table><tr><td>志愿者为独居老人送温暖</td></tr><tr><td>{PARAS}</td></tr></table></body></html>").encode()


def test_title_naming_only_the_site_is_not_the_headline():
    assert parse_html(_page("城东新闻网")).title == "志愿者为独居老人送温暖"


def test_title_with_headline_and_site_still_finds_the_headline():
    assert parse_html(_page("志愿者为独居老人送温暖_城东新闻网")).title == "志愿者为独居老人送温暖"


def test_og_title_holding_the_site_name_is_not_the_headline():
    og = "<meta property='og:title' content='城东新闻网'><meta property='og:site_name' content='城东新闻网'>"
    page = _page("城东新闻网").replace(b"</title>", ("</title>" + og).encode())
    assert parse_html(page).title == "志愿者为独居老人送温暖"
