"""The topic filter reads the raw page: title and text outside links, in Simplified script."""
from crawler.pagetext import page_text, text_hash
from crawler.rules import rules_for

PAGE = """<html><head><title>{title}</title></head><body>
<div class="nav"><a href="/zyfw">志愿服务</a><a href="/wmsj">文明实践</a></div>
<p>{text}</p><div class="related"><a href="/x">学雷锋活动启动</a></div></body></html>"""


def test_menu_links_do_not_make_a_page_on_topic():
    title, text = page_text(PAGE.format(title="道路改造完工", text="主干道恢复通车。"))
    assert "志愿服务" not in text and "学雷锋" not in text
    assert rules_for(["ytxww"])["ytxww"].on_topic(title, text)[0] is False


def test_body_words_make_a_page_on_topic():
    title, text = page_text(PAGE.format(title="社区新闻", text="志愿者为老人送餐。"))
    assert rules_for(["ytxww"])["ytxww"].on_topic(title, text) == (True, "志愿者")


def test_mirror_copy_in_traditional_with_pinyin_reads_as_the_original():
    _, original = page_text(PAGE.format(title="", text="开展志愿服务活动"))
    _, mirror = page_text(PAGE.format(title="", text="開(kāi)展志願(yuàn)服務(wù)活動(dòng)"))
    assert mirror == original
    assert text_hash([mirror]) == text_hash([original])


def test_not_html_gives_empty_text():
    assert page_text("") == ("", "")
