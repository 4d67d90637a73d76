"""Classes of pages nobody tuned the extractor for, each shown by fixture
pages of two made-up sites (tests/fixtures/html/<class>_*): table layouts,
<br> runs, comment threads, teaser sidebars, split bodies, forum posts.
The cases' checks.json hold what the text must and must not contain; here
the fields of each class."""
from __future__ import annotations

import pytest

from tests.refresh_fixtures import case_names, parse_case

CLASSES = ("table_layout", "br_runs", "comments", "teasers", "split", "forum")


@pytest.mark.parametrize("page_class", CLASSES)
def test_every_class_has_pages_of_two_sites(page_class):
    from urllib.parse import urlsplit

    from tests.refresh_fixtures import CASES, read_json

    cases = [c for c in case_names() if c.startswith(page_class)]
    hosts = {urlsplit(read_json(CASES / c / "meta.json")["url"]).hostname for c in cases}
    assert len(hosts) >= 2, f"{page_class}: pages of {hosts}"


@pytest.mark.parametrize("case", [c for c in case_names() if c.startswith(CLASSES)])
def test_every_page_of_a_class_gives_its_article(case):
    art = parse_case(case)
    assert art.error is None and len(art.body) >= 100
    assert art.extraction_method and 0 < art.extraction_confidence <= 1


@pytest.mark.parametrize("case,count", [("split_chapters", 6), ("split_lead_block", 5), ("table_layout_town", 4)])
def test_a_split_body_keeps_all_its_blocks(case, count):
    assert len(parse_case(case).paragraphs) == count


@pytest.mark.parametrize("case,poster,posted", [
    ("forum_table_thread", "暖阳春晓", "2008-03-02T10:26:00+08:00"),
    ("forum_div_thread", "清溪流水", "2020-08-17T19:02:00+08:00"),
])
def test_a_forum_post_is_by_its_poster_at_its_post_time(case, poster, posted):
    art = parse_case(case)
    assert art.authors == [poster] and art.published == posted


@pytest.mark.parametrize("case,authors", [
    ("table_layout_essay", ["岳明川"]), ("table_layout_town", ["韩晓东"]),
    ("comments_news", ["宁雪松"]), ("split_chapters", ["蒋一苇"]),
])
def test_bylines_of_the_classes(case, authors):
    assert parse_case(case).authors == authors


def test_hard_wrapped_lines_are_one_paragraph():
    paragraphs = parse_case("br_runs_wrapped_essay").paragraphs
    assert any("退休前是一名小学语文教师" in p for p in paragraphs)  # broken after 退休 in the page
    assert not any(p.endswith("退休") for p in paragraphs)
