"""Page-text classes met on pages nobody wrote for the cleaner: letters and
notices (their addressee and signature), feed and forum headers, a headline
an e-paper lists again, labels that end a longer word, placeholder credits,
menus, link lists and print trailers around the text."""
from parsers.assemble import assemble
from parsers.lines import Line
from parsers.textmeta import parse_names, read_meta_line

LEAD = "3月5日上午，清河县新时代文明实践中心组织志愿者走进城南社区，开展义诊、理发和家电维修等便民服务，吸引居民两百余人参加。"
BODY = "活动现场，医生志愿者为老人测量血压、讲解健康知识，理发师志愿者为行动不便的老人上门理发，现场气氛热烈，居民纷纷点赞。"
CALL = "在第60个“学雷锋纪念日”到来之际，共青团清河县委向全县团员青年和青年志愿者发出如下倡议："
ITEM = "一、做雷锋精神的传承者。深入学习雷锋同志的先进事迹，把雷锋精神融入日常学习、工作和生活，争做新时代的“雷锋传人”。"
CLOSE = "青年朋友们，让我们行动起来，以青春之我，为建设文明清河贡献力量！"


def parse(*lines):
    return assemble([Line(t) for t in lines])


def test_a_calls_addressee_opens_its_text_and_its_signature_closes_it():
    a = parse("当前位置：首页 > 志愿服务", "学雷锋志愿服务倡议书", "作者：　来源：　点击数：88",
              "全县广大团员青年、青年志愿者：", CALL, ITEM, CLOSE, "共青团清河县委员会", "2023年3月1日",
              "上一篇：县青年志愿者协会工作总结")
    assert a.title == "学雷锋志愿服务倡议书"
    assert a.paragraphs[0] == "全县广大团员青年、青年志愿者："
    assert a.paragraphs[1] == CALL  # a sentence that opens a list is prose, not a label
    assert a.paragraphs[-1] == CLOSE  # the signer and the date are no paragraph of the text...
    assert a.signature == ["共青团清河县委员会", "2023年3月1日"] == a.to_dict()["signature"]
    assert a.published == "2023-03-01" and a.document_date == "2023-03-01"  # ...but date it when nothing else does


def test_a_dated_page_keeps_its_own_date_over_the_signature():
    a = parse("关于开展志愿服务活动的通知", "发布日期：2023-03-03 信息来源：县文明办",
              "各乡镇、各有关单位：", CALL, ITEM, "清河县文明办公室", "2023年3月1日")
    assert a.published == "2023-03-03" and a.document_date == "2023-03-01"
    assert a.paragraphs[0] == "各乡镇、各有关单位："


def test_signers_and_their_date_on_one_line_are_the_signature():
    a = parse("学雷锋志愿服务倡议书", "发布时间：2023-03-03 来源：清河文明网", "全县广大志愿者：", CALL, ITEM, CLOSE,
              "清河县文明办 清河县志愿服务联合会 2023年3月1日", "责任编辑：王芳")
    assert a.paragraphs[-1] == CLOSE
    assert a.signature == ["清河县文明办 清河县志愿服务联合会 2023年3月1日"]
    assert a.published == "2023-03-03" and a.editors == ["王芳"]
    b = parse("志愿者走进敬老院", "发布时间：2023-03-03", LEAD, BODY, "张三 李四 2023年3月1日")
    assert b.signature == []  # names and a date are no signer


def test_a_short_line_ending_in_a_colon_is_no_addressee():
    a = parse("社区动态", "活动内容：", LEAD, BODY)
    assert a.paragraphs[0] == LEAD


def test_a_feeds_relative_post_time_is_chrome_and_the_echoed_headline_above_it_the_title():
    a = parse("推荐 热点 本地 视频 财经", "登录 | 写文章", "山路上的“流动图书车”", "清河发布",
              "3小时前 · 清河县融媒体中心官方账号", "关注",
              "每个周末，清河县新时代文明实践中心的“流动图书车”都会沿着山路开进偏远村寨，为村民送去图书。", BODY)
    assert a.title == "山路上的“流动图书车”"  # closed by a quote, no sentence's end
    assert "3小时前" not in a.body and a.published is None


def test_a_forum_posters_card_is_neither_title_nor_text():
    a = parse("清河论坛 › 家长里短 › 咱们小区的志愿服务队又上新了", "查看: 2351|回复: 18",
              "[社区] 咱们小区的志愿服务队又上新了 [复制链接]", "阳光小雨点", "阳光小雨点 当前离线", "积分 1268",
              "发表于 2023-4-16 21:08 | 只看该作者 | 倒序浏览 | 阅读模式", LEAD, BODY)
    assert a.title == "[社区] 咱们小区的志愿服务队又上新了"
    assert "积分" not in a.body and "当前离线" not in a.body


def test_a_headline_the_e_paper_lists_again_is_the_title_not_a_caption():
    a = parse("清河日报数字报", "2024年02月27日 星期二", "A02版：要闻", "本版标题导航",
              "◎ 乡村文艺队唱响文明新风", "◎ 全州春耕备耕有序推进", "从“送文化”到“种文化”", "乡村文艺队唱响文明新风",
              "本报讯（记者 段飞）正月里，清河县马街镇三家村的乡村文艺队送文化、种文化，唱响文明新风，文艺演出一场接着一场。", BODY)
    assert a.title == "乡村文艺队唱响文明新风"


def test_a_label_word_that_ends_a_name_is_no_label():
    meta = read_meta_line("2023-07-22 20:45 来源：梅溪发布 阅读：1523")
    assert meta.source == "梅溪发布" and meta.published == "2023-07-22T20:45:00+08:00"
    assert read_meta_line("发布时间 2023-07-22 来源：清河日报").published == "2023-07-22"


def test_a_publisher_field_names_no_author():
    meta = read_meta_line("发布者：清河县新时代文明实践中心 发布时间：2024-11-20 15:38 阅读量：562")
    assert meta.understood and meta.published == "2024-11-20T15:38:00+08:00" and meta.authors == []


def test_placeholder_credits_name_nobody():
    assert parse_names("小编") == [] and parse_names("admin") == [] and parse_names("管理员 张洁") == ["张洁"]
    assert read_meta_line("责任编辑：小编").editors == []


def test_a_footer_menu_is_never_the_lead():
    a = parse("高清图集", "你的位置：新闻中心> 图片频道> 高清图", "清河12只大熊猫幼仔开始群体生活",
              "清河大熊猫基地的12只幼仔近日告别母亲开始群体生活。去年基地共繁育大熊猫21只，圈养数量达到108只。 新华社发 刘忠 摄",
              "发布时间：2012-01-12 17:21:17 【编辑：金硕】", "编辑推荐", "银河系大量新星诞生",
              "关于我们 | About us | 联系我们 | 广告服务 | 供稿服务 | 法律声明 | 招聘信息 | 网站地图 | 留言反馈")
    assert "关于我们" not in a.body and "大熊猫" in a.body


def test_a_link_list_over_the_text_gives_no_captions():
    a = parse("首页 > 娱乐 > 正文", "女主播视频门 韩版大S炫富", "2011-12-09 19:08:26", "推荐",
              "・ 某男星争风吃醋一怒为红颜・ 某女星春节后办婚宴(图)", "<<<<<< 更多精彩图片(点击进入)", LEAD, BODY)
    assert a.captions == [] and a.title == "女主播视频门 韩版大S炫富"


def test_print_and_close_trailers_in_their_variants_end_the_text():
    a = parse("社区志愿者走进小区送服务", "发布时间：2024-05-06 10:00", LEAD, BODY, "【打印此页】 【关闭窗口】")
    assert a.paragraphs[-1] == BODY


def test_pagination_and_english_share_bars_are_chrome():
    from parsers.boilerplate import chrome_rule

    assert chrome_rule("第1页/共3页 << 上一页 | 下一页 >>") == "navigation link"
    assert chrome_rule("本文共分2页 当前是第 1 页 首页 尾页") == "navigation link"
    assert chrome_rule("Share with WeChat | Weibo | QQ") == "share or app prompt"
    assert chrome_rule("第1页，志愿者们走进社区为居民测量血压。") is None


def test_teasers_over_the_sites_own_lines_are_no_captions():
    a = parse("社区志愿者走进小区送服务", "2024-05-06 10:00 来源：清河日报", "今日推荐",
              "明星：盘点某某与众女星大撞衫", "张某某人体彩绘只看关键部位(图)", "更多精彩图片>> 更多热辣幻灯>>", LEAD, BODY)
    assert a.captions == [] and a.paragraphs == [LEAD, BODY]
    b = parse("社区志愿者走进小区送服务", "2024-05-06 10:00 来源：清河日报", "志愿者为老人测量血压", LEAD, BODY)
    assert b.captions == ["志愿者为老人测量血压"]


def test_the_one_line_between_the_trail_and_the_text_is_the_headline():
    a = parse("最新动态 志愿风采 文明实践", "当前位置：首页->志愿风采", "飞行安全常识进校园",
              "航空学校的志愿者走进清河县第一小学，用模型飞机为孩子们讲解飞机为什么能飞上天，孩子们听得津津有味。", BODY)
    assert a.title == "飞行安全常识进校园"
    # the column the trail names, shown again over the headline, is passed over (the ai set's 团委 page)
    b = parse("当前位置：首页->志愿风采", "志愿风采", "飞行安全常识进校园", LEAD, BODY)
    assert b.title == "飞行安全常识进校园"
    c = parse("当前位置：首页->志愿风采", "校园动态速递", "飞行安全常识进校园", LEAD, BODY)  # two lines: no telling
    assert c.title is None


def test_a_numbered_list_that_ends_alike_is_no_watermark():
    items = ["1. 城关镇“爱心早餐”关爱环卫工人项目", "2. 清河县人民医院“健康进万家”义诊项目",
             "3. 溪南乡“山里娃”留守儿童陪伴项目", "4. 县老干部局“银发宣讲团”理论宣讲项目"]
    a = parse("我县4个项目入选全市优秀志愿服务项目", "发布时间：2023-08-30 信息来源：县委宣传部",
              "近日，市文明办公布2023年度全市优秀志愿服务项目名单，我县4个项目榜上有名，入选数量居全市第一：", *items,
              "近年来，我县坚持以新时代文明实践中心建设为统领，大力培育志愿服务品牌项目，全县注册志愿者达12万人。")
    assert not a.flags.mirror and all(i in a.body for i in items)
    assert a.paragraphs[0].startswith("近日，市文明办公布")  # a sentence that opens a list leads the text


def test_a_bulleted_list_and_clauses_that_end_alike_are_no_watermark():
    items = ["★ 参加新时代文明实践站组织的志愿服务活动，每小时积1分；", "★ 参加村（社区）环境卫生整治，每次积2分；",
             "★ 红白喜事简办并签订承诺书，每次积5分；", "★ 被评为“好婆婆”“好媳妇”“文明家庭”等，每次积10分；"]
    a = parse("文明实践积分怎么攒？这份清单请收好", "2024-02-27 16:40:12  来源：某某区融媒体中心",
              "从今年3月起，全区40个镇乡街道全面推行新时代文明实践积分管理，群众参与志愿服务都能获得积分：", *items,
              "积分由村（社区）新时代文明实践站统一登记，每季度公示一次，积分可在“文明超市”兑换生活用品。")
    assert not a.flags.mirror and all(i in a.body for i in items)


def test_a_copy_sites_note_on_its_pinyin_is_chrome():
    from parsers.boilerplate import chrome_rule

    assert chrome_rule("本文拼音由系统自动生成，仅供参考") == "annotation note"
    assert chrome_rule("本文拼音由某某网自动标注，仅供参考，如有错误欢迎指正。") == "annotation note"
    assert chrome_rule("拼音由老师逐字标注后，孩子们读得更顺了。") is None
    # after the site's note of where it took the text
    assert chrome_rule("本文内容转自网络，注音由程序自动标注，仅供参考。") == "annotation note"
    assert chrome_rule("本文内容选自课本，拼音由老师逐字标注。") is None


def test_a_sentence_is_told_in_one_pass():
    # (a backtracking pattern took seconds on a 100,000-character line of commas; the same answer in one pass)
    from parsers.boilerplate import is_sentence

    assert is_sentence("志愿者为老人测量血压，现场气氛热烈。") and not is_sentence("志愿者为老人测量血压。")
    assert not is_sentence("志愿者，" * 25000 + "：") and is_sentence("志愿者，" * 25000 + "！")
