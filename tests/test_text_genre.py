"""The cleaner on the genre's own page furniture, in new text written for these tests."""
import pytest

from parsers import chinese
from parsers.assemble import assemble
from parsers.boilerplate import ENDS_ARTICLE, chrome_rule, is_spam, spam_suffix, strip_jammers, strip_watermarks
from parsers.lines import Line
from parsers.textmeta import parse_names, read_meta_line

LEAD = "为丰富辖区居民文化生活，近日，某某社区新时代文明实践站组织志愿者走进小区开展便民服务活动，受到居民欢迎。"
BODY = "活动现场，志愿者们为老人测量血压、讲解健康知识，还为孩子们准备了手工课堂，现场气氛热烈，大家纷纷表示希望多办这样的活动。"
MORE = "下一步，社区将继续依托志愿服务队伍，常态化开展文明实践活动，让居民在家门口感受到温暖，共同建设和谐美好家园。"


def parse(*lines):
    return assemble([Line(t) for t in lines])


# --- header reader: metadata lines recognised by their shape -----------------

@pytest.mark.parametrize("line,published,source", [
    ("2024-05-06 09:20 来源：某某日报", "2024-05-06T09:20:00+08:00", "某某日报"),
    ("来源：某县融媒体中心 | 2023-11-02 10:05:31", "2023-11-02T10:05:31+08:00", "某县融媒体中心"),
    ("时间:2022-03-05   浏览量:86 次  来源:某某晚报", "2022-03-05", "某某晚报"),
])
def test_date_and_source_lines_with_or_without_labels(line, published, source):
    meta = read_meta_line(line)
    assert (meta.published, meta.source) == (published, source)


def test_editor_line_with_a_bare_date_and_list_marked_fields():
    meta = read_meta_line("编辑: 周小雨 2024-03-26 09:44:29")
    assert meta.editors == ["周小雨"] and meta.published.startswith("2024-03-26")
    assert read_meta_line("- 作者 :吴一凡").authors == ["吴一凡"]
    assert read_meta_line("- 访问次数 :") and not read_meta_line("- 访问次数 :").source


def test_bare_self_source_is_no_outlet():
    assert read_meta_line("来源：本报").source is None
    assert read_meta_line("发布时间：2023-08-30 作者：佚名 来源：某省农业农村厅").authors == []


def test_headline_below_a_date_line_and_above_a_bare_date():
    a = parse("日期:2019-04-02(总数:12)", "某镇开展植树志愿活动", LEAD, BODY)
    assert a.title == "某镇开展植树志愿活动" and a.published == "2019-04-02"
    b = parse("某区开展敬老志愿服务", "2021-10-09 08:30", LEAD, BODY)
    assert b.title == "某区开展敬老志愿服务" and b.published.startswith("2021-10-09")


def test_a_date_closing_a_notice_stays_text():
    a = parse("关于开展志愿服务的通知", "发布时间：2022-01-05", LEAD, BODY, "某某街道办事处", "2022年1月4日")
    assert a.published == "2022-01-05" and a.document_date == "2022-01-04"
    assert a.texts("signature") == ["某某街道办事处", "2022年1月4日"] and a.paragraphs[-1] == BODY  # its signer, not its last paragraph


def test_signing_date_stands_in_only_without_a_publishing_date():
    a = parse("某街道志愿服务公告", "成文日期：2021-01-04", "发布日期：2021-01-06", LEAD, BODY)
    assert a.published == "2021-01-06"
    b = parse("某街道志愿服务公告", "成文日期：2021-01-04", LEAD, BODY)
    assert b.published == "2021-01-04"


# --- byline grammar -----------------------------------------------------------

def test_role_glued_to_the_name_and_organisations_left_out():
    assert parse_names("记者陈小东") == ["陈小东"]
    assert parse_names("楚小湘-某某站") == ["楚小湘"]


def test_photo_credit_in_a_caption_names_the_photographer():
    a = parse("某县开展义诊", "来源：某某网", LEAD, "某某村.jpg", "医生为村民测量血压 摄影 邢小磊", BODY)
    assert "邢小磊" in a.authors and a.paragraphs == [LEAD, BODY]
    b = parse("某县开展义诊", "来源：某某网", LEAD, "IMG_0012.png", "志愿者为老人理发(记者 陈一冬 摄)", BODY)
    assert "陈一冬" in b.authors


# --- review chains and site clutter ------------------------------------------

CLUTTER = {
    "review line": ["初审：张一 复审：李二 终审：王三", "审核：厉小敏", "统筹：孙小宇", "二审｜赵四"],
    "site footer": ["中共某某县委、某某县人民政府主管，县委宣传部主办，县融媒体中心承办", "某ICP备10010320号-1",
                    "某某互联网违法和不良信息举报中心", "站长统计"],
    "navigation link": ["回顶部", "全部>>", "更多>>", "点击查看全文", "上一篇 下一篇", "第7B版:社区 上一版 下一版"],
    "calendar widget": ["123456", "78910111213"],
    "clock header": ["今天是:", "今天是2024年5月6日 星期一"],
    "login prompt": ["用户登录", "还没有账号?立即注册", "登录查看大图"],
    "comment counter": ["已有3人发表了评论", "我要投稿", "复制本文链接", "原文链接:http://example.org/a/1.html"],
    "share or app prompt": ["立即下载", "长按识别二维码关注我们", "官方微信：某某发布"],
    "breadcrumb": ["首页 新闻中心 本地新闻 - 社会", "首页 > 专题 > 文明创建"],
    "related links header": ["相关新闻:", "相关附件：", "最新信息"],
    "disclaimer": ["声明：此文版权归原作者所有，若有来源错误或者侵犯您的合法权益，您可通过邮箱与我们取得联系，我们将及时进行处理。",
                   "本站部分内容来源于网络，如有侵权请联系删除"],
    "pinyin line": ["Zhèng zhōu: dì tiě zhàn lǐ de “ài xīn sǎn” jiè le huán、huán le jiè"],
    "editor's afterword": ["【编后】", "编后语：十五年，一支义工队伍从几十人发展到数万人，靠的是一份坚持。",
                           "【编者注】“文明实践在基层”专栏集中展示各地新时代文明实践的生动案例。"],
    "social or sms promo": ["欢迎关注“某某融媒”微信公众号，第一时间获取本地权威资讯。新闻线索、投稿请发邮箱abc2019@126.com。",
                            "欢迎广大通讯员踊跃投稿，新闻线索请发送至邮箱news@example.com。",
                            "更多某某志愿者最新消息，请关注某某速递网某某新闻今日头条频道！"],
}


@pytest.mark.parametrize("rule,line", [(r, l) for r, lines in CLUTTER.items() for l in lines])
def test_clutter_line_is_named(rule, line):
    assert chrome_rule(line) == rule


@pytest.mark.parametrize("line", [
    "今天是学雷锋纪念日，社区志愿者早早来到广场，为居民义务理发、修理小家电。",
    "审核通过后，志愿者将统一佩戴工作证上岗，为群众提供咨询服务。",
    "更多志愿者加入到服务队伍中来，为社区发展贡献力量。",
    "居民可关注“某某社区”微信公众号预约理发、义诊等服务。",
    "【编者按】近年来，某某县大力弘扬志愿精神，一支志愿服务队伍活跃在城乡各个角落。",
    "志愿者还为老人讲解了遇到侵权纠纷时如何维护自己的合法权益。",
])
def test_clutter_words_inside_sentences_stay(line):
    assert chrome_rule(line) is None


def test_clock_header_gives_no_date_and_closing_clutter_goes():
    a = parse("今天是2024年5月6日 星期一", "某社区开展义诊", LEAD, BODY, "回顶部", "还没有账号?", "立即注册")
    assert a.published is None and a.paragraphs[-1] == BODY


# --- spam scorer -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "午夜福利试看|国产自拍偷拍第三页|亚洲在线看片|某某传媒最新出品",  # porn keyword stuffing
    "久久精品视频,无码高清在线,中文字幕第一页,婷婷综合",
    "外勤365下载安装版本_365bet体育平台_365bet新地址",  # gambling
    "某某彩票_时时彩开奖_北京赛车pk10_最新网址",
    "【广告】幸运彩票 注册即送58元 官方认证 点击下载",  # a copy site's ads
    "【推荐】足不出户 在家兼职 日结300+ 加微信：yw66888",
    "相关搜索：某某志愿者最新消息 某某爱心伞在哪借 某某新闻今日头条",  # the searches it was stuffed for
])
def test_spam_lines(line):
    assert is_spam(line)


@pytest.mark.parametrize("line", [
    "社区志愿者走进小区开展反诈宣传，提醒居民远离网络赌博陷阱，守好钱袋子。",
    "产品远销欧美、日韩、东南亚，带动三百余户村民增收致富。",
    "活动现场可在线观看直播，市民反响热烈，纷纷点赞。",
    "志愿者提醒居民，凡是要求“在家兼职、日结300元”的都是诈骗，不要轻信。",
])
def test_sentences_that_name_such_things_are_not_spam(line):
    assert not is_spam(line)


def test_headline_keeps_its_words_when_spam_is_appended():
    assert spam_suffix("社区志愿者开展敬老活动|天天爱彩票_时时彩") == ("社区志愿者开展敬老活动", True)
    assert spam_suffix("某镇文明实践站开展义诊_久久精品无码_中文字幕") == ("某镇文明实践站开展义诊", True)
    assert spam_suffix("某某日报娱乐_365bet平台_官方地址")[1] is False


# --- jammers and mirror signs ------------------------------------------------

def test_jammer_strings_between_sentences_go():
    texts = ["志愿者来到社区。x3Kd9Q为老人理发，aB7cD2e修剪指甲。", "活动结束后，7hTq2wZ大家合影留念。"]
    out, n = strip_jammers(texts)
    assert n == 3 and out == ["志愿者来到社区。为老人理发，修剪指甲。", "活动结束后，大家合影留念。"]


def test_model_names_and_units_are_not_jammers():
    texts = ["他购买了iPhone4S手机。", "病毒H5N1流感，5G网络，COVID19疫情，PatentlyApple报道。"]
    assert strip_jammers(texts) == (texts, 0)


def test_junk_symbol_runs_go():
    out, n = strip_jammers(["社区%@#*志愿者开展活动。", "大家**&^积极参与。"])
    assert n == 2 and out == ["社区志愿者开展活动。", "大家积极参与。"]


def test_a_writers_drawl_of_tildes_is_no_junk_and_no_mirror_sign():
    texts = ["好帖~~~大家都来看看志愿者的故事。", "活动很成功~ ~ ~ ~下次还来。"]
    assert strip_jammers(texts) == (texts, 0)
    drawl = LEAD.replace("，受到", "~~~，受到")
    a = parse("某社区开展活动", "来源：某某日报", drawl, BODY, MORE)
    assert a.paragraphs[0] == drawl and not a.flags.mirror
    assert parse("某社区开展活动", "来源：某某日报", LEAD + "%@#*", BODY, MORE).flags.mirror


def test_watermark_before_every_paragraph_is_dropped_and_marks_a_mirror():
    a = parse("某社区开展活动", "来源：某某日报", "某某资讯网|" + LEAD, "某某资讯网|" + BODY, "某某资讯网|" + MORE)
    assert a.paragraphs == [LEAD, BODY, MORE] and a.flags.mirror
    texts, marks = strip_watermarks(["好文网：" + LEAD, "好文网：" + BODY, "好文网：" + MORE])
    assert marks == ["好文网："] and texts[0] == LEAD


def test_paragraphs_that_begin_or_end_alike_keep_their_words():
    starts = ["张某表示，" + LEAD, "张某表示，" + BODY, "张某表示，" + MORE]
    assert strip_watermarks(starts) == (starts, [])
    items = ["一是开展敬老助老志愿服务活动", "二是开展环境整治志愿服务活动", "三是开展文明交通志愿服务活动",
             LEAD, BODY, MORE, LEAD + "。", BODY + "。"]
    assert strip_watermarks(items)[0][:3] == items[:3]


def test_traditional_script_alone_is_no_mirror():
    trad = ("某縣舉辦新時代文明實踐志願服務大集活動", "來源：某某國際在線 | 2025-04-14 12:38:32",
            "近日，某縣舉辦了一場形式多樣、內涵豐富的新時代文明實踐志願服務大集活動，吸引眾多群眾參與。",
            "活動現場有序劃分出普法宣傳、醫療安全、文化服務等多個功能區域，每個攤位前都圍滿了前來諮詢的群眾。")
    a = parse(*trad)
    assert a.flags.script_converted and not a.flags.mirror
    b = parse(trad[0], trad[1], trad[2].replace("舉", "舉(jǔ)"), trad[3])
    assert b.flags.pinyin_annotated and b.flags.mirror


# --- damage, punctuation, 著/着 ------------------------------------------------

@pytest.mark.parametrize("text", ["送飯?！爸灰用裼行枰,我就會去做", "——??谑忻捞m區志愿服務", "打?。?/a>3月7日,全國", "志愿服�"])
def test_lost_byte_shapes_are_found(text):
    report = chinese.DamageReport()
    out = chinese.mark_byte_damage(text, report)
    assert report.found >= 1 and "?！" not in out and "/a>" not in out


@pytest.mark.parametrize("text", ["为他送饭?!爸灰用裼行枰?,我就会去做", "免费修补鞋子?!斑@是我第四次参加"])
def test_question_and_exclamation_before_garbled_characters_is_damage(text):
    report = chinese.DamageReport()
    assert "?!" not in chinese.mark_byte_damage(text, report) and report.found == 1


def test_a_real_question_mark_is_not_damage():
    report = chinese.DamageReport()
    assert chinese.mark_byte_damage("真的吗?!我不相信这是真的。", report) == "真的吗?!我不相信这是真的。"
    report = chinese.DamageReport()
    assert chinese.mark_byte_damage("怎样把服务送到群众心坎上?大家各抒己见。", report) == "怎样把服务送到群众心坎上?大家各抒己见。"
    assert report.found == 0


def test_comma_before_every_mark_goes_and_the_mark_stays():
    a = parse("某区学雷锋", "来源：某某报", "雷锋出生,、成长和工作过的地方,。半个多世纪以来,,这里坚持用雷锋精神育人,,成效显著,。" + LEAD, BODY)
    assert a.paragraphs[0].startswith("雷锋出生、成长和工作过的地方。半个多世纪以来,这里坚持用雷锋精神育人,成效显著。")


@pytest.mark.parametrize("trad,simple", [
    ("有著二十年經驗", "有着二十年经验"),
    ("隨著時代發展", "随着时代发展"),
    ("著名的老鞋匠", "著名的老鞋匠"),
    ("成效顯著", "成效显著"),
])
def test_zhu_read_as_particle_only_outside_its_own_words(trad, simple):
    assert chinese.to_simplified_text(trad) == simple


# --- header and body shapes ----------------------------------------------------

def test_repeated_headline_and_dash_subtitle():
    a = parse("小事暖人心(2)", "久久精品无码,中文字幕乱码,婷婷综合", "小事暖人心(2)", "——某区志愿服务纪实", LEAD, BODY)
    assert a.title == "小事暖人心(2)" and a.subtitle == "某区志愿服务纪实" and a.flags.seo_spam
    assert a.paragraphs[0] == LEAD
    b = parse("某镇开展义诊", "来源：某某网", "某镇开展义诊", "——医疗志愿者走进村居", LEAD, BODY)
    assert b.subtitle == "医疗志愿者走进村居" and "某镇开展义诊" not in b.body


def test_captions_above_a_dateline_lead_and_repeated_after_the_text():
    cap1, cap2 = "在某某小区，志愿者在清扫街道。", "志愿者在向居民发放宣传资料。"
    a = parse("某县学雷锋", cap1, "某某网讯(通讯员 刘小亮)" + LEAD, cap2, BODY, cap1, cap2)
    assert a.paragraphs[0] == LEAD and a.paragraphs[-1] == BODY and a.authors == ["刘小亮"]
    assert cap1 in a.captions and cap2 in a.captions


# --- more of the genre's shapes ------------------------------------------------

@pytest.mark.parametrize("line,published,source", [
    ("2023-06-12 09:20 來源:某某日報", "2023-06-12T09:20:00+08:00", "某某日报"),
    ("2023-06-12 10:05 | 來源:", "2023-06-12T10:05:00+08:00", None),
])
def test_labels_in_traditional_script(line, published, source):
    meta = read_meta_line(line)
    assert (meta.published, meta.source) == (published, source)


@pytest.mark.parametrize("line,rule", [
    ("某某街道供稿", "credit line"), ("(某某县文明办 供稿)", "credit line"),
    ("返回目录", "e-paper link"), ("版面导航", "e-paper link"),
])
def test_credit_and_e_paper_lines(line, rule):
    assert chrome_rule(line) == rule


def test_titles_padded_with_stars_lose_the_padding_and_mark_a_mirror():
    a = parse("******某社区开展志愿服务******", "来源：某某日报 2023-06-12", LEAD, BODY)
    assert a.title == "某社区开展志愿服务" and a.flags.mirror
    b = parse("***某镇举办文明实践集市***", "来源：某某网", LEAD, BODY)
    assert b.title == "某镇举办文明实践集市" and b.flags.mirror
    c = parse("某社区开展志愿服务", "来源：某某网", LEAD, "***", BODY)
    assert not c.flags.mirror


def test_opening_and_closing_bylines_in_the_body():
    a = parse("某社区开展志愿服务", "来源：某某日报", "(记者 张三 通讯员 李四)" + LEAD, BODY, "(王小五)")
    assert a.authors == ["张三", "李四", "王小五"] and a.paragraphs == [LEAD, BODY]
    b = parse("某社区开展志愿服务", "来源：某某日报", LEAD, BODY + "（张小红 李明）")
    assert b.authors == ["张小红", "李明"] and b.paragraphs[-1] == BODY
    c = parse("某社区开展志愿服务", "来源：某某日报", LEAD, BODY[:-1] + "(待续)")
    assert c.authors == [] and c.paragraphs[-1].endswith("(待续)")


def test_place_dateline_and_closing_source():
    a = parse("某县开展志愿服务", "某县8月20日电(通讯员 赵小六)" + LEAD, BODY + "(来源：某某县融媒体中心)")
    assert a.authors == ["赵小六"] and a.source == "某某县融媒体中心" and a.paragraphs[-1] == BODY
    b = parse("某县开展志愿服务", "本报讯(记者 钱小七)" + LEAD, BODY)
    assert b.source is None and b.authors == ["钱小七"]
    for note in ("（本文刊发于《某某日报》2023年03月05日05版）", "（摘自《某某日报》）"):
        c = parse("某县开展志愿服务", LEAD, BODY, note)
        assert c.source == "某某日报" and c.paragraphs[-1] == BODY and "刊发" not in c.body and "摘自" not in c.body


def test_a_discuz_thread_is_told_from_its_text():
    a = parse("本帖最后由 某某 于 2025-1-20 15:06 编辑", LEAD, BODY, "使用道具 举报")
    assert a.forum == {"posts": 1} and a.paragraphs == [LEAD, BODY]
    b = parse("发表于 2024-5-7 09:00:00 | 显示全部楼层", LEAD, "您需要 登录 才可以下载或查看，没有帐号？立即注册", BODY, "回复 支持 反对")
    assert b.forum and b.paragraphs == [LEAD, BODY]


def test_one_line_page_is_split_into_paragraphs():
    from parsers.textdump import parse_text

    page = ("|" + LEAD + " " + BODY + " " + MORE + "|").encode("utf-8")
    a = parse_text(page)
    assert a.paragraphs == [LEAD, BODY, MORE]


def test_a_simplified_page_annotated_by_a_mirror_loses_its_notes():
    a = parse("某社区开(kāi)展活动", "来源：某某网", "志(zhì)愿(yuàn)者" + LEAD, BODY)
    assert "(" not in a.title + a.paragraphs[0] and a.flags.pinyin_annotated and a.flags.mirror
    b = parse("某社区开展活动", "来源：某某网", "在浉(shī)河区，" + LEAD, BODY)
    assert "浉(shī)河区" in b.paragraphs[0] and not b.flags.mirror


def test_site_and_column_names_leave_the_headline():
    a = parse("社区志愿者开展敬老活动_新闻中心_某某网", "来源：某某日报", LEAD, BODY)
    assert a.title == "社区志愿者开展敬老活动"
    b = parse("某镇开展义诊 - 某某新闻网", "发布时间：2024-05-06", LEAD, BODY)
    assert b.title == "某镇开展义诊"
    c = parse("让微笑成为名片 | 文明之声·两会瞬间", "发布时间：2024-05-06", LEAD, BODY)
    assert c.title == "让微笑成为名片 | 文明之声·两会瞬间"  # a column's name is no site


def test_bylines_in_square_brackets_and_with_bars():
    a = parse("某社区开展活动", "来源：某某网", "【记者 王小五 通讯员 赵小六】" + LEAD, BODY + "【记者 孙小七】")
    assert a.authors == ["王小五", "赵小六", "孙小七"] and a.paragraphs == [LEAD, BODY]
    assert read_meta_line("作者 | 周小八").authors == ["周小八"]
    assert not read_meta_line("组图|某社区开展活动")


@pytest.mark.parametrize("line", ["浏览字号：大 中 小 | 打印本页 | 通过Email推荐给好友：", "【 我要收藏 】【我要纠错】", "字号：大 中 小 | 视力保护色"])
def test_tool_bars_of_tool_words(line):
    assert chrome_rule(line) == "page widgets"


@pytest.mark.parametrize("line", ["大中小学生齐参与", "中小学生开展志愿活动", "打印机捐赠仪式"])
def test_tool_words_inside_words_are_text(line):
    assert chrome_rule(line) is None


def test_headline_above_a_subtitle_or_column_label_over_the_date_line():
    a = parse("某社区开展敬老活动", "——志愿者走进养老院", "来源：某某网", LEAD, BODY)
    assert a.title == "某社区开展敬老活动"
    b = parse("某社区开展敬老活动", "金山区", "发布时间：2024-03-06", LEAD, BODY)
    assert b.title == "某社区开展敬老活动"


def test_a_stuffed_line_repeating_its_brand_is_spam_as_a_whole():
    assert spam_suffix("某某8888官方入口_某某8888娱乐平台_某某8888最新网址")[1] is False
    assert is_spam("某某8888官方入口_某某8888娱乐平台_某某8888最新网址")


@pytest.mark.parametrize("line,names", [("张小三 文/图", ["张小三"]), ("张小三/文", ["张小三"]),
                                        ("王小五 李小六 摄影报道", ["王小五", "李小六"])])
def test_names_before_their_role(line, names):
    assert read_meta_line(line).authors == names


@pytest.mark.parametrize("line", ["社区风采 摄影", "新闻报道", "志愿服务图"])
def test_words_before_a_role_word_are_no_names(line):
    assert not read_meta_line(line).authors


def test_reviewers_beside_an_editor_are_neither_authors_nor_editors():
    meta = read_meta_line("编辑：张小三 审核：李小四 监制：王小五")
    assert meta.editors == ["张小三"] and meta.authors == []
    assert not read_meta_line("统筹 推进城乡一体化发展新格局")


def test_a_name_ending_in_a_role_character_stays_whole():
    assert read_meta_line("作者：刘博文").authors == ["刘博文"]
    assert not read_meta_line("刘博文").authors


def test_a_date_line_with_the_outlet_and_widgets():
    meta = read_meta_line("2012年01月17日19:44 某某财经 [ 微博 ] 我要评论 ( 0 )")
    assert meta.published == "2012-01-17T19:44:00+08:00"
    assert not read_meta_line("2023年6月12日，某社区组织志愿者开展敬老活动。")


@pytest.mark.parametrize("line,published", [
    ("2023年06月12日 13:34 已有12人阅读 字号：T | T 复制链接 打印", "2023-06-12T13:34:00+08:00"),  # counters and tools
    ("http://www.example-news.cn 2023年06月12日 16:41 某某网", "2023-06-12T16:41:00+08:00"),   # the site's address first
    ("某某县融媒 |发布: 2021-1-29 13:18|点击: 313|来自: 互联网", "2021-01-29T13:18:00+08:00"),   # a bare 发布 label
])
def test_a_date_line_among_counters_tools_or_the_sites_address(line, published):
    assert read_meta_line(line).published == published


@pytest.mark.parametrize("line", [
    "2023年6月12日 某某县召开新时代文明实践推进大会",       # a headline that opens with a date
    "http://www.example-news.cn 2023年6月12日，社区志愿者走进小区开展义诊。",
    "2023年6月12日 星期一 12人阅读",                         # the site's clock
    "区委宣传部发布 全区志愿服务工作要点",
])
def test_a_dated_sentence_or_clock_is_no_date_line(line):
    assert read_meta_line(line).published is None


@pytest.mark.parametrize("line", ["0人参与0条评论打印转发", "字体大小 - +", "字号：T | T 复制链接 打印", "【纠错】",
                                  "放大 缩小 默认", "已有25人阅读 打印 收藏"])
def test_a_strip_of_tools_and_counters_is_chrome(line):
    assert chrome_rule(line) == "tool strip"


@pytest.mark.parametrize("line", ["大家都来参与", "推荐", "5人参与", "打印机进社区", "中小学生志愿者"])
def test_words_of_tools_in_a_line_of_text_are_not_a_strip(line):
    assert chrome_rule(line) != "tool strip"


@pytest.mark.parametrize("line,rule", [
    ("编辑推荐", "related links header"), ("历史文章", "related links header"), ("往期文章：", "related links header"),
    ("新闻讨论规范", "reader comments"), ("网友评论须知", "reader comments"), ("跟帖管理规定", "reader comments"),
])
def test_link_boxes_and_comment_rules_end_the_article(line, rule):
    assert chrome_rule(line) == rule and rule in ENDS_ARTICLE


@pytest.mark.parametrize("line,rule", [
    ("财经 > 美股 > 国际宏观 > 正文", "breadcrumb"), ("新闻 » 本地 » 社会", "breadcrumb"),
    ("我要评论(0)", "comment counter"),
    ("某某声明：频道所载文章、数据等内容纯属作者个人观点，不构成投资建议", "disclaimer"),
])
def test_more_furniture_shapes(line, rule):
    assert chrome_rule(line) == rule


@pytest.mark.parametrize("line", ["其他火线新闻：", "更多医药新闻", "上一则▲：某社区开展活动", "下一条：某镇举办集市"])
def test_more_related_links_headers(line):
    assert chrome_rule(line) == "related links header"


@pytest.mark.parametrize("line", ["其他人也参与了报道", "相关部门的报道"])
def test_sentences_about_reports_are_not_headers(line):
    assert chrome_rule(line) is None


def test_a_transliterated_headline_marks_a_copy_sites_pinyin():
    a = parse("郑州：地铁站里的“爱心伞”", "Zhèng zhōu: dì tiě zhàn lǐ de “ài xīn sǎn”", "来源：某某网", LEAD, BODY)
    assert a.title == "郑州：地铁站里的“爱心伞”" and a.flags.pinyin_annotated and a.flags.mirror
    assert not parse("某社区开展义诊", "Volunteers in Zhengzhou help passengers", "来源：某某网", LEAD, BODY).flags.mirror
