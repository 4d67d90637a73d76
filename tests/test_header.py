"""Which header line is the title: the traps of the seed pages, in new text."""
from parsers.assemble import assemble
from parsers.lines import Line

LEAD = "某某新闻网5月6日讯(通讯员:林立)为丰富辖区居民文化生活，社区志愿服务队走进小区开展文艺演出和便民服务活动，受到居民欢迎。"
BODY = "活动现场，志愿者们为老人测量血压、讲解健康知识，还为孩子们准备了手工课堂，现场气氛热烈，大家纷纷表示希望多办这样的活动。"


def parse(*lines):
    return assemble([Line(t) for t in lines])


def test_title_is_the_line_above_the_source_line():
    a = parse("网站首页", "社区志愿者走进小区送服务", "来源：某某新闻网  发布时间：2024-05-06 10:00", LEAD, BODY)
    assert a.title == "社区志愿者走进小区送服务" and a.published == "2024-05-06T10:00:00+08:00"


def test_spam_title_is_never_the_title():
    a = parse("澳门葡京娱乐_最新官网地址_真人娱乐", "发布时间：2024-05-06  来源：某某日报", LEAD, BODY)
    assert a.title is None and a.flags.seo_spam and a.flags.mirror


def test_stacked_captions_above_the_lead_are_not_a_title():
    a = parse("志愿者为老人测量血压", "孩子们在手工课堂上制作灯笼", LEAD, BODY)
    assert a.title is None
    assert a.captions == ["志愿者为老人测量血压", "孩子们在手工课堂上制作灯笼"]
    assert a.dateline == "某某新闻网5月6日讯" and a.authors == ["林立"]


def test_one_line_above_the_lead_is_the_title():
    assert parse("社区志愿者走进小区送服务", LEAD, BODY).title == "社区志愿者走进小区送服务"


def test_subtitle_and_kicker():
    a = parse("送服务到家门口", "——某街道探索志愿服务新模式", LEAD, BODY)
    assert (a.title, a.subtitle) == ("送服务到家门口", "某街道探索志愿服务新模式")
    b = parse("某某日报娱乐_365bet平台_官方地址", "发布时间：2024-05-06", "某社区居民三成是志愿者——", LEAD, BODY)
    assert b.title == "某社区居民三成是志愿者"


def test_short_line_inside_the_body_is_a_heading():
    a = parse("标题", LEAD, "一、服务到家门口", BODY, "责任编辑：王五")
    assert a.headings == ["一、服务到家门口"] and a.editors == ["王五"]
    assert len(a.paragraphs) == 2


def test_related_links_after_copyright_are_dropped():
    a = parse("标题", LEAD, BODY, "版权所有，未经授权不得转载", "某区举办春季运动会", "某商场开业")
    assert "运动会" not in a.body and "开业" not in a.body


def test_forum_reply_is_not_the_article():
    a = parse("某某论坛", "查看: 88|回复: 1", "送服务到家门口", "[复制链接]",
              "发表于 2024-5-6 10:00:00 | 显示全部楼层 |阅读模式", LEAD, BODY,
              "回复", "使用道具 举报", "发表于 2024-5-7 09:00:00 | 显示全部楼层", "稿件已采用，感谢投稿，请继续关注本站后续的活动报道与通知。")
    assert a.title == "送服务到家门口" and a.forum == {"views": 88, "replies": 1}
    assert a.published == "2024-05-06T10:00:00+08:00" and "稿件已采用" not in a.body


def test_watermark_words_after_paragraphs_are_dropped():
    mark = "某某网原创"
    a = parse("标题", LEAD + mark, BODY + mark, "居民们纷纷点赞，表示这样的活动办到了心坎上，希望以后常来。" + mark, BODY)
    assert mark not in a.body and len(a.paragraphs) == 4
    assert a.paragraphs[1].endswith("希望多办这样的活动。")


def test_a_line_repeated_through_the_body_is_dropped():
    a = parse("标题", LEAD, "扫码关注某某", BODY, "扫码关注某某", BODY.replace("活动", "服务"), "扫码关注某某")
    assert "扫码关注" not in a.body + "".join(a.headings)


def test_photo_credits_are_captions_not_body():
    a = parse("标题", LEAD, "新华网发（李某 摄）", BODY, "志愿者在社区开展义诊活动。某某街道供图")
    assert a.captions == ["新华网发（李某 摄）", "志愿者在社区开展义诊活动。某某街道供图"]
    assert "供图" not in a.body


def test_headline_from_markup_is_repaired_like_the_body():
    lines = [Line("奎文區(qū)東(dōng)關(guān)街道組(zǔ)織(zhī)志願(yuàn)者清掃(sǎo)背街小巷", "title"),
             Line("近日，東(dōng)關(guān)街道組(zǔ)織(zhī)志願(yuàn)者開(kāi)展背街小巷清掃(sǎo)活動(dòng)，清理垃圾兩(liǎng)噸(dūn)多。", "paragraph")]
    a = assemble(lines, known={"title": "奎文區(qū)東(dōng)關(guān)街道組(zǔ)織(zhī)志願(yuàn)者清掃(sǎo)背街小巷"})
    assert a.title == "奎文区东关街道组织志愿者清扫背街小巷"
    assert a.flags.script_converted and a.flags.pinyin_annotated
