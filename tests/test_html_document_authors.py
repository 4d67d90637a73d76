"""Who wrote a page and when, where no byline says so: an official
document's issuing body and signing date, a blog's owner named in <title>,
a commentary headline written "某某：标题"."""
from parsers.html import parse_html
from parsers.html.byline import name_prefixed_headline
from parsers.html.dates import document_date, issuing_body
from parsers.html.meta import blog_owner

PARAS = "".join(f"<p>{t}</p>" for t in [
    "为做好城东河道综合治理工程建设，维护相关单位和居民合法权益，根据有关规定，现就有关事项通告如下：",
    "一、自本通告发布之日起，在工程建设范围内禁止新建、扩建和改建项目，禁止擅自开发土地和修建房屋。",
    "二、各街道要切实履行属地管理责任，加强组织领导，对违反上述规定的行为依法严肃查处。",
    "特此通告。",
])


def _page(head: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/a'>通知公告</a></div>{body}</body></html>").encode()


def test_index_table_gives_issuer_and_both_dates_and_stays_out_of_the_text():
    table = ("<table><tr><td>索 引 号：</td><td>000000/2023-00001</td><td>分 类：</td><td>通告</td></tr>"
             "<tr><td>发文机关：</td><td>城东区人民政府</td><td>成文日期：</td><td>2023年03月01日</td></tr>"
             "<tr><td>发文字号：</td><td>东政通〔2023〕2号</td><td>发布日期：</td><td>2023年03月02日</td></tr></table>")
    art = parse_html(_page("<title>城东区人民政府关于河道治理的通告</title>"
                           "<meta name='PubDate' content='2023-03-02 09:00'>",
                           f"<h1>城东区人民政府关于河道治理的通告</h1>{table}<div>{PARAS}</div>"))
    assert art.authors == ["城东区人民政府"]
    assert art.published.startswith("2023-03-02")  # the page's 发布日期: coverage is counted by it
    assert art.document_date == "2023-03-01"  # the 成文日期, in a field of its own
    text = "\n".join(b.text for b in art.blocks)
    assert "索引号" not in text and "发文字号" not in text and "治理工程建设" in text


def test_signature_date_is_the_document_date_and_the_page_keeps_its_own():
    foot = "<p>城东区人民政府</p><p>2023年3月1日</p>"
    art = parse_html(_page("<title>城东区人民政府关于河道治理的通告</title>",
                           f"<h1>城东区人民政府关于河道治理的通告</h1><div class='info'>发布时间：2023-03-06 10:20</div>"
                           f"<div><p>东政通〔2023〕2号</p>{PARAS}{foot}</div>"))
    assert art.document_date == "2023-03-01"
    assert art.published.startswith("2023-03-06") and art.published_from == "line"


def test_a_document_with_no_date_of_its_own_page_is_dated_by_its_signature():
    foot = "<p>城东区人民政府</p><p>2023年3月1日</p>"
    art = parse_html(_page("<title>城东区人民政府关于河道治理的通告</title>",
                           f"<h1>城东区人民政府关于河道治理的通告</h1><div><p>东政通〔2023〕2号</p>{PARAS}{foot}</div>"))
    assert art.document_date == "2023-03-01"
    assert art.published == "2023-03-01"


def test_numbered_document_is_dated_by_its_signature():
    head = "城东区人民政府关于河道治理的通告 东政通〔2023〕2号"
    foot = ["特此通告。", "城东区人民政府", "2023年3月1日", "扫一扫在手机打开当前页"]
    assert document_date(head, foot) == "2023-03-01"
    assert issuing_body(head, foot) == "城东区人民政府"


def test_a_news_story_ending_with_a_date_is_not_a_signed_document():
    head = "城东区志愿者为老人送温暖"  # no document number
    foot = ["活动受到居民好评。", "城东区志愿者协会", "2023年3月1日"]
    assert document_date(head, foot) is None and issuing_body(head, foot) is None
    assert document_date("成文日期：", ["成文日期：2023年3月1日"]) is None  # the field is read above the text only


def test_blog_owner_in_title():
    assert blog_owner("春游记_小桥流水_新浪博客", "春游记") == "小桥流水"
    assert blog_owner("小桥流水的博客", None) == "小桥流水"
    assert blog_owner("小桥流水 | blog.example.com", "春游记") == "小桥流水"
    assert blog_owner("春游记 | blog.example.com", "春游记") is None  # the post's own headline
    assert blog_owner("博客大赛颁奖_城东新闻网", "博客大赛颁奖") is None  # a story about blogs


def test_blog_post_without_byline_is_by_the_owner():
    art = parse_html(_page("<title>小桥流水 | blog.example.com</title>",
                           f"<h2>春游记</h2><div>{PARAS}</div>"), url="http://blog.example.com/p/1")
    assert art.authors == ["小桥流水"]


def test_name_prefixed_headline_with_the_name_alone_nearby():
    assert name_prefixed_headline(["山间客：我为什么做志愿者", "我为什么做志愿者", "山间客"]) == ("山间客", "我为什么做志愿者")
    # a label or a phrase before the colon, or a name standing nowhere alone, is no byline
    assert name_prefixed_headline(["通知：关于开展志愿服务的安排", "通知"]) is None
    assert name_prefixed_headline(["山间客：我为什么做志愿者", "我为什么做志愿者"]) is None
    assert name_prefixed_headline(["我们的活动：一年来的回顾", "我们的活动"]) is None


def test_label_cells_join_their_values_but_not_a_heading_and_its_paragraph():
    from parsers.html.tree import join_label_cells, parse_tree, segments

    root = parse_tree("<table><tr><td>发文机关：</td><td>城东区人民政府</td></tr>"
                      "<tr><td>专家观点：</td><td>志愿服务要常态化，不能一阵风。</td></tr></table>")
    texts = [s.text for s in join_label_cells(segments(root))]
    assert texts == ["发文机关：城东区人民政府", "专家观点：", "志愿服务要常态化，不能一阵风。"]
