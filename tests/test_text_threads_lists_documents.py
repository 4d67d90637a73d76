"""Classes of page text found by the project's blind page texts: Discuz!
threads (spaced jammers, guest notices, attachments, profiles, replies),
lists and quoted section headings in the body, a "——" subtitle above the
date line, and government pages whose index fields carry the dates.
Every case is written here; none is taken from an evaluation page."""
from __future__ import annotations

import pytest

from parsers.boilerplate import chrome_rule, strip_spaced_jammers
from parsers.textmeta import read_meta_line

from .textpages import text_page as parse

P1 = "4月8日上午，城南街道幸福里社区的志愿者们早早来到小区广场，为居民义务理发、测量血压、修理小家电，现场排起了长队。"
P2 = "社区党委书记介绍，这支志愿服务队成立三年来，每月固定开展一次便民服务，已经成为居民心中的“老朋友”。"
P3 = "下一步，社区将根据居民需求，继续丰富服务内容，让志愿服务更贴近群众、更温暖人心，把好事办到群众心坎上。"


def test_spaced_jammers_go_before_damage_is_looked_for():
    assert strip_spaced_jammers("居民纷纷点赞。4 Rt z9 k+ W% b")[0] == "居民纷纷点赞。"
    assert strip_spaced_jammers("现场很热闹。( ?; |# Q2“大家好")[0] == "现场很热闹。“大家好"
    for text in ("他说。I am a boy", "指数。PM 2.5 达标", "他们分成A B C D组"):
        assert strip_spaced_jammers(text) == (text, 0)
    art = parse("便民服务进社区", "发表于 2024-4-8 19:42 | 只看该作者 | 倒序浏览", P1 + "( ?; |# Q2", P2 + "7 Kd x0 m+ f1", P3)
    assert not art.flags.byte_damage and not art.flags.mirror
    assert "?" not in art.body and "Kd" not in art.body


def test_a_thread_gives_its_first_post_only():
    art = parse("幸福里论坛", "查看: 1200|回复: 3", "[社区活动] 便民服务进社区 [复制链接]", "楼主", "城南老李",
                "发表于 2024-4-8 19:42 | 只看该作者 | 倒序浏览 | 阅读模式",
                "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。", "主题 12 帖子 340 积分 980",
                P1, "IMG_20240408_0912.jpg (120.5 KB, 下载次数: 4)", "下载附件", P2, P3,
                "使用道具 举报", "回复", "路过的小王", "沙发", "发表于 2024-4-8 20:05 | 只看该作者", "为志愿者点赞！", "使用道具 举报")
    assert art.title == "[社区活动] 便民服务进社区"
    assert art.authors == []  # 只看该作者 names no author
    assert art.paragraphs[0].startswith("4月8日上午") and art.paragraphs[-1] == P3
    assert "马上注册" not in art.body and "下载附件" not in art.body and "IMG_" not in art.body
    assert "路过的小王" not in art.body and "点赞" not in art.body
    assert art.forum


def test_a_later_page_of_a_thread_gives_its_replies_under_no_headline():
    art = parse("某某生活网", "某某生活网 › 论坛 › 公益志愿 › 返回列表", "‹‹ 上一页 1 2 3 下一页 ››",
                "11#", "城南老李", "发表于 2024-3-16 20:47 | 只看该作者", P1, "使用道具 举报",
                "12#", "路过的小王", "发表于 2024-3-16 21:05 | 只看该作者", "回复 11# 城南老李",
                "请问外地来这边工作的可以报名吗？我户口不在这边。", "使用道具 举报",
                "13#", "幸福里志愿者 楼主", "发表于 2024-3-16 21:32 | 只看该作者", P2, "-------------------------",
                "志愿路上，你我同行", "使用道具 举报", "‹‹ 上一页 1 2 3 下一页 ››", "Powered by Discuz! X3.4")
    assert art.title is None
    assert art.paragraphs[0] == P1 and art.paragraphs[-1] == P2
    assert "户口不在这边" in art.body
    assert not any(x in art.body for x in ("城南老李", "路过的小王", "回复 11#", "你我同行", "下一页"))


@pytest.mark.parametrize("line", ["11#", "12楼", "回复 12# 某某", "引用第3楼某某于2023-11-02 09:12发表的 ：", "某某 楼主",
                                  "2 / 4 页", "« 1 2 3 » Pages: ( 2/3 total )"])
def test_a_threads_floors_replies_quotes_and_pages_are_chrome(line):
    assert chrome_rule(line) is not None


def test_forum_lines_are_named():
    assert chrome_rule("马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。") == "forum attachment notice"
    assert chrome_rule("活动照片.png (86.2 KB, 下载次数: 1)") == "forum attachment notice"
    assert chrome_rule("主题 36 帖子 512 积分 1288") == "forum profile"
    assert chrome_rule("使用道具 举报") == "forum thread tools"


def test_a_numbered_list_stays_in_the_body_and_a_quoted_heading_is_a_heading():
    art = parse("社区端午活动精彩纷呈", "发布时间：2024-06-10 09:00 来源：某某县融媒体中心", P1, "活动内容包括：",
                "1.包粽子比赛", "2.手工缝制香囊", "3.为独居老人送粽子", "服务品牌：擦亮志愿服务的“金招牌”", P2, P3)
    assert ["1.包粽子比赛", "2.手工缝制香囊", "3.为独居老人送粽子"] == [p for p in art.paragraphs if p[1:2] == "."]
    assert "服务品牌：擦亮志愿服务的“金招牌”" in art.headings


def test_a_subtitle_between_the_headline_and_the_date_line():
    art = parse("某某新闻网", "当前位置：首页 > 要闻", "文明实践“遍地开花”", "——某某县推进新时代文明实践工作综述",
                "发布时间：2024-01-05 08:40 来源：某某县融媒体中心", P1, P2, P3)
    assert art.title == "文明实践“遍地开花”"
    assert art.subtitle == "某某县推进新时代文明实践工作综述"


def test_a_government_pages_index_fields():
    line = "索引号：11320000/2024-00012 | 分类：工作动态 | 发布机构：某某镇人民政府 | 成文日期：2024-03-01 | 发布日期：2024-03-04"
    meta = read_meta_line(line)
    assert (meta.published, meta.document_date, meta.authors) == ("2024-03-04", "2024-03-01", [])
    art = parse("某某市人民政府", "首页 > 镇（街道） > 工作动态", line, "志愿服务进万家", "【字体：大 中 小】【打印】", P1, P2, P3)
    assert art.title == "志愿服务进万家"
    assert (art.published[:10], art.document_date) == ("2024-03-04", "2024-03-01")
    assert art.authors == []  # the issuing body is no person credited for the text


def test_an_issuing_body_is_understood_but_no_author():
    meta = read_meta_line("发文机关：某某县人民政府办公室")
    assert meta.understood and meta.authors == []


def test_spam_words_put_inside_sentences_go_on_a_stuffed_page_only():
    stuffed = parse("久久精品国产_成人免费视频在线观看_国产精品一区二区", "古村来了文创志愿者",
                    "时间：2024-07-26 10:48 来源：某某县融媒体中心",
                    "盛夏时节，来自全国各地的【某某体育】文创志愿者正在教村民画油画、做陶艺，村里热闹非凡。",
                    "“本来只打算待一个月，结果澳门新葡京一住就是一年多。”志愿者小潘说，她在村里开了一间免费画室。", P3)
    assert stuffed.flags.seo_spam
    assert "某某体育" not in stuffed.body and "新葡京" not in stuffed.body
    assert "来自全国各地的文创志愿者" in stuffed.body and "结果一住就是一年多" in stuffed.body
    clean = parse("社区开展反赌宣传", "时间：2024-07-26 10:48 来源：某某县融媒体中心",
                  "志愿者向居民讲解网络赌博的危害，提醒大家警惕“澳门新葡京”等境外赌博网站的诱骗，守好自己的钱袋子。", P2, P3)
    assert not clean.flags.seo_spam and "澳门新葡京" in clean.body


def test_a_phpwind_thread_its_floors_cards_ratings_and_subject_line():
    art = parse("某某论坛", "阅读：1208 回复：9", "屈原镇新时代文明实践站招募周末志愿者啦！有意向的看过来",
                "楼主 # 2023-08-02 09:15 只看楼主 倒序阅读 使用道具", "屈原镇文明实践站", "级别: 论坛版主", "UID: 40326",
                "威望: 365 点", "金钱: 1920 RMB", "注册时间: 2019-03-11", P1, P2, P3,
                "[ 此帖被屈原镇文明实践站在2023-08-02 09:21重新编辑 ]", "图片:20230802091032.jpg",
                "本帖最近评分记录： 共1条评分记录", "秭归老兵\t威望\t+5\t2023-08-02\t好帖，支持！", "回复 引用 举报 顶端",
                "秭归老兵", "沙发 # 2023-08-02 10:03 只看该作者", "已经报名了，去年在乐平里讲解过一个暑假。")
    assert art.title == "屈原镇新时代文明实践站招募周末志愿者啦！有意向的看过来"
    assert art.published.startswith("2023-08-02T09:15") and art.paragraphs[-1] == P3 and art.forum
    for line in ("注册时间: 2019-03-11", "头衔：常山居民", "来自 陕西洛川", "第 1 楼", "打印 | 加为收藏 | 推荐给好友",
                 "本主题被浏览 2436 次，共有回复 11 个"):
        assert chrome_rule(line), line
    assert chrome_rule("来自 人民日报") is None  # (an outlet after 来自 is a source, not where a poster lives)
    subject = parse("常山论坛", "主题：【随手拍】正定古城里的“红马甲”，为你们点赞！", "第 1 楼", "发表于：2025-5-2 16:48:21",
                    P1, P2, P3)
    assert subject.title == "【随手拍】正定古城里的“红马甲”，为你们点赞！"


def test_a_government_tables_fields_in_brackets_and_a_relay_glued_to_its_outlet():
    meta = read_meta_line("[成文日期] 2024-05-04\t[发布日期] 2024-05-06")
    assert (meta.published, meta.document_date) == ("2024-05-06", "2024-05-04")
    assert read_meta_line("[索引号] 11500232MB1928605X/2024-00087\t[发文字号] ").index
    relay = read_meta_line("转自洛川县融媒体中心")
    assert (relay.source, relay.relayed) == ("洛川县融媒体中心", True)
    assert read_meta_line("本文转自某某日报，转载请注明出处。").source == "某某日报"
    assert read_meta_line("转自他人的经验").source is None


def test_a_posters_signature_under_the_post_is_no_part_of_it():
    from parsers.boilerplate import chrome_rule

    assert chrome_rule("签名：山高水长，人心要暖。") == "forum signature"
    assert chrome_rule("签名仪式在社区广场举行，二十余家单位参加。") is None


MINE = ("上周六我跟着单位的志愿服务队去了河东镇敬老院，第一次去，想写点东西记下来。",
        "我们分成几组，有人帮老人剪头发，有人打扫房间，我负责陪老人聊天。")


@pytest.mark.parametrize("card", [
    ("梧桐树下", "楼主", "发表于 2024-3-9 21:40:16 | 只看该作者 | 倒序浏览"),    # a Discuz! card over the first post
    ("梧桐树下", "贴吧等级 6", "吧友"),                                   # a bar's card: the name over its rank
    ("梧桐树下", "Lv.8", "楼主 2024-03-09 21:40 浙江"),                    # a bar's mobile card
    ("梧桐树下", "吧务", "Lv.9 河东达人"),                                 # a moderator's badge, the rank's title
    ("梧桐树下", "梧桐树下 当前离线", "10 主题 86 帖子 1263 积分", "金牌会员", "Rank: 6Rank: 6", "发消息", "电梯直达 楼主",
     "发表于 2024-3-9 21:40:16 | 只看该作者"),                             # Discuz!'s card: counts, group, rank, buttons
])
def test_a_first_hand_posts_poster_is_its_author(card):
    art = parse("河东论坛", "查看: 320|回复: 2", "记一次去敬老院做义工", *card, *MINE, "回复", "举报")
    assert art.title == "记一次去敬老院做义工"
    assert art.authors == ["梧桐树下"]


def test_a_blogs_post_line_names_its_poster():
    art = parse("山野笔记", "首页 关于我 日记 读书", "在河东村的十天", "发表于 2024年7月28日 由 小鹿", *MINE)
    assert art.authors == ["小鹿"] and art.published.startswith("2024-07-28")
    assert read_meta_line("由 admin 发布于 2023-05-01 10:00").poster == "admin"


def test_a_poster_who_relays_anothers_text_is_no_author():
    reported = ("3月8日，河东镇新时代文明实践所组织志愿者走进敬老院，为老人理发、打扫房间。",
                "“我每个月都盼着他们来。”88岁的王大爷说。")
    # a report relayed (its people say 我 only in quotes), a repost's mark, a post crediting another
    for title, body in (("河东镇：志愿服务进敬老院", reported), ("【转帖】记一次去敬老院做义工", MINE)):
        art = parse("河东论坛", "查看: 320|回复: 2", title, "梧桐树下", "楼主",
                    "发表于 2024-3-9 21:40:16 | 只看该作者", *body)
        assert art.authors == [], title
    art = parse("河东论坛", "记一次去敬老院做义工", "梧桐树下", "楼主", "发表于 2024-3-9 21:40:16 | 只看该作者",
                *MINE, "（文/王小丽）")
    assert art.authors == ["王小丽"]


def test_a_documents_issuing_date_is_its_own_not_the_pages():
    head = ("某某县人民政府", "索引号：0087/2024-00418", "发布机构：中共某某县委宣传部",
            "发文日期：2024-04-17", "发布日期：2024-04-18", "某某县开展“文明实践 志愿同行”主题活动", "来源：某某县文明办")
    art = parse(*head, P1, P2)
    assert art.published.startswith("2024-04-18") and art.document_date == "2024-04-17"


def test_a_table_saved_one_cell_per_line_without_colons():
    art = parse("某某县人民政府", "索引号", "SXPC-2024-003152", "发布机构", "中共某某县委宣传部", "发文日期",
                "2024年05月20日", "发布日期", "2024年05月21日", "某某县志愿服务“进万家”走进山乡", "来源：某某县文明办", P1, P2)
    assert art.published.startswith("2024-05-21") and art.document_date == "2024-05-20"
    assert art.title == "某某县志愿服务“进万家”走进山乡"
    # a word of any line alone on its own, with no colon, is no field: 来源 over a sentence stays text
    assert read_meta_line("发布日期：2024年05月21日").published


def test_a_tables_name_row_names_the_document():
    art = parse("某某市人民政府", "索引号： 011374532/2024-02137", "发布机构： 某某市文明办", "成文日期： 2024-02-26",
                "发布日期： 2024-02-28", "名称： 关于开展2024年“学雷锋”志愿服务月活动的通知",
                "关于开展2024年“学雷锋”志愿服务月活动的通知", "【字体：大 中 小】  【打印】", P1, P2)
    assert art.title == "关于开展2024年“学雷锋”志愿服务月活动的通知"
    assert art.published.startswith("2024-02-28") and art.document_date == "2024-02-26"


def test_a_section_heading_set_in_brackets_is_its_words():
    art = parse("某某新闻网", "“志愿+”让文明实践遍地开花", "2024-10-28 07:58  来源：某某经济报", P1,
                "【阵地建起来 群众聚起来】", P2, "【队伍壮起来 服务活起来】", P3)
    assert art.headings == ["阵地建起来 群众聚起来", "队伍壮起来 服务活起来"]


def test_the_lists_under_numbered_headings_are_the_texts():
    lead = "为弘扬志愿精神，经单位推荐、资格审查和综合评审，现将2024年度“最美志愿者”“最佳志愿服务项目”拟推荐对象公示如下："
    close = "公示时间为2024年12月11日至12月17日。公示期间，如有异议，请以书面形式向县文明办反映。"
    names = ["方志刚 徽城镇渔梁社区志愿者", "程丽华 县人民医院护理部志愿服务队队长", "汪德胜 深渡镇退役军人志愿服务队队员",
             "洪晓雯 县中学青年教师志愿者", "叶春生 王村镇文明实践站志愿者", "吴美娟 郑村镇巾帼志愿服务队队长"]
    projects = ["“渔梁坝上的守护者”古迹保护志愿服务项目", "“银龄助学”留守儿童关爱项目", "“新安江清”河道保洁志愿服务项目",
                "“红马甲护考”爱心送考志愿服务项目"]
    art = parse("某某县人民政府", "关于2024年度某某县“最美志愿者”拟推荐对象的公示", "发布时间：2024-12-11 16:03 来源：县委宣传部",
                lead, "一、“最美志愿者”（6名）", *names, "二、“最佳志愿服务项目”（4个）", *projects, close,
                "【打印本页】 【关闭窗口】", "主办：某某县人民政府办公室")
    assert art.headings == ["一、“最美志愿者”（6名）", "二、“最佳志愿服务项目”（4个）"]
    assert all(n in art.paragraphs for n in names + projects) and art.paragraphs[-1] == close


def test_a_tables_labels_set_wide_are_read_like_any_label():
    meta = read_meta_line("文 号： 某文明委〔2024〕2号 发布日期： 2024-02-29")
    assert meta.published.startswith("2024-02-29")
    assert read_meta_line("发 布 日 期： 2024-02-29").published.startswith("2024-02-29")


def test_an_events_day_in_a_field_is_a_line_of_the_text_not_the_pages_date():
    for line in ("活动时间：2024年5月1日上午9:00", "项目日期： 2023-07-10 至 2023-08-25", "报名截止日期：2024-05-10"):
        assert read_meta_line(line).published is None, line
    assert read_meta_line("发布时间：2023-06-20 15:08").published.startswith("2023-06-20")
    assert read_meta_line("时间：2023-06-20").published.startswith("2023-06-20")


def test_a_counter_named_by_its_count_of_reads_ends_a_meta_line():
    meta = read_meta_line("2024-05-10 16:21:33 稿源：某某县融媒体中心 作者：杨某某 吴某 责任编辑：潘某 阅读次数：1207")
    assert meta.source == "某某县融媒体中心" and meta.authors == ["杨某某", "吴某"] and meta.editors == ["潘某"]


def test_an_account_named_after_its_owner_is_the_source():
    assert read_meta_line("本文来源：某某州文明办微信公众号“文明某某”").source == "文明某某"
    assert read_meta_line("来源：微信公众号“某某文明实践”").source == "某某文明实践"


def test_a_blogs_owner_writes_its_first_hand_posts():
    art = parse("在河东村的十天_某某某_新浪博客", "新浪博客", "小鹿的博客", "首页 博文目录 图片 关于我", "在河东村的十天",
                "(2019-06-09 21:37:15)", *MINE)
    assert art.authors == ["小鹿"]
