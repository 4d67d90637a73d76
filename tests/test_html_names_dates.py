"""What a byline may name and which date is the page's own: persons only,
by a rule about names; the page's date from its metadata, the lines under
its headline or its URL, never a date quoted in a sentence of the text.
Also a headline set over several lines and a like button under the text."""
import pytest

from parsers.html import parse_html
from parsers.html.byline import is_person, persons

PARAS = [
    "早在1995年5月4日，老街社区就成立了全市第一支青年志愿服务队，当时只有十二名队员。",
    "二十五年过去，服务队已经发展到三百多人，服务内容从义务理发扩展到助老、助学、环保等十多个方面。",
    "今年五四青年节，服务队举行了成立二十五周年座谈会，老队员和新队员一起回顾了这些年的故事。",
]


def _page(head: str = "", top: str = "", paras=PARAS, tail: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    nav = "".join(f"<a href='/c/{i}'>栏目{i}</a> " for i in range(6))
    return (f"<html><head><meta charset='utf-8'><title>老街社区青年志愿服务队走过二十五年</title>{head}</head><body>"
            f"<div class='nav'>{nav}</div><h1>老街社区青年志愿服务队走过二十五年</h1>{top}"
            f"<div class='content'>{body}</div>{tail}</body></html>").encode()


@pytest.mark.parametrize("name", ["简介", "修订版", "佚名", "报道组", "系统管理员", "宣传部", "管理员", "网络编辑部"])
def test_words_for_texts_groups_and_staff_are_not_persons(name):
    assert not is_person(name)


@pytest.mark.parametrize("name", ["韩晓东", "欧阳明月", "茉莉", "眉间尺", "阿卜杜·热合曼", "John Smith"])
def test_persons_and_pen_names_are(name):
    assert is_person(name)


def test_role_labels_come_off_a_name():
    assert persons(["记者傅勇涛", "通讯员 陆佳", "报道组"]) == ["傅勇涛", "陆佳"]


@pytest.mark.parametrize("line", ["作者：简介", "作者：修订版", "责任编辑：系统管理员", "来源：报道组"])
def test_bylines_that_name_no_one_give_no_author_or_editor(line):
    art = parse_html(_page(top=f"<div class='info'>{line}</div>"))
    assert art.authors == [] and art.editors == []


def test_a_date_quoted_in_the_text_is_not_the_page_date_the_url_is():
    art = parse_html(_page(), url="http://www.laojie.example.cn/news/20200506/123.html")
    assert art.published == "2020-05-06" and art.published_from == "url"


def test_the_date_under_the_headline_wins_over_one_in_the_text():
    art = parse_html(_page(top="<div class='info'>2020-05-06 10:30 来源：老街社区</div>"))
    assert art.published == "2020-05-06T10:30:00+08:00"


def test_a_date_quoted_in_the_text_gives_no_date_at_all():
    assert parse_html(_page()).published is None


def test_a_headline_over_several_lines_is_read_whole():
    head = ("<div id='text'><p align='center'><strong>城东区志愿服务联合会<br>关于表彰2023年度<br>优秀志愿者的决定</strong></p>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>")
    page = (f"<html><head><meta charset='utf-8'><title>城东区志愿服务联合会关于表彰2023年度优秀志愿者的决定_城东区政府网</title>"
            f"</head><body>{head}</body></html>").encode()
    art = parse_html(page)
    assert art.title == "城东区志愿服务联合会关于表彰2023年度优秀志愿者的决定"
    assert not any("关于表彰2023年度" == p for p in art.paragraphs)


@pytest.mark.parametrize("widget", ["+1", "0", "♥ 12"])
def test_a_like_button_under_the_text_is_not_its_last_line(widget):
    art = parse_html(_page(paras=PARAS + [widget]))
    assert art.paragraphs[-1] == PARAS[-1]


def test_a_blog_kept_by_an_office_has_no_person_for_its_author():
    page = _page().replace("<title>老街社区青年志愿服务队走过二十五年</title>".encode(),
                           "<title>老街社区青年志愿服务队走过二十五年_城东区宣传部_新浪博客</title>".encode())
    assert parse_html(page).authors == []
    page = page.replace("城东区宣传部".encode(), "小桥流水".encode())
    assert parse_html(page).authors == ["小桥流水"]
