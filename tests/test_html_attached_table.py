"""A table an article announces under its last line (附：…) is part of
it, read row by row; a layout table around the article is not a data table."""
from parsers.html import parse_html

PARAS = "".join(f"<p>{t}</p>" for t in [
    "城东区新时代文明实践中心现面向社会招募2023年度志愿者，欢迎热心公益的市民踊跃报名参加。",
    "报名者须年满十八周岁，身体健康，每月能参加不少于两次志愿服务活动，服从服务队的统一安排。",
    "报名时间为3月1日至3月15日，请携带身份证到各街道文明实践所登记，招募岗位和人数见附表。",
])
ROWS = [("服务队", "岗位", "人数"), ("敬老服务队", "陪伴老人", "20"), ("环保服务队", "垃圾分类", "15"),
        ("助学服务队", "课业辅导", "15"), ("文体服务队", "文艺演出", "15")]


def _page(between: str = "", wrap: bool = False) -> bytes:
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS) + "</table>"
    article = f"<div class='content'>{PARAS}</div><p>附：招募岗位及人数</p>{between}{table}"
    if wrap:  # the whole page laid out in one table
        article = f"<table><tr><td><a href='/'>首页</a></td><td>{article}</td></tr></table>"
    links = "".join(f"<li><a href='/n/{i}'>城东区第{i}期志愿服务活动回顾与展望</a></li>" for i in range(8))
    return (f"<html><head><meta charset='utf-8'><title>城东区招募志愿者</title></head><body>"
            f"<h1>城东区招募志愿者</h1>{article}<ul class='related'>{links}</ul></body></html>").encode()


def test_announced_table_is_read_row_by_row():
    text = [b.text for b in parse_html(_page()).blocks]
    assert "敬老服务队 陪伴老人 20" in text and "文体服务队 文艺演出 15" in text
    assert not any("志愿服务活动回顾" in t for t in text)


def test_repeated_cells_of_the_table_are_kept():
    text = "\n".join(b.text for b in parse_html(_page()).blocks)
    assert text.count(" 15") == 3  # three rows end with the same count; none is taken for a watermark


def test_a_layout_row_holding_the_article_is_not_joined_into_one_line():
    text = [b.text for b in parse_html(_page(wrap=True)).blocks]
    assert any(t.startswith("报名者须年满十八周岁") for t in text)  # its paragraphs stay paragraphs


def test_references_set_as_a_table_under_the_article_are_kept():
    refs = "<table>" + "".join(f"<tr><td>[{i}]</td><td>王小明. 社区志愿服务研究[J]. 城东学刊, 202{i}(1): 1-9.</td></tr>"
                               for i in range(1, 5)) + "</table>"
    page = (f"<html><head><meta charset='utf-8'><title>城东区招募志愿者</title></head><body>"
            f"<h1>城东区招募志愿者</h1><div>{PARAS}</div><p>参考文献</p>{refs}</body></html>").encode()
    text = [b.text for b in parse_html(page).blocks]
    assert "[3] 王小明. 社区志愿服务研究[J]. 城东学刊, 2023(1): 1-9." in text
