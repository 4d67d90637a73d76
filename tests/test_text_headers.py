"""The page's header as sites set it, found by the project's second blind set
of page texts: posts copied from an account, e-paper pages, a site's name or
a poster's name above the headline, short breadcrumbs, place datelines.
Every case is written here; none is taken from an evaluation page."""
from __future__ import annotations

import pytest

from parsers.boilerplate import chrome_rule
from parsers.textmeta import read_meta_line, split_dateline

from .textpages import text_page as parse

P1 = "6月3日上午，城西街道幸福里社区新时代文明实践站内热闹非凡，二十余名志愿者为居民义务理发、测量血压、修理小家电。"
P2 = "“家门口就能办好这些事，真方便！”家住附近的王大爷说。社区还为行动不便的老人提供上门服务，受到居民好评。"
P3 = "下一步，社区将根据居民需求，继续丰富服务内容，让志愿服务更贴近群众、更温暖人心，把好事办到群众心坎上。"


@pytest.mark.parametrize("line,published,authors", [
    ("某某文明 2024-06-05 18:05 江苏", "2024-06-05T18:05:00+08:00", []),
    ("原创 刘晓燕 某某发布 2024-06-05 20:30 发表于山东", "2024-06-05T20:30:00+08:00", ["刘晓燕"]),
])
def test_the_head_of_a_post_copied_from_an_account(line, published, authors):
    meta = read_meta_line(line)
    assert (meta.published, meta.authors) == (published, authors)


@pytest.mark.parametrize("line", ["社区开展 2023年6月1日的活动", "志愿服务 2023-10-21 社区", "来源：某某县文明办 2023-05-19 10:02"])
def test_a_date_inside_other_words_is_no_accounts_head(line):
    meta = read_meta_line(line)
    assert meta.authors == [] and (meta.source or not meta.published or line.startswith("来源"))


def test_a_copied_post_keeps_its_date_credits_and_no_account_blurb():
    art = parse("“文明实践+红色物业”，小区的烦心事有人管了", "某某文明 2024-06-05 18:05 江苏",
                "以下文章来源于某某融媒 ，作者融媒记者", "某某融媒.", "某某县融媒体中心官方公众号，权威发布，贴心服务。",
                P1, P2, P3, "文字：张可 王一鸣", "图片：顾晨", "来源：某某融媒", "编辑：许蓉", "喜欢此内容的人还喜欢",
                "某某：文明实践“大篷车”开进渔村", "阅读 3562")
    assert art.title == "“文明实践+红色物业”，小区的烦心事有人管了"
    assert art.published.startswith("2024-06-05") and art.source == "某某融媒"
    assert sorted(art.authors) == ["张可", "王一鸣", "顾晨"] and art.editors == ["许蓉"]
    assert "官方公众号" not in art.body and "大篷车" not in art.body and art.paragraphs[-1] == P3


def test_an_e_papers_issue_date_and_its_headline_over_a_byline():
    art = parse("某某日报", "2024年07月04日 星期四", "第A2版：综合", "◆ 版面导航 ◆", "A1：要闻", "A2：综合",
                "上一版 下一版  返回目录", "某某市推行“文明实践+网格”服务模式", "网格里的“红马甲”", "——记某某街道志愿服务队",
                "■ 本报记者 罗小丹 通讯员 王光明", P1, P2, P3)
    assert art.published[:10] == "2024-07-04"  # the issue's date, on an e-paper's page
    assert art.title == "网格里的“红马甲”" and art.subtitle == "记某某街道志愿服务队"
    assert art.authors == ["罗小丹", "王光明"]
    clock = parse("今天是2024年7月4日 星期四", "社区便民服务暖人心", "来源：某某县融媒体中心", P1, P2, P3)
    assert clock.published is None  # on another page the same shape is the site's clock


def test_a_sites_name_or_a_posters_name_is_never_the_headline():
    art = parse("某某县人民政府门户网站", "网站首页 | 信息公开 | 政务服务", "当前位置：首页 > 工作动态",
                "发布日期：2024-03-15  来源：某某县卫生健康局  浏览：214", P1, P2, P3)
    assert art.title is None  # the headline is lost: none is made up
    thread = parse("某某论坛", "查看: 1523|回复: 3", "[复制链接]", "周末跟着志愿队去敬老院，记录一下", "青山绿水2018",
                   "发表于 2024-5-20 10:12:35 | 只看该作者 |倒序浏览 |阅读模式", "楼主", P1, P2, P3)
    assert thread.title == "周末跟着志愿队去敬老院，记录一下"
    # a practice centre's own site: its name atop the page, echoed by the lead, is still its name
    centre = parse("某某市新时代文明实践中心", "首页 | 中心概况 | 实践动态 | 志愿服务", "当前位置：首页 >> 实践动态",
                   "发布时间：2024-05-28　点击数：356", "5月27日，某某市新时代文明实践中心组织志愿者开展春播技术指导。", P2, P3)
    assert centre.title is None


def test_an_accounts_head_without_its_date_is_no_headline_and_a_unit_credited_for_material_no_text():
    art = parse("要闻　深度　视频", "嘉定这支平均年龄68岁的志愿队，守护“家门口”的15年", "原创 某某发布",
                "2024-07-11 19:45　来源：某某新闻", P1, P2, P3, "资料：南翔镇", "编辑：陆佳")
    assert art.title == "嘉定这支平均年龄68岁的志愿队，守护“家门口”的15年"
    assert art.paragraphs[-1] == P3 and art.authors == [] and art.editors == ["陆佳"]
    assert read_meta_line("原创 刘晓燕 某某发布").authors == ["刘晓燕"]
    assert not read_meta_line("查阅相关资料 学习资料图").understood


def test_a_short_breadcrumb_and_a_headline_below_the_date_line():
    assert chrome_rule("某某新闻 > 乡镇传真") == "breadcrumb"
    assert chrome_rule("某某论坛 › 某某生活 › 志愿者之家") == "breadcrumb"
    art = parse("某某市融媒体中心", "某某新闻 > 乡镇传真", "来源：某某市融媒体中心 | 2024.08.22 | 浏览量：512",
                "港口镇：“乡贤志愿团”助力小山村蝶变", "文图：邵小彬", P1, P2, P3)
    assert art.title == "港口镇：“乡贤志愿团”助力小山村蝶变" and art.authors == ["邵小彬"]


def test_the_pages_title_line_gives_way_to_the_headline_under_the_date_line():
    for title_line, headline in (("某某县：“爱心驿站”为户外劳动者撑起“清凉伞” - 某某文明网", "“爱心驿站”为户外劳动者撑起“清凉伞”"),
                                 ("某某区“冰雪志愿者”为市民护航-某某新闻网", "冰雪志愿者守护“家门口的滑冰场”")):
        art = parse(title_line, "某某文明网", "首页 工作动态 区县传真 文明创建 志愿服务", "志愿服务",
                    "2024-07-16 09:42  来源：某某文明网", headline, "文/图 周敏", P1, P2, P3)
        assert art.title == headline and art.authors == ["周敏"]
    # the title line with no headline under the date line stays the title
    art = parse("某某县：“爱心驿站”开进街巷 - 某某文明网", "某某文明网", "志愿服务", "2024-07-16 09:42  来源：某某文明网", P1, P2)
    assert art.title == "某某县：“爱心驿站”开进街巷"


def test_a_place_dateline_with_its_byline():
    found, rest = split_dateline("某水讯（记者 朱小雯 通讯员 孔令杰）“麦收时节，防火是头等大事。”6月10日，在麦田边……")
    assert found["authors"] == ["朱小雯", "孔令杰"] and rest.startswith("“麦收时节")
    assert split_dateline("资讯（一）：社区开展志愿服务活动，居民踊跃参加。")[0] is None
    # the byline set after the dateline without brackets, its names spaced
    found, rest = split_dateline("某江讯 通讯员 徐丽芳 方志勇 12月1日是廿里镇的传统集日，一大早，集镇上就人头攒动。")
    assert found["authors"] == ["徐丽芳", "方志勇"] and rest.startswith("12月1日")
    found, rest = split_dateline("本报讯 记者从市文明办获悉，今年以来全市志愿服务活动持续开展。")
    assert found["authors"] == [] and rest.startswith("记者从市文明办获悉")


def test_a_trail_closes_the_header_from_above_and_its_last_item_can_be_the_headline():
    only_in_trail = parse(
        "某某镇人民政府", "首页", "政务公开", "便民服务",
        "您当前所在位置：首页 > 新闻中心 > 某某镇开展“邻里守望”志愿服务活动",
        "发布时间：2023年11月08日 | 发布者：某某镇党政办 | 阅读：236",
        "11月7日，某某镇新时代文明实践所组织党员志愿者走访慰问独居老人，帮助他们打扫卫生、检查电路。",
        "下一步，某某镇将推动“邻里守望”常态化开展。")
    assert only_in_trail.title == "某某镇开展“邻里守望”志愿服务活动"
    no_headline = parse(
        "某某新闻网", "首页", "时政", "图说", "专题", "首页 > 图说 > 正文",
        "2023-10-23 08:50:16　来源：某某新闻网",
        "10月22日，某某街道敬老院内，志愿者为老人修剪指甲、理发，陪老人聊天。",
        "（记者 柏松 摄）")
    assert no_headline.title is None  # a menu item above the trail is no headline


def test_a_headline_set_over_two_lines_is_one_when_the_lead_repeats_it():
    page = parse(
        "某某新闻网", "某某新闻网 > 文明某某",
        "某某市召开2023年新时代文明实践", "志愿服务工作推进会",
        "发布时间：2023-03-28 17:02:11　来源：某某日报　作者：本报记者 冯一鸣",
        "3月28日，某某市召开2023年新时代文明实践志愿服务工作推进会，总结去年工作，部署今年任务。",
        "会议强调，要聚焦群众需求，完善服务机制。")
    assert page.title == "某某市召开2023年新时代文明实践志愿服务工作推进会"
    kicker = parse(
        "聚焦文明实践", "某某街道志愿者走进敬老院",
        "发布时间：2023-03-28　来源：某某日报",
        "3月27日，某某街道志愿者来到敬老院，为老人理发、打扫房间。")
    assert kicker.title == "某某街道志愿者走进敬老院"  # a kicker the lead does not repeat stays apart


def test_a_papers_page_line_dates_the_page_and_spam_atop_the_site_leaves_the_headline_below_it():
    assert read_meta_line("某江日报 2023年08月09日 第06版").published == "2023-08-09"
    assert read_meta_line("某某日报 2023年08月09日 第A3版：要闻").published == "2023-08-09"
    page = parse(
        "某某娱乐城|真人视讯|在线投注平台", "首页 新闻中心 娱乐平台 优惠活动",
        "某江日报 2023年08月09日 第06版",
        "“志愿红”点亮乡村振兴路",
        "本报记者 林青 通讯员 周平",
        "8月8日清晨，某江县白水镇大田村的果园里，十几名身穿红马甲的志愿者正帮果农采摘、装箱。",
        "“以前卖不出去只能看着烂在地里，现在不用愁了。”果农陈大山说。")
    assert page.title == "“志愿红”点亮乡村振兴路" and page.published == "2023-08-09"
    assert sorted(page.authors) == ["周平", "林青"]


def test_an_accounts_name_given_twice_in_a_posts_head_is_no_author():
    meta = read_meta_line("原创 文明某溪 文明某溪 2023-07-18 18:30 发表于浙江")
    assert meta.published.startswith("2023-07-18") and meta.authors == []


def test_a_headline_feeds_head_names_the_account_as_the_outlet():
    meta = read_meta_line("原创2024-05-11 09:12·某某县融媒体中心")
    assert meta.published.startswith("2024-05-11") and meta.source == "某某县融媒体中心"


def test_a_menu_over_the_trail_is_no_headline_and_the_headline_under_the_date_line_is():
    page = parse(
        "某某求职网", "新闻查询：", "我要爆料 ．自由征才", "乐透彩券 ．统一发票",
        "首页 > 国际新闻",
        "2012-1-16 字型： ∣看推荐∣发言∣列印∣转寄",
        "固定运动的人 薪水比不运动者多",
        "一项调查发现，固定运动的人薪水比不运动的人多出一成左右，研究人员认为运动让人更自律。",
        "研究人员分析了上万名上班族的资料。")
    assert page.title == "固定运动的人 薪水比不运动者多"


def test_the_pages_title_line_atop_the_menu_is_the_headline_when_the_lead_echoes_it():
    page = parse(
        "某某乡：红白理事会“管”出文明新风_乡镇动态_某某县人民政府门户网站",
        "无障碍 | 长者模式 | 简体 | 繁体", "某某县人民政府门户网站", "首页 政务公开 政务服务 互动交流",
        "当前位置：首页 > 新闻中心 > 乡镇动态",
        "发布时间：2024-01-19 11:02　信息来源：某某乡人民政府",
        "近日，某某乡红白理事会成员上门劝导村民婚事简办，理事会“管”出了文明新风。",
        "红白理事会成员还组成志愿服务队。")
    assert page.title == "某某乡：红白理事会“管”出文明新风"


def test_with_no_date_line_the_headline_is_the_nearest_line_the_lead_echoes():
    page = parse(
        "Loading", "某某新闻网 / 医疗", "B型流感添四死 2岁女童丧命",
        "流感疫情来势汹汹，根据最新的监测资料，又新增145例流感并发症病例，还有4人死亡，其中有一名2岁女童。",
        "疾管局提醒民众尽快接种疫苗。")
    assert page.title == "B型流感添四死 2岁女童丧命"
    stacked = parse("某某新闻网 / 医疗", "志愿者为老人测量血压", "志愿者陪老人聊天",
                    "近日，某某社区志愿者走进养老院，为老人测量血压，陪老人聊天。", "活动持续了一上午。")
    assert stacked.title is None  # two lines stacked over the lead are captions, not a headline


def test_a_headline_the_page_shows_again_in_its_lists_is_still_the_headline():
    headline = "简单道理捅破飞人神话 耐克鞋的气垫伤机"
    page = parse(
        "某某商业频道", "首页|商学院|评论", "某某首页--> 主频道--> 消费真相--> 耐克", headline,
        "2004-12-10 11:55:08 来源: 某某商业报道 发表评论",
        "拥有一双售价千元左右的耐克气垫鞋，是不少青少年梦寐以求的，飞人神话让气垫鞋大卖。",
        "专家指出，气垫鞋并不能让人跳得更高。",
        "相关阅读", headline, "另一篇报道", headline)
    assert page.title == headline


def test_a_dateline_on_its_own_line_is_no_headline():
    assert read_meta_line("【某某日报╱广州12日电】").understood
    page = parse("女婴验尸 心脏DNA竟是男性", "【某某日报╱广州12日电】", "2012.01.12 03:58 pm",
                 "去年1月一名女婴在医院去世，但尸检显示，女婴的心脏DNA检测竟然是男性，家属要求重新鉴定。",
                 "医院方面表示将配合调查。")
    assert page.title == "女婴验尸 心脏DNA竟是男性"


def test_a_government_pages_index_table_names_the_document_and_a_trail_may_use_double_marks():
    assert chrome_rule("某某省政府信息公开专栏 >> 某某省人民政府 >> 政府信息公开基础平台") == "breadcrumb"
    page = parse(
        "某某省政府信息公开专栏 >> 某某省人民政府 >> 政府信息公开基础平台",
        "发文机关： 某某省人民政府 成文日期： 2022年01月27日",
        "标 题： 某某省人民政府关于禁止在某某工程建设征占地范围内新增建设项目的通告",
        "发文字号： 某政明电〔2022〕1号 发布日期： 2022年01月28日",
        "某某省人民政府关于禁止在", "某某工程建设征占地", "范围内新增建设项目的通告",
        "为做好某某工程建设，确保工程前期建设征地实物调查工作顺利进行，维护群众合法权益，现通告如下。")
    assert page.title == "某某省人民政府关于禁止在某某工程建设征占地范围内新增建设项目的通告"
    assert page.published == "2022-01-28"


@pytest.mark.parametrize("dash", ["——", "—— ", "--", "－－", "──"])
def test_a_subtitle_under_the_headline_in_any_dash(dash):
    art = parse("某某新闻网", "首页 > 文明实践 > 正文", "幸福里社区：家门口的“红马甲”", dash + "城西街道推进志愿服务进小区纪实",
                "发布日期:2024-06-04 信息来源:某某日报", P1, P2, P3)
    assert art.title == "幸福里社区：家门口的“红马甲”"
    assert art.subtitle == "城西街道推进志愿服务进小区纪实" and "纪实" not in art.body


def test_a_subtitle_over_separate_date_and_source_lines():
    art = parse("某某新闻网", "网站首页>>文明实践>>正文", "让文明之花开遍小区", "——城西街道推进志愿服务综述",
                "时间：2024-06-04 16:40:12", "来源：某某县融媒体中心", "点击数：2458", P1, P2, P3)
    assert art.title == "让文明之花开遍小区" and art.subtitle == "城西街道推进志愿服务综述"


def test_an_accounts_head_over_the_headline_dates_the_page_and_its_widget_words_are_no_title():
    art = parse("百度首页", "登录", "某某日报", "百家号", "2023-05-20 12:01 某某日报社某某晚报社官方账号", "关注",
                "幸福里社区：家门口的“红马甲”", P1, P2, P3)
    assert art.published.startswith("2023-05-20") and art.title == "幸福里社区：家门口的“红马甲”"
    meta = read_meta_line("2023-10-16 11:05 · 某某县融媒体中心官方账号")
    assert meta.source == "某某县融媒体中心"  # the platform's label is not the account's name


def test_a_trail_that_ends_in_the_headline_is_a_trail_not_the_headline():
    head = "幸福里社区：家门口的“红马甲”志愿队"
    art = parse(head + "_某某在线", "某某在线", "某某在线 > 市州频道 > 某某 > " + head, head, P1, P2, P3,
                "来源：某某在线 发布时间：2024-01-30 17:05")
    assert art.title == head and "市州频道" not in art.body


@pytest.mark.parametrize("line,authors,source,editors", [
    ("【某某+记者】钟小岚", ["钟小岚"], None, []),
    ("【通讯员】张卫东", ["张卫东"], None, []),
    ("【来源】某某报业集团某某客户端", [], "某某报业集团某某客户端", []),
    ("【责任编辑】王小五", [], None, ["王小五"]),
])
def test_a_label_in_brackets_before_its_value(line, authors, source, editors):
    meta = read_meta_line(line)
    assert (meta.authors, meta.source, meta.editors) == (authors, source, editors)


def test_a_kicker_in_brackets_is_no_label():
    assert read_meta_line("【文明实践】某某县开展志愿服务").authors == []


def test_the_next_storys_head_and_lead_under_next_are_not_the_text():
    nxt = "连日来，某某区各镇志愿者走村入户，向村民宣传秋冬森林防火知识，发放宣传资料三千余份，排查隐患一百余处。"
    art = parse("某某+", "打开某某+，阅读体验更佳", "幸福里社区：家门口的“红马甲”", "某某+ 2024-10-22 07:30", P1, P2, P3,
                "【某某+记者】钟小岚", "下一篇", "某某区：志愿者进村开展秋冬防火宣传", nxt, "打开某某+，阅读更多")
    assert art.paragraphs == [P1, P2, P3] and art.authors == ["钟小岚"]


@pytest.mark.parametrize("line,published", [
    ("二〇二四年五月六日", "2024-05-06"), ("二○二三年十二月二十日", "2023-12-20"), ("发布日期：二〇二四年十月十八日", "2024-10-18"),
])
def test_a_date_in_chinese_numerals(line, published):
    assert read_meta_line(line).published == published


def test_a_call_signed_and_dated_in_chinese_numerals_is_dated_by_it():
    art = parse("争做新时代文明实践志愿者倡议书", "来源：共青团某某县委员会 点击数：642", "全县广大青年朋友们：", P1, P2, P3,
                "共青团某某县委员会", "二〇二四年五月六日", "编辑：马晓军")
    assert art.published.startswith("2024-05-06")


def test_the_headline_the_page_shows_twice_when_nothing_else_tells():
    head = "宜宾这群“夜跑志愿者”火了！每晚沿江巡护三公里"
    art = parse(head, "百度首页", "百家号", head, "宜宾身边事", "2小时前 · 四川 · 优质本地生活领域创作者", "关注", P1, P2, P3)
    assert art.title == head


def test_a_kicker_a_headline_and_a_subtitle_stacked_over_the_date_line():
    art = parse("某某网", "某某网>>四川频道>>市州", "“时间银行”里存善行", "以“小积分”撬动“大文明”", "某某区志愿服务激活基层治理",
                "2024年04月12日08:16 | 来源：某某网－四川频道", P1, P2, P3)
    assert art.title == "以“小积分”撬动“大文明”" and art.subtitle == "某某区志愿服务激活基层治理"
    two = parse("某某网", "某某网>>四川频道>>市州", "以“小积分”撬动“大文明”", "2024年04月12日08:16 | 来源：某某网", P1, P2, P3)
    assert two.title == "以“小积分”撬动“大文明”" and two.subtitle is None


def test_an_e_papers_issue_line_in_chinese_numerals_dates_the_page():
    art = parse("某某日报", "二〇二四年十月十八日 星期五", "第A3版：社会", "往期回顾  版面导航  PDF下载",
                "“潮城义工”十五年 一棒接一棒", "本报讯（记者 沈佳怡）" + P1, P2, P3)
    assert art.published.startswith("2024-10-18")
    clock = parse("今天是二〇二四年十月十八日 星期五", "某社区开展义诊", P1, P2, P3)
    assert clock.published is None  # the site's clock, not the page's date
    # the paper's name, its issue's date and weekday and the page on one line, its headline list below
    one = parse("某海日报  2023年09月12日  星期二  第04版：区县", "往期检索  PDF下载", "本版标题导航",
                "• 某某区开展秋季文明交通劝导", "• 某某街道“银龄课堂”开课", "“银龄课堂”开课了", "本报记者 沈佳怡", P1, P2, P3)
    assert one.published.startswith("2023-09-12") and one.title == "“银龄课堂”开课了"


def test_a_kicker_and_headline_on_two_lines_and_in_one_title_line():
    art = parse("潮乡处处有“志愿” “潮城义工”十五年 一棒接一棒_某某日报", "某某日报", "第A3版：社会",
                "潮乡处处有“志愿”", "“潮城义工”十五年 一棒接一棒", "本报讯（记者 沈佳怡）" + P1, P2, P3)
    assert art.title == "潮乡处处有“志愿” “潮城义工”十五年 一棒接一棒"


def test_a_source_named_outranks_the_account_the_text_was_relayed_through():
    art = parse("泉边“护泉人”：一守就是二十年", "发布日期：2024-06-03  浏览量：2635  转自：“某某文明”微信公众号", P1, P2, P3,
                "来源：某某日报", "记者：刘小明")
    assert art.source == "某某日报" and "source_provisional" not in art.to_dict()
    only = parse("泉边“护泉人”：一守就是二十年", "发布日期：2024-06-03  转自：“某某文明”微信公众号", P1, P2, P3)
    assert only.source == "某某文明"


def test_a_headline_with_its_subtitle_after_a_dash_on_one_line():
    art = parse("邻里守望一家亲——某某市探索“志愿服务+网格”治理新路", "2024-11-21 09:05  来源：某某网", P1, P2, P3)
    assert art.title == "邻里守望一家亲——某某市探索“志愿服务+网格”治理新路"
    assert art.subtitle == "某某市探索“志愿服务+网格”治理新路"


def test_a_blogs_headline_with_its_date_after_it_and_a_papers_page_line_naming_the_paper():
    blog = parse("老周的博客", "首页 博文目录 图片 关于我", "正文", "字体大小：大 中 小",
                 "我在社区当志愿者的这一年 (2023-12-31 21:08:45)", "转载▼", P1, P2, P3)
    assert blog.title == "我在社区当志愿者的这一年" and blog.published.startswith("2023-12-31T21:08")
    # a list of headlines so dated (some with a mark after the date) is no headline of the page
    listed = parse("某某报", "父母关心未明言 变相增子女压力 (2012-01-17) (图)", "父母一句话 名校生倍感压力 (2012-01-17)",
                   "学费上限放宽 幼园料申加费 (2012-01-17) (图)", P1, P2, P3)
    assert listed.title is None or "2012" not in listed.title and listed.published is None
    paper = parse("临沂日报数字报", "第03版：综合新闻", "沂南：“红色文明实践”点亮沂蒙乡村", "临沂日报 2024年04月18日 第03版",
                  "本报记者 孙明辉", P1, P2, P3)
    assert paper.source == "临沂日报" and paper.published.startswith("2024-04-18")


def test_an_aggregators_account_over_its_date_line_and_again_in_its_card_is_no_headline():
    art = parse("今日头条", "下载头条APP", "凤凰县：苗寨里的“文明实践积分超市”火了", "凤凰古城事", "2024-11-20 15:03·湖南", "关注",
                P1, P2, P3, "举报", "评论 12", "凤凰古城事", "粉丝 3.2万 · 获赞 15万")
    assert art.title == "凤凰县：苗寨里的“文明实践积分超市”火了"


def test_a_headline_the_page_lists_again_stays_the_headline_over_its_subtitle_and_a_centres_name_after_it_goes():
    paper = parse("今日某某数字报", "第02版：要闻", "01 头版", "02 要闻", "小巷里的“红马甲”",
                  "——某某县推进新时代文明实践志愿服务常态化见闻", "本报记者 杨晓薇 通讯员 许晨", P1, P2, P3,
                  "本版新闻", "小巷里的“红马甲”", "某某县开展文明交通劝导")
    assert paper.title == "小巷里的“红马甲”" and paper.subtitle == "某某县推进新时代文明实践志愿服务常态化见闻"
    from parsers.assemble import without_site_name
    assert without_site_name("来凤县：志愿服务队让广场文化活起来_来凤新闻_来凤县融媒体中心") == "来凤县：志愿服务队让广场文化活起来"


def test_a_photo_gallerys_captions_are_its_text_and_its_counters_and_controls_chrome():
    art = parse("某某新闻网", "图片新闻", "某某：“三月三”里的志愿者身影", "发布时间：2024-04-12 16:40　来源：某某融媒", "共3张",
                "1/3", "4月11日，某某县“三月三”活动现场，志愿者为游客提供咨询引导服务。",
                "2/3", "医疗志愿者在活动现场设立的志愿服务点为群众测量血压。",
                "3/3", "“小小志愿者”向游客发放文明旅游倡议书。", "上一张　下一张　播放", "相关图集", "· 某某：百花岭下游人如织")
    assert art.paragraphs[-1] == "“小小志愿者”向游客发放文明旅游倡议书。" and len(art.paragraphs) == 3
    assert not any("/3" in c or "共3张" in c for c in art.captions)


def test_a_headline_over_its_subtitle_without_a_dash():
    # the lower line names a feature's kind (…见闻, …纪实, 记…): it is the subtitle
    art = parse("某某新闻", "“红马甲”守护一江清水", "某某县志愿服务队护河护水见闻", "发布时间：2024-05-21 来源：某某县融媒体中心",
                P1, P2, P3)
    assert (art.title, art.subtitle) == ("“红马甲”守护一江清水", "某某县志愿服务队护河护水见闻")
    # the page's title line names the upper line: the headline, the lower its subtitle
    art = parse("“时间银行”存下邻里温情 - 某某新闻网", "某某新闻网", "“时间银行”存下邻里温情",
                "某某县城关镇水东社区探索“志愿服务+时间储蓄”互助养老新模式", "某某日报　2024-05-21", P1, P2, P3)
    assert (art.title, art.subtitle) == ("“时间银行”存下邻里温情", "某某县城关镇水东社区探索“志愿服务+时间储蓄”互助养老新模式")
    # otherwise the line right over the date line stays the headline (a kicker over it)
    art = parse("某某新闻", "扎根社区十二载", "“邻里帮”的红马甲越穿越多", "发布时间：2024-05-21 来源：某某日报", P1, P2, P3)
    assert art.title == "“邻里帮”的红马甲越穿越多"


def test_a_stack_under_a_date_line_set_above_it_and_a_stack_with_no_date_line():
    art = parse("某某网", "某某网 > 某某日报 > 正文", "2024-03-05 07:45:12　来源：某某日报", "扎根社区十二载 服务居民五万余人次",
                "“邻里帮”的红马甲越穿越多", "——记某某街道“邻里帮”志愿服务队", "本报记者 顾晓燕", P1, P2, P3)
    assert (art.title, art.subtitle) == ("“邻里帮”的红马甲越穿越多", "记某某街道“邻里帮”志愿服务队")
    paper = parse("某某日报数字报", "2024年04月03日", "03版：县区新闻", "上一期　下一期　|　上一版　下一版", "传承红色基因 弘扬志愿精神",
                  "宝塔区“红色讲解员”志愿服务队义务讲解五千余场", "本报记者 高原", P1, P2, P3)
    assert paper.title == "宝塔区“红色讲解员”志愿服务队义务讲解五千余场"
    lead = "本报讯（记者 钱秋云）常熟“一村一品”志愿服务项目遍地开花，全市培育特色志愿服务项目300余个，覆盖各村社区。"
    nodate = parse("某某日报", "首页　|　往期回顾　|　版面导航", "文明实践“有声有色”", "常熟“一村一品”志愿服务项目遍地开花",
                   "全市培育特色志愿服务项目300余个", lead, P2, P3)
    assert (nodate.title, nodate.subtitle) == ("常熟“一村一品”志愿服务项目遍地开花", "全市培育特色志愿服务项目300余个")
    # three captions of three items, one shape, are no stack (the seeds' 002)
    from parsers.assemble import parallel
    assert parallel(["“映山红”志愿服务队开展义务巡逻", "“康乃馨”志愿服务队为居民解读医保政策", "“君子兰”志愿服务队上门进行矛盾调解"])
    assert not parallel(["文明实践“有声有色”", "常熟“一村一品”志愿服务项目遍地开花", "全市培育特色志愿服务项目300余个"])


def test_an_e_papers_issue_date_on_a_line_with_its_page_or_in_its_trail():
    art = parse("某某日报", "2024年08月20日　星期二　第A05版：区市县", "往期　上一版　下一版　版面导航　PDF",
                "海岛上的“暖心驿站”", "本报记者 王明", P1, P2, P3)
    assert art.published.startswith("2024-08-20")
    art = parse("某某日报", "某某日报 > 2024年12月05日 > A06：常熟新闻", "首页　|　往期回顾　|　版面导航",
                "志愿服务项目遍地开花", "本报记者 钱秋云", P1, P2, P3)
    assert art.published.startswith("2024-12-05")


def test_a_row_of_the_outlets_names_is_no_headline_and_the_title_line_gives_it():
    art = parse("东林镇“银龄护苗”志愿服务队开讲暑期安全课 - 某某新闻网", "某某新闻网 | 某某日报 | 某某广播电视台 | 某某发布",
                "网站首页　新闻中心　镇区动态　文明某某", "当前位置：首页>>新闻中心>>镇区动态",
                "2024-07-12 10:15:36　来源：某某日报　作者：记者 周明", "7月10日上午，东林镇“银龄护苗”志愿服务队为孩子们开讲暑期安全课。" + P1[5:],
                P2, P3)
    assert art.title == "东林镇“银龄护苗”志愿服务队开讲暑期安全课"


def test_a_headlines_place_set_on_a_line_of_its_own_before_its_colon():
    art = parse("某某新闻网", "首页　本地　旗区　文明实践", "达拉特旗：", "“乌兰牧骑+志愿服务”把演出送到家门口",
                "2024-09-10 08:30 | 记者 赵明 | 来源：某某日报", "9月7日，达拉特旗乌兰牧骑志愿服务队来到嘎查广场演出。" + P1[5:], P2, P3)
    assert art.title == "达拉特旗：“乌兰牧骑+志愿服务”把演出送到家门口"


@pytest.mark.parametrize("line,source,published,relayed", [
    ("2024-05-03 14:22　　本文转自微信公众号“某某发布”", "某某发布", "2024-05-03T14:22:00+08:00", True),
    ("本文来源于某某区融媒体中心，转载请注明出处。", "某某区融媒体中心", None, False),
])
def test_a_relay_or_an_origin_named_with_no_colon_after_a_date_or_alone(line, source, published, relayed):
    meta = read_meta_line(line)
    assert (meta.source, meta.published, meta.relayed) == (source, published, relayed)


def test_a_row_of_previous_and_next_with_no_headlines_is_the_pages_tools():
    assert chrome_rule("上一篇　　下一篇　　返回目录") is not None


@pytest.mark.parametrize("line", ["播放 静音 全屏 倍速 1.0X", "00:00 / 02:46", "正在播放", "点击上方蓝字 关注我们",
                                  "只看该作者 11楼 发表于: 2023-11-05 19:22"])
def test_a_players_controls_a_follow_prompt_and_an_older_threads_post_header_are_chrome(line):
    assert chrome_rule(line) is not None


@pytest.mark.parametrize("line", ["12:30", "2024", "播放", "1.5X"])
def test_a_time_a_year_or_one_control_alone_is_no_tool_bar(line):
    from parsers.boilerplate import is_widget_line

    assert not is_widget_line(line)


def test_the_sites_owner_an_accounts_name_twice_and_a_label_are_no_headline():
    site = parse("某某县人民政府", "无障碍浏览 | 关怀版 | English", "当前位置：首页 > 新闻中心 > 部门动态",
                 "发布日期：2024-03-08　来源：县妇联", P1, P2, P3)
    assert site.title is None
    owner = parse("某某文明网", "主办：中共某某市委宣传部 某某市文明办", "志愿服务 > 志愿风采",
                  "2024-02-26　来源：某某市文明办", P1, P2, P3)
    assert owner.title is None or not owner.title.startswith("主办")
    account = parse("某某文明实践 某某文明实践", "2024年05月12日 18:30 河南", P1, P2, P3)
    assert account.title != "某某文明实践 某某文明实践"
    video = parse("正在播放", "发布时间：2024-01-19 17:30 来源：某某融媒体中心", "内容简介：", P1, P2, P3)
    assert video.title != "内容简介："


def test_a_columns_name_the_text_never_speaks_of_is_no_headline_nor_a_threads_tools():
    column = parse("某某文明网", "首页 文明创建 文明实践 志愿服务", "志愿服务 > 志愿风采", "志愿风采",
                   "2024-02-26　来源：某某市文明办", P1, P2, P3)
    assert column.title is None
    assert chrome_rule("发表新帖 回复帖子") == "forum thread tools"
    # a short headline the text speaks of stays one
    short = parse("翰墨迎新春 志愿送春联", "2024-02-01 来源：某某融媒", "2月1日，志愿者在城西街道幸福里社区写春联、送春联，迎新春。" + P1[5:], P2, P3)
    assert short.title == "翰墨迎新春 志愿送春联"


def test_a_closing_byline_in_brackets_and_a_named_source_over_the_datelines_outlet():
    art = parse("“六尺巷”里讲礼让 志愿宣讲进校园", "时间：2023-09-18 09:41　来源：某某网", P1, P2, P3, "【方婷婷】", "责编：施昊")
    assert art.authors == ["方婷婷"] and art.paragraphs[-1] == P3
    relayed = parse("女书志愿者教游客写“最美文字”", "某某客户端　2024-11-02 21:18:05",
                    "某某客户端11月2日讯（记者 欧阳晓婷 通讯员 上官文华）" + P1, P2, P3, "[责编：诸葛婉清]", "[来源：某某日报]")
    assert relayed.source == "某某日报" and relayed.authors == ["欧阳晓婷", "上官文华"]
    assert relayed.title == "女书志愿者教游客写“最美文字”" and relayed.editors == ["诸葛婉清"]


def test_a_slogan_set_as_a_kicker_tops_the_stack_over_headline_and_subtitle():
    art = parse("某某日报数字报", "2024年03月06日  星期三", "第07版：文明实践", "本版标题",
                "某某区：志愿“红马甲”扮靓老街", "某某市：“学雷锋”志愿服务进万家",
                "弘扬雷锋精神 争做时代新人", "某某区：志愿“红马甲”扮靓老街", "全区注册志愿者突破6万人",
                "□ 本报记者 沈佳怡", P1, P2, P3)
    assert art.title == "某某区：志愿“红马甲”扮靓老街" and art.subtitle == "全区注册志愿者突破6万人"
    from parsers.assemble import slogan
    assert slogan("传承红色基因 弘扬志愿精神") and not slogan("某某无预警停课 律师建议起诉")


def test_the_lead_pictures_caption_under_the_headline_and_the_papers_name_before_it_in_the_title_line():
    art = parse("某某职业学院", "学院新闻", "当前位置：首页 > 学院新闻 > 正文", "我院青年志愿者赴某某镇开展“三下乡”社会实践活动",
                "图为志愿者在某某镇为村民演示心肺复苏", "作者：王梓涵  来源：校团委  发布时间：2024-07-22  点击数：865",
                "7月15日至19日，我院组织志愿服务队赴某某镇开展暑期“三下乡”社会实践活动，走进5个村庄开展志愿服务。", P2, P3)
    assert art.title == "我院青年志愿者赴某某镇开展“三下乡”社会实践活动"
    from parsers.assemble import without_site_name
    assert without_site_name("某某日报数字报-某某县：“流动书香车”进山村") == "某某县：“流动书香车”进山村"
    assert without_site_name("某某网-志愿者") == "某某网-志愿者"  # (too short a rest to be a headline)


def test_an_index_number_holds_no_date():
    assert read_meta_line("索引号：431181/2022-09-01287").published is None
    assert read_meta_line("2023-06-1209:20 来源：某某网").published.startswith("2023-06-12")  # a time glued to its day


def test_a_short_line_after_the_text_is_the_pictures_caption_where_the_header_credits_pictures():
    lines = ("老党员“银发志愿队”守护乡村学校上学路", "时间：2024年09月10日 来源：某某新闻网")
    close = "“银发志愿队”队员护送学生过马路。"
    art = parse(*lines, "文：孙海燕 图：韦立强", P1, P2, P3, close, "责编：覃美玲")
    assert art.captions == [close] and art.paragraphs[-1] == P3
    # no picture credited: the short line is the text's last
    art = parse(*lines, "记者 孙海燕", P1, P2, P3, close, "责编：覃美玲")
    assert art.paragraphs[-1] == close


def test_a_closing_credit_naming_the_writer_before_the_photographers_outlet():
    assert read_meta_line("(钟莉绵阳日报社融媒体记者 陈冬冬 摄)").authors == ["钟莉", "陈冬冬"]
    assert read_meta_line("（绵阳日报社融媒体记者 陈冬冬 摄）").authors == ["陈冬冬"]
    assert read_meta_line("海南日报记者 王芳").authors == ["王芳"]


def test_a_font_size_widget_glued_after_the_headline_is_the_pages_tool():
    from parsers.boilerplate import widget_tail

    assert widget_tail("某某区：党员志愿者“敲门行动”暖人心 【字体：大 中 小】") == "某某区：党员志愿者“敲门行动”暖人心"
    assert widget_tail("某某社区开展敬老活动 [大][中][小]") == "某某社区开展敬老活动"
    assert widget_tail("志愿者说大中小学生都来了") == "志愿者说大中小学生都来了"


def test_a_column_name_under_the_trail_gives_way_to_the_headline_under_it():
    from .textpages import text_page as parse

    page = parse("共青团某某市委", "某某青年网", "首页 团情快讯 县区动态 青年志愿者 少先队 信息公开", "青年志愿者",
                 "共青团某某市委2023年青年志愿服务工作总结",
                 "2023年，团市委深入实施青年志愿服务“沂蒙红·青春行”工程，全市青年志愿服务工作取得新成效。",
                 "一、主要工作及成效", "全年新增注册青年志愿者5.6万名，新成立县区、高校青年志愿者协会分会12个。",
                 "稿源：团市委志愿者工作部", "发布者：管理员 发布日期：2024-01-15 浏览：417次", "【打印】 【关闭】")
    assert page.title == "共青团某某市委2023年青年志愿服务工作总结"


def test_a_headlines_quoted_image_over_its_deck_is_the_headline():
    from .textpages import text_page as parse

    page = parse("某某日报电子版", "第02版：要闻", "“格桑花”开在社区老人心坎上",
                 "某某区城南街道“格桑花”巾帼志愿服务队为空巢老人提供常态化服务",
                 "日期：2024-05-20 版次：02 作者：本报记者 某某某",
                 "5月18日一大早，某某社区78岁的独居老人家里就热闹起来，志愿者们带着酥油、糌粑和蔬菜上门看望。",
                 "“她们每个星期都来，比亲闺女还亲。”老人拉着志愿者的手说。")
    assert page.title == "“格桑花”开在社区老人心坎上" and "常态化服务" in (page.subtitle or "")
    page = parse("某某新闻网", "文明实践进景区", "某某县200余名志愿者国庆假期坚守景区一线", "2024-10-08 来源：某某县融媒体中心",
                 "国庆假期，某某县组织志愿者在景区开展文明引导和游客服务，累计服务游客3万余人次。")
    assert page.title == "某某县200余名志愿者国庆假期坚守景区一线"  # (a slogan over the headline: its kicker)


def test_a_headline_of_two_halves_the_title_line_names_is_no_slogan_and_a_broken_one_joins():
    from .textpages import text_page as parse

    page = parse("十年巡河路 青春护安澜", "某某资讯网", "当前位置：某某资讯网 > 地方 > 正文", "黄河岸边志愿红", "十年巡河路 青春护安澜",
                 "——某某市“河小青”志愿服务队常态化开展黄河岸线巡护", "时间：2024-04-11 03:12:45 来源：某某日报",
                 "清晨，某某市黄河大峡谷段，薄雾还未散去，志愿服务队的8名队员已经沿着河岸走了3公里，一边走一边捡拾垃圾。")
    assert page.title == "十年巡河路 青春护安澜"
    page = parse("某某日报数字报-小积分兑出乡风文明“新气象”", "某某日报", "第03版：综合新闻", "某某区推行文明实践“积分超市”",
                 "小积分兑出乡风", "文明“新气象”", "本报记者 王晓红 通讯员 李建国",
                 "“我这个月打扫公共卫生、参加志愿服务，一共攒了85分，换了一桶油。”4月15日，在某某村的“积分超市”里，村民说。")
    assert page.title == "小积分兑出乡风文明“新气象”"


def test_a_headline_broken_after_a_named_teams_colon_joins():
    from .textpages import text_page as parse

    page = parse("某某：“小板凳”宣讲团把党的声音送到田间地头_某某新闻网", "您当前所在的位置：首页 > 文明实践 > 正文", "“小板凳”宣讲团：",
                 "把党的声音送到田间地头", "2024-06-11 08:32:15 来源：某某日报 作者：记者 王晓红",
                 "6月8日傍晚，某某镇东凌村的大树下，十几位村民搬着小板凳围坐一圈，听“小板凳”宣讲团的老党员讲政策。",
                 "“小板凳”宣讲团是某某县新时代文明实践中心打造的基层理论宣讲品牌。")
    assert page.title == "“小板凳”宣讲团：把党的声音送到田间地头"
