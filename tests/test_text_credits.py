"""Credits in the shapes real pages give them, found by the project's fourth
blind set of page texts (reprints, aggregators, provincial portals).
Every case is written here; none is taken from an evaluation page."""
from __future__ import annotations

import pytest

from parsers.assemble import without_site_name
from parsers.boilerplate import chrome_rule
from parsers.textmeta import parse_names, read_meta_line, split_dateline


def test_names_with_a_middle_dot_and_staff_codes():
    meta = read_meta_line("2024-05-20 09:38　来源：某某网-某某日报　作者：记者 阿依古丽·买买提 通讯员 马小军")
    assert meta.source == "某某网-某某日报" and meta.authors == ["阿依古丽·买买提", "马小军"]
    assert read_meta_line("责任编辑：宋 婕 PN086").editors == ["宋婕"]
    assert read_meta_line("责任编辑：王小晓_NN6391").editors == ["王小晓"]


@pytest.mark.parametrize("line,source", [
    ("2022-11-08 16:33　转自：某某发布", "某某发布"), ("本文转自：某某日报", "某某日报"), ("文章来源：某某融媒", "某某融媒"),
])
def test_the_words_a_reprint_names_its_source_with(line, source):
    assert read_meta_line(line).source == source


def test_review_chains_set_apart_by_bars_and_credits_with_spaced_slashes():
    assert read_meta_line("编辑 | 黄小玲　审核 | 郑伟　校对 | 许丽").editors == ["黄小玲"]
    assert read_meta_line("文 / 林雅琴　图 / 陈志斌").authors == ["林雅琴", "陈志斌"]
    assert read_meta_line("视频：易小红").authors == ["易小红"]
    assert read_meta_line("首页 时政 社会 视频 图片").authors == []  # a menu's words, no credits


def test_datelines_of_outlets_joined_or_with_their_alias():
    found, _ = split_dateline("某某网-某某日报讯（记者阿依古丽·买买提 通讯员马小军报道）5月18日，某某社区的小广场上格外热闹。")
    assert found["authors"] == ["阿依古丽·买买提", "马小军"]
    found, _ = split_dateline("某某网（某某日报网）讯（记者 杨帆 通讯员 胡婷婷）6月26日，一座山村小学的教室里格外热闹。")
    assert found["org"] == "某某网" and found["authors"] == ["杨帆", "胡婷婷"]


@pytest.mark.parametrize("line,rule", [
    ("无障碍 | 长者模式 | 简体 | 繁體", "login bar"),
    ("【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】", "print/close trailer"),
    ("原标题：某某区“孝心食堂”开进村湾", "original title"),
    ("阅读 (1.3k)", "comment counter"),
    ("平台声明：该文观点仅代表作者本人，某某号系信息发布平台", "disclaimer"),
])
def test_furniture_of_reprints_and_portals(line, rule):
    assert chrome_rule(line) == rule


def test_a_title_line_with_its_column_and_site_set_apart_by_bare_dashes():
    assert without_site_name("某某：“冬日暖阳”志愿服务温暖困难群众-文明实践-某某文明网") == "某某：“冬日暖阳”志愿服务温暖困难群众"
    assert without_site_name("某某县：端午志愿服务周启动 - 今日头条") == "某某县：端午志愿服务周启动"
    assert without_site_name("2023-2024年度志愿服务") == "2023-2024年度志愿服务"


def test_the_pages_tools_after_a_date_line_leave_its_fields():
    meta = read_meta_line("时间：2023-06-17　来源：团县委　字号：[大 中 小]　[打印]　[关闭]")
    assert (meta.published, meta.source) == ("2023-06-17", "团县委")
    assert read_meta_line("编辑：李中").editors == ["李中"]  # a name's last character is no font size


def test_a_military_correspondents_closing_credit():
    from parsers.textmeta import split_trailing_byline
    names, rest = split_trailing_byline("志愿者们在纪念碑前肃立默哀，敬献花篮。（报道员 骆峰 通讯员 韦一帆）")
    assert names == ["骆峰", "韦一帆"] and rest.endswith("敬献花篮。")


@pytest.mark.parametrize("line,published", [
    ("某某醒报 (2012-01-17 16:31)", "2012-01-17T16:31:00+08:00"),
    ("2012-1-16 字型： ∣看推荐∣发言∣列印∣转寄", "2012-01-16"),
])
def test_a_date_line_by_its_shape_with_an_outlet_before_or_tools_after(line, published):
    assert read_meta_line(line).published == published


def test_a_linked_headline_with_its_date_is_no_date_line():
    assert read_meta_line("冬季眼镜防雾三高招【某某新浪网】2012-01-17 16:10").published is None
    assert read_meta_line("[2005-08-17]    某某文章").published is None  # a list of dated links
    assert read_meta_line("某某写于2005年6月12日").published is None  # a signature, not an outlet's date


def test_credits_set_with_bars_affiliations_and_spaced_names_in_a_closing():
    from parsers.textmeta import split_trailing_byline
    assert read_meta_line("文 | 江月 图 | 县志愿者协会").authors == ["江月"]
    meta = read_meta_line("作者：刘 洋 作者单位：某某镇新时代文明实践所")
    assert meta.authors == ["刘洋"] and meta.understood
    assert split_trailing_byline("（王 刚 李小燕）")[0] == ["王刚", "李小燕"]
    assert read_meta_line("图｜志愿者走进社区").authors == []  # a photo story's headline, not a credit


def test_a_dated_headline_in_a_list_is_no_accounts_head():
    assert read_meta_line("某某乡“孝善基金”发放仪式举行 2023-11-17").published is None
    assert read_meta_line("某某发布 2023-06-12 09:20").published.startswith("2023-06-12")


def test_an_account_named_as_the_source_with_its_platforms_words():
    assert read_meta_line("来源：“某溪文明”微信公众号 发布时间：2024-02-24 21:02").source == "某溪文明"
    assert read_meta_line("来源：微信公众号“文明某安”").source == "文明某安"
    assert read_meta_line("来源：“学习强国”学习平台").source == "“学习强国”学习平台"  # no platform's word: kept as written


def test_a_strip_of_tools_is_no_byline_though_a_one_character_role_stands_in_it():
    assert read_meta_line("全文 列印 简体 评论 投稿").authors == []
    assert read_meta_line("本报记者 蓝天 文　通讯员 贺新 摄").authors == ["蓝天", "贺新"]
    assert read_meta_line("文 王刚").authors == ["王刚"]


def test_role_nouns_are_never_names_and_a_spaced_name_may_start_with_a_role_letter():
    from parsers.textmeta import parse_names

    assert parse_names("记者 王 刚 通讯员 易小红") == ["王刚", "易小红"]
    assert parse_names("本报记者 李 明") == ["李明"]
    assert parse_names("记者 文 浩 通讯员 易小红") == ["文浩", "易小红"]  # 文浩: a name, not 文/浩
    assert parse_names("文 王 刚") == ["王刚"] and parse_names("文/张三") == ["张三"]
    # a name ending in 文 is no role 文 (丘文 | 通讯员 李林); a name glued to 摄 is credited by it
    assert read_meta_line("（记者 丘文 通讯员 李林）").authors == ["丘文", "李林"]
    assert read_meta_line("记者 王文 摄影 李明").authors == ["王文", "李明"]
    assert read_meta_line("通讯员 张强 李明摄").authors == ["张强", "李明"]


def test_where_a_reporter_filed_from_is_no_name():
    from parsers.textmeta import parse_names

    assert parse_names("某某网·海报新闻记者 王凯 临沂报道") == ["王凯"]
    assert parse_names("记者张三报道") == ["张三"]


def test_a_source_gathered_from_the_web_a_unit_credited_and_a_name_jieba_splits_at_its_surname():
    from parsers.textmeta import looks_like_name, split_trailing_byline

    assert read_meta_line("时间：2024-10-21 来源：网络整理 作者：admin").source is None
    unit = read_meta_line("（供稿：黄桥街道新时代文明实践所）")
    assert unit.understood and unit.authors == [] and read_meta_line("供稿：张三").authors == ["张三"]
    # 马|海燕: a common surname and a given name jieba reads apart; 高校, 马海 are words, 完 no name
    assert looks_like_name("马海燕") and not looks_like_name("高校") and not looks_like_name("完")
    assert split_trailing_byline("发放棉衣棉被等物资价值20余万元。（马海燕）") == (["马海燕"], "发放棉衣棉被等物资价值20余万元。")


def test_a_body_the_credited_person_works_for_set_before_the_name():
    assert read_meta_line("（文/图：阳朔县新时代文明实践中心 韦丽娜）").authors == ["韦丽娜"]
    assert read_meta_line("记者 某某日报社 张三").authors == ["张三"]
    assert read_meta_line("作者：某某县文明办").authors == []


def test_the_mastheads_chiefs_are_neither_editors_nor_authors_and_a_name_may_end_in_tu():
    for line in ("主编：王志强", "总编辑：巴特尔", "值班主任：郝建平", "值班总编：冀文清"):
        meta = read_meta_line(line)
        assert meta.editors == [] and meta.authors == [] and chrome_rule(line) == "review line"
    assert read_meta_line("记者：其其格 宝音图").authors == ["其其格", "宝音图"]
    assert parse_names("李明摄") == ["李明"] and parse_names("宝音图") == ["宝音图"]  # (摄 ends a credit, 图 a name)


def test_an_e_papers_page_line_with_its_date_and_a_client_beside_its_date():
    assert read_meta_line("第2版 综合　2025年03月06日").published == "2025-03-06"
    client = read_meta_line("某某客户端　2024-11-02 21:18:05")
    assert client.published.startswith("2024-11-02T21:18") and client.source is None
    feed = read_meta_line("2024-08-02 14:55·湖北")
    assert feed.published.startswith("2024-08-02") and feed.source is None


def test_a_datelines_byline_in_square_brackets_and_a_closing_one_by_slashes():
    found, rest = split_dateline("某某网讯【记者 赵六 通讯员 钱七】近日，志愿者走进社区开展便民服务。")
    assert found["authors"] == ["赵六", "钱七"] and rest.startswith("近日")
    from parsers.textmeta import split_trailing_byline

    assert split_trailing_byline("活动持续了一上午。（文/王磊 图/孙悦）") == (["王磊", "孙悦"], "活动持续了一上午。")
    assert split_trailing_byline("活动持续了一上午。（图/新华社）")[0] == []


def test_a_subdistrict_or_community_credited_for_the_photos_is_a_unit():
    assert read_meta_line("文/沈佳怡　图/北关街道").authors == ["沈佳怡"]
    assert read_meta_line("图片：桃源社区").authors == []
    assert parse_names("李道 张社区") == ["李道"]  # a two-character name may end in 道


def test_a_captions_credit_set_before_the_photographers_name():
    from parsers.assemble import caption_credit
    from parsers.regions import CAPTION

    line = "志愿者为游客讲解古城的历史。（摄影 阿不都·热合曼）"
    assert CAPTION.search(line) and caption_credit(line) == ["阿不都·热合曼"]
    assert CAPTION.search("志愿者在河边捡拾垃圾。（摄影：刘晓燕）")
    assert not CAPTION.search("活动吸引了摄影爱好者参加（摄影协会 组织）。")


def test_a_photo_storys_credit_names_its_photographers():
    meta = read_meta_line("2025-04-02 10:15  来源：某某日报  摄影报道：沈佳怡 欧阳明")
    assert meta.source == "某某日报" and meta.authors == ["沈佳怡", "欧阳明"]


@pytest.mark.parametrize("line, authors", [
    ("（周雨桐 文 / 韩立新 摄）", ["周雨桐", "韩立新"]),
    ("周雨桐 文 韩立新 摄", ["周雨桐", "韩立新"]),
    ("（周雨桐 文｜韩立新 欧阳敏 摄）", ["周雨桐", "韩立新", "欧阳敏"]),
])
def test_credits_with_their_roles_after_the_names_one_after_another(line, authors):
    assert read_meta_line(line).authors == authors


def test_a_function_word_after_a_credit_word_is_no_name_and_a_posts_time_is_its_date():
    assert read_meta_line("首页 随笔 转载 摄影 关于").authors == []
    assert parse_names("王红 关于 于是 张三") == ["王红", "张三"]
    assert parse_names("高远 一凡") == ["高远", "一凡"]  # names jieba reads as an adverb stay names
    meta = read_meta_line("作者：小河 | 发布于 2023年12月4日 | 分类：随笔")
    assert (meta.authors, meta.published) == (["小河"], "2023-12-04")


def test_a_reporter_and_a_correspondent_glued_to_their_names_and_to_each_other():
    assert read_meta_line("记者吴佳怡通讯员金明").authors == ["吴佳怡", "金明"]
    assert read_meta_line("记者 吴佳怡 通讯员 金明").authors == ["吴佳怡", "金明"]


def test_pictures_provided_by_no_one_named_credit_no_one():
    assert read_meta_line("文 | 郑小雨  图 | 受访者提供").authors == ["郑小雨"]
    assert parse_names("单位提供") == [] and parse_names("受访者 张三") == ["张三"]


def test_a_mongolian_name_ending_in_tu_keeps_it():
    from parsers.textmeta import parse_names

    assert parse_names("格日勒图 苏雅拉") == ["格日勒图", "苏雅拉"]
    assert parse_names("刘某/文") == ["刘某"] and parse_names("李某某摄") == ["李某某"]
