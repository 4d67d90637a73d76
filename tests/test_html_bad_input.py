"""Broken HTML gives a record or an error record with its reason, never an
exception that would stop a batch."""
import random

import pytest

from parsers.html import parse_html

ARTICLE = ("<html><head><meta charset='utf-8'><title>社区举办义诊</title></head><body><h1>社区举办义诊</h1>"
           "<div class='content'><p>社区卫生服务中心的医生志愿者为居民测量血压、讲解慢性病防治知识，"
           "服务居民一百余人次。</p></div></body></html>")


@pytest.mark.parametrize("data", [
    b"", b"   \n", b"\x00" * 64, b"\xff\xfe\x00", ARTICLE.encode()[:40], ARTICLE.encode()[:-30],
    ARTICLE.encode("utf-16"), ARTICLE.encode("gb18030"), b"<html><body></body></html>",
    b"<" * 500, ("<div>" * 3000 + "志愿服务。" * 20).encode(),
])
def test_damaged_pages_do_not_raise(data):
    article = parse_html(data, url="http://www.example.cn/a.html")
    assert article.error or article.body


def test_random_bytes_do_not_raise():
    rng = random.Random(20231123)
    for _ in range(100):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 600)))
        article = parse_html(data)
        assert article.error or article.body


def test_a_page_cut_short_still_gives_its_text():
    article = parse_html(ARTICLE.encode()[:-30])
    assert "慢性病防治知识" in article.body
