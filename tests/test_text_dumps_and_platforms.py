"""The same story dumped by other tools and shown on other platforms: a text
browser's link numbers and picture marks, an account's card and counters
on a platform, an outlet named before its date with a dot, a print view's
stamp, and the ads a copy site puts around a platform's story.  Every case
is written here; none is taken from an evaluation page."""
from __future__ import annotations

from parsers.boilerplate import chrome_rule, strip_browser_marks

from .textpages import text_page as parse

P1 = "4月3日至6日，某某县“红色志愿服务队”的40多名志愿者每天轮班值守，为前来缅怀先烈的群众提供讲解、引导服务。"
P2 = "“能给大家讲讲这些故事，是我的荣幸。”退休教师、志愿者王某和说，他已经在服务队坚持了五年，累计宣讲300多场。"
P3 = "下一步，某某县将依托县新时代文明实践中心，持续打造“红色志愿”服务品牌，让老区精神代代相传。"


def test_a_text_browsers_link_numbers_and_picture_marks_go():
    art = parse("某某县：红色志愿服务队讲好老区故事_某某县人民政府",
                "   [1]跳转到主要内容", "   [2]无障碍  [3]长者模式", "   [5][IMG] 某某县人民政府",
                "   [6]首页   [7]政务公开   [8]走进某某", "   当前位置：[11]首页 > [12]走进某某 > [13]文明实践",
                "   [IMG]", "   发布时间：2024年4月8日  信息来源：某某县融媒体中心", P1, P2, P3,
                "   责任编辑：程某", "   [17]【打印】 [18]【关闭】", "References", "   1. http://www.example.gov.cn/")
    assert art.title == "某某县：红色志愿服务队讲好老区故事"
    assert art.published.startswith("2024-04-08") and art.editors == ["程某"]
    assert art.body.split("\n")[0] == P1 and "[" not in art.body
    # one bracketed number is a footnote's, not a browser's habit
    assert strip_browser_marks(["见附件[1]说明", "正文"]) == ["见附件[1]说明", "正文"]
    assert chrome_rule("[图片]") == chrome_rule("[3][IMG]") == "image placeholder"


def test_an_accounts_card_and_counters_are_no_headline():
    art = parse("澎湃号 > 政务", "某某县：志愿宣讲队把生态课搬到山坡上", "某某发布", "某某省某某县委宣传部官方账号",
                "粉丝 1.2万", "+订阅", "2024-09-20 10:12", P1, P2, P3, "阅读 3621", "点赞 128 在看 36")
    assert art.title == "某某县：志愿宣讲队把生态课搬到山坡上"
    assert art.published.startswith("2024-09-20")
    assert "粉丝" not in art.body and "在看" not in art.body
    assert chrome_rule("1.2万粉丝 · 某某县融媒体中心官方账号") == "account card"
    assert chrome_rule("2024-05-20·某某官方账号") is None  # a date line stays one


def test_an_outlet_named_before_its_date_with_a_dot():
    art = parse("阅读模式", "某某镇：志愿红守护千年古村", "今日某某 · 2024-08-26 10:20", P1, P2, P3)
    assert art.title == "某某镇：志愿红守护千年古村" and art.published.startswith("2024-08-26")


def test_a_print_views_stamp_is_not_the_articles_date():
    art = parse("某某区人民政府  网页打印", "某某街道：志愿者开启春季护河行动", "来源：某某区融媒体中心  作者：唐某",
                P1, P2, P3, "打印时间：2024年3月27日 14:52", "【打印】【关闭】")
    assert art.published is None and art.source == "某某区融媒体中心"
    dated = parse("某某街道：志愿者开启春季护河行动", "发布时间：2024-03-23 09:00", P1, P2, P3,
                  "打印时间：2024-03-27 14:52:35")
    assert dated.published.startswith("2024-03-23")


def test_the_ads_a_copy_site_puts_around_a_story_are_spam():
    for ad in ("【热门】免费领取200元话费券，新用户点击立即领取>>>", "小编推荐：一个月瘦20斤的秘诀，戳这里了解>>>",
               "【推荐】最新高清电影免费在线观看，尽在www.example-movie.com"):
        art = parse("某某县：红色志愿服务队讲好老区故事", "2024-04-08 09:00 来源：某某县融媒体中心", P1, ad, P2, P3)
        assert art.flags.seo_spam and art.flags.mirror, ad
        assert ad not in art.body
    for line in ("点击查看更多>>>", "下载某某发布客户端，点击下载"):  # a site's own prompts: chrome at most, no spam
        assert chrome_rule(line) != "seo spam"


def test_a_summary_set_over_the_text_is_not_its_first_paragraph():
    for box in ("视频简介：某某县依托新时代文明实践站，组织志愿者常态化开展助老服务。", "【导读】某某县志愿者轮班值守，服务群众上万人次。",
                "导读：清明前后，某某县志愿者为群众提供讲解服务。"):
        art = parse("某某县：红色志愿服务队讲好老区故事", "来源：某某县融媒体中心 | 2024年04月08日 19:42", box, P1, P2, P3)
        assert art.body.split("\n")[0] == P1, box
    assert chrome_rule("导读") is None  # a menu's word alone is no box


def test_the_credits_of_content_systems_templates():
    # a role and its names set apart by a slash, in brackets, a two-character name padded to three
    art = parse("某某县：文明实践“夜市”点亮乡村夜经济", "时间：2024/7/16  来源：某某县融媒体中心",
                "【记者/韩某梅 丁 浩  通讯员/马某忠】", P1, P2, P3, "编辑：祁某燕")
    assert art.authors == ["韩某梅", "丁浩", "马某忠"] and art.editors == ["祁某燕"]
    # the unit that sent it in, then the name, closing the text
    art = parse("某某街道开展志愿服务", "来源：某某街道  发布时间：2024-05-06", P1, P2, P3, "（湄江街道 刘某婷）")
    assert art.authors == ["刘某婷"] and art.body.split("\n")[-1] == P3
    # an e-paper's bare paging words end no metadata: the page's editor under them edits this story too
    art = parse("某某日报", "2024年11月14日 星期四", "第A3版：综合新闻", "志愿者送温暖", "本报讯（记者 马某梅）" + P1,
                P2, P3, "上一篇 下一篇", "返回目录", "本版编辑：何 芳  校对：李 勇")
    assert art.editors == ["何芳"] and art.authors == ["马某梅"]
    # who runs the site, under its name, is no headline
    assert chrome_rule("某某县新闻网 —— 某某县融媒体中心主办") == "site credit"
    assert chrome_rule("志愿服务活动由县文明办主办") is None


def test_a_mirrors_headline_shown_twice_around_its_spam_and_its_rights_note():
    head = "“村BA”赛场上的“红马甲”：某某村志愿者守护文明观赛"
    art = parse(head + "_篮球资讯_皇冠体育", "皇冠体育", "首页 篮球资讯 足球资讯 比分直播",
                "皇冠体育官方入口 全场滚球 注册送38元", head,
                "3月23日晚，某某县某某村篮球场人声鼎沸，“村BA”春季赛火热开打，数百名红马甲志愿者引导观众文明观赛。", P2, P3)
    assert art.title == head and art.flags.seo_spam
    art = parse("某某县：老兵护学岗守护上学路", "2024-05-06 09:00 来源：某某县融媒体中心", P1, P2, P3,
                "本文由某某文库网整理发布，转载请注明出处。", "记者 王某某")
    assert art.body.split("\n")[-1] == P3 and art.authors == ["王某某"]
    assert chrome_rule("本网原创稿件，转载请注明出处") == "rights note"


def test_a_blog_platforms_stat_line_dates_the_post_and_its_tip_prompt_ends_the_text():
    art = parse("在乡村学校当了一学期周末志愿者 - 某某书", "首页", "下载APP", "在乡村学校当了一学期周末志愿者", "林深见鹿_7e2c", "关注",
                "2 2024.01.08 21:33:47 字数 2,061 阅读 587",
                "去年九月，我报名到乡村学校当周末志愿者，一个学期下来，每两周去一次，一共去了九次，写点东西算是小结。", P2, P3,
                "“小礼物走一走，来某某书关注我”", "赞赏支持",
                "还没有人赞赏，支持一下", "推荐阅读", "某某县：老兵护学岗守护上学路")
    assert art.published.startswith("2024-01-08")
    assert art.body.split("\n")[-1] == P3
    assert chrome_rule("群众纷纷赞赏志愿者的付出") is None  # a line that praises is no prompt


def test_a_posters_card_over_a_楼主_line_and_tags_under_their_label_are_no_headline():
    art = parse("平安夜在地铁站做了四个小时志愿者_某某吧_百度贴吧", "百度贴吧", "某某吧", "平安夜在地铁站做了四个小时志愿者",
                "星城打工仔", "Lv.8", "楼主 2023-12-24 23:48 湖南",
                "刚从地铁站回来，平安夜做了四个小时志愿者，腿还是软的，趁着热乎写一下。", P2, P3)
    assert art.title == "平安夜在地铁站做了四个小时志愿者" and art.published.startswith("2023-12-24")
    art = parse("某某村：文明实践让移民村焕发新气象_某某老周_新浪博客", "某某村：文明实践让移民村焕发新气象",
                "(2023-06-12 09:41:05)", "转载▼", "标签：", "文明实践 志愿服务 固原 移民村", "分类： 家乡新闻",
                "来源：某某区融媒体中心 2023年06月10日", "记者 马某燕",
                "初夏时节，走进某某村，文明实践让这个移民村焕发新气象，村道两旁种满了格桑花。", P2, P3)
    assert art.title == "某某村：文明实践让移民村焕发新气象"
    assert "文明实践 志愿服务 固原 移民村" not in art.body


def test_a_posts_time_with_the_posters_ip_place_dates_the_post_and_a_name_with_a_time_to_the_second_does_not():
    from parsers.textmeta import read_meta_line

    assert read_meta_line("发布于 2023-09-14 22:08・IP 属地四川").published.startswith("2023-09-14")
    # a name and a time to the second is a comment's stamp as often as a post's head: the rendered pages of
    # forums and blogs lost their text when it was read as one (see docs/pagetexts.md)
    assert read_meta_line("菜园子里的猫 2024-02-04 19:47:32").published is None


def test_a_follow_prompt_and_an_accounts_name_over_its_feed_head_are_no_headline():
    assert chrome_rule("点击蓝字 关注我们") == chrome_rule("↑点击“某某文明实践”关注我们") == "social or sms promo"
    assert chrome_rule("点击蓝字查看活动详情") is None
    page = parse("今日头条", "打开App", "某某零距离", "2023-07-25 19:48 · 某某县融媒体中心官方账号", "关注",
                 "7月23日，某某县新时代文明实践中心组织“石榴籽”志愿服务队走进葡萄园，帮助种植户采摘、装箱。",
                 "“葡萄正是管护的关键期，家里人手不够，志愿者来得太及时了。”种植户说。",
                 "当天，志愿者们还在村党群服务中心开展了防范电信诈骗宣传。")
    assert page.title is None  # a feed page copied from under its headline: the account's name is no headline



def test_a_platforms_note_on_its_accounts_posts_and_a_summary_named_as_the_texts():
    assert chrome_rule("声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。") == "disclaimer"
    assert chrome_rule("本文导读：一辆“大篷车”载着宣讲和义诊，一年跑遍全乡18个村。") == "summary box"
    assert chrome_rule("这个观点仅代表我本人吗？大家可以讨论。") is None
