"""Furniture an outlet sets inside or under its articles: disclaimers, its
own promotions, readers' comments, editor lines in bracketed forms, and a
box of related links set in mid-article."""
import pytest

from parsers.assemble import assemble
from parsers.boilerplate import chrome_rule
from parsers.lines import Line
from parsers.textmeta import read_meta_line

LEAD = "3月5日上午，城东街道新时代文明实践站组织志愿者走进幸福里社区，为独居老人打扫卫生、检查水电，并送上慰问品。"
MORE = "志愿者们分成三个小组，逐户走访，记录老人们的需求，约定下个月再来帮忙修剪花木、清理楼道杂物。"


@pytest.mark.parametrize("rule,line", [
    ("disclaimer", "免责声明：本文仅代表作者个人观点，与本站无关，请读者仅作参考。"),
    ("disclaimer", "声明："),
    ("disclaimer", "• 凡注明来源为其他媒体的稿件，均转载自其他媒体，转载并不代表本网赞同其观点。"),
    ("disclaimer", "声明：本报所载资料仅供参考，不构成投资建议。"),
    ("disclaimer", "声明：城东网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。"),
    ("social or sms promo", "城东新闻现已开设Facebook专页，快点到Facebook Like我们的专页！"),
    ("social or sms promo", "城东微博#爆料#或短信爆料13800000000 一经采用即有奖励"),
    ("social or sms promo", "订城东手机报，移动发CDSJB到10650000，联通发CDSJ到10660000。"),
    ("merchant listing", "[商家名称] 城东某某电器有限公司"),
    ("merchant listing", "[联 系 人] 王小明"),
    ("reader comments", "小李 对社区志愿服务的评论:"),
    ("reader comments", "网友评论"),
    ("reader comments", "已有_COUNT_位用户评论 点击查看评论"),
])
def test_outlet_furniture_is_named(rule, line):
    assert chrome_rule(line) == rule


@pytest.mark.parametrize("line", [
    "市文明办发表声明：倡议市民文明出行，不闯红灯。",          # 声明 inside a sentence
    "对于项目风险，通行的原则是政府引起的风险由政府承担，此外概不负责。",  # a disclaiming phrase in prose
    "志愿者通过微信公众号发布招募信息，欢迎居民关注并报名参加。",  # a platform named in the story
    "他说：“我对这件事的评论很简单，做好事不图回报。”",
    "专家对新规的评论",
    "[商家名称]一栏由志愿者如实填写，便于居民联系。",
])
def test_the_same_words_in_article_text_are_not_furniture(line):
    assert chrome_rule(line) is None


@pytest.mark.parametrize("line,editors", [
    ("[责任编辑：robot] 标签：志愿服务 社区", ["robot"]),
    ("(王小明 编辑)", ["王小明"]),
    ("【作者：《城东日报》综合报道 】 (责任编辑：李四)", ["李四"]),
])
def test_editor_lines_in_bracketed_forms(line, editors):
    meta = read_meta_line(line)
    assert meta.editors == editors and not meta.authors


def test_a_sentence_naming_an_editor_is_not_an_editor_line():
    assert not read_meta_line("编辑部召开会议，王小明编辑介绍了本月的志愿服务选题。")


def _body(lines):
    art = assemble([Line(t) for t in lines], parser="test")
    return [b.text for b in art.blocks], art


def test_disclaimer_and_what_follows_it_are_not_article():
    texts, _ = _body(["社区志愿者为老人送温暖", LEAD, MORE, "声明：", "凡注明为其他媒体来源的信息，均为转载，转载并不代表本网赞同其观点。",
                      "电话：0000-12345678 传真：0000-12345679"])
    assert texts == [LEAD, MORE]


def test_bracketed_editor_line_ends_the_article_and_names_the_editor():
    texts, art = _body(["社区志愿者为老人送温暖", LEAD, MORE, "(王小明 编辑)", "相关推荐：更多志愿服务新闻"])
    assert texts == [LEAD, MORE] and art.editors == ["王小明"]


def test_related_links_box_in_mid_article_does_not_end_it():
    box_story = ("据不完全统计，全区今年已有两千余名志愿者参与敬老服务，累计服务时长超过三万小时，"
                 "覆盖所有社区和行政村，受到老人和家属的普遍欢迎。")
    texts, _ = _body(["社区志愿者为老人送温暖", LEAD, "相关链接", "全区敬老服务成效明显", box_story, MORE])
    assert MORE in texts and box_story in texts


def test_related_headlines_under_the_article_still_end_it():
    texts, _ = _body(["社区志愿者为老人送温暖", LEAD, MORE, "相关链接", "城西街道开展植树活动", "城北社区举办邻里节"])
    assert texts == [LEAD, MORE]


def test_readers_comments_under_the_article_are_not_article():
    texts, _ = _body(["社区志愿者为老人送温暖", LEAD, MORE, "小李 对社区志愿服务的评论:",
                      "这样的活动很好，希望多多组织，让更多老人感受到温暖，我们也愿意报名参加。"])
    assert texts == [LEAD, MORE]


def test_promotion_in_traditional_script_is_dropped_from_an_html_page():
    from parsers.html import parse_html

    promo = "城東新聞現已開設Facebook專頁，讓你即時掌握本地新聞資訊，與朋友分享！快點到Facebook Like我們的專頁！"
    paras = "".join(f"<p>{t}</p>" for t in [
        "城東街道新時代文明實踐站組織志願者走進幸福里社區，為獨居老人打掃衛生、檢查水電，並送上慰問品。",
        "志願者們分成三個小組，逐戶走訪，記錄老人們的需求，約定下個月再來幫忙修剪花木、清理樓道雜物。", promo])
    page = f"<html><head><meta charset='utf-8'><title>志願者送溫暖</title></head><body><h1>志願者送溫暖</h1><div>{paras}</div></body></html>"
    text = "\n".join(b.text for b in parse_html(page.encode()).blocks)
    assert "志愿者们分成三个小组" in text and "Facebook" not in text


def test_contact_lines_close_the_article_but_stay_inside_it():
    contact = "电话：0000-12345678 传真：0000-12345679"
    texts, _ = _body(["社区志愿者为老人送温暖", LEAD, MORE, contact, "邮箱：tips@example.com 处理时间：9:00—18:00"])
    assert texts == [LEAD, MORE]
    texts, _ = _body(["社区招募志愿者", LEAD, "联系人：王小明 联系电话：0000-12345678", MORE])
    assert "联系人：王小明 联系电话：0000-12345678" in texts and MORE in texts
