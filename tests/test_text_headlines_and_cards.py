"""Headlines the page shows in odd places and lines that only look like one:
a photo's caption over the text, a poster's card over a thread's post, a
headline broken over two lines that the page's title line names whole, an
e-paper's paging, an account's head with its author and province.  Every
case is written here; none is taken from an evaluation page."""
from __future__ import annotations

import pytest

from parsers.boilerplate import chrome_rule
from parsers.textmeta import read_meta_line

from .textpages import text_page as parse

P1 = "5月10日上午，青山街道新时代文明实践所组织志愿者走进青山社区，开展垃圾分类宣传活动，向居民讲解分类方法。"
P2 = "活动当天共发放宣传资料300余份，解答居民咨询50余人次，居民纷纷表示受益匪浅。"


@pytest.mark.parametrize("caption", [
    "图为志愿者在青山社区为居民讲解垃圾分类知识。 李明 摄",
    "▲志愿者为居民讲解分类方法",
    "志愿者为居民讲解分类方法（王芳 摄）",
])
def test_a_photos_caption_over_the_text_is_no_headline(caption):
    dated = parse("首页 | 新闻 | 文明实践 | 志愿服务", "当前位置：首页 > 文明实践",
                  "2024-05-12 10:20 来源：某某区融媒体中心", caption, P1, P2, "责任编辑：王芳")
    assert dated.title is None and dated.published.startswith("2024-05-12")
    alone = parse("首页 | 新闻 | 文明实践 | 志愿服务", caption, P1, P2)
    assert alone.title is None
    assert caption not in alone.body


def test_a_posters_card_over_a_threads_post_is_no_headline_when_a_source_line_follows_the_post_header():
    page = parse("某某论坛", "返回列表 发新帖", "查看: 3521|回复: 2",
                 "[志愿者之家] 某某街道：“夜间课堂”让孩子们有了第二个家 [复制链接]",
                 "lin_2019", "lin_2019 当前离线", "积分", "1862", "主题 216 帖子 1430 积分 1862", "金牌会员", "发消息", "楼主",
                 "发表于 2024-5-6 21:13:07 | 只看该作者 |倒序浏览 |阅读模式", "来源：某某日报",
                 "5月5日晚，某某街道东城社区新时代文明实践站的“夜间课堂”里，大学生志愿者为孩子们辅导作业，让第二个家温暖如初。", P2)
    assert page.title == "[志愿者之家] 某某街道：“夜间课堂”让孩子们有了第二个家"
    assert page.source == "某某日报"


def test_a_headline_broken_over_two_lines_is_joined_where_the_pages_title_line_names_it_whole():
    page = parse("某某县某某镇：“支部+志愿”让乡村振兴跑出加速度_某某网·某某", "首页 > 新闻 > 县区新闻",
                 "某某县某某镇：“支部+志愿”", "让乡村振兴跑出加速度", "2024-10-15 16:32:08  来源：某某网",
                 "金秋时节，走进某某镇的各个村庄，党员志愿者帮农户抢收玉米、分拣黄桃，成为田间一道风景。", P2)
    assert page.title == "某某县某某镇：“支部+志愿”让乡村振兴跑出加速度"
    kicker = parse("某某新闻网", "聚焦文明实践", "某某街道志愿者走进敬老院", "发布时间：2023-03-28　来源：某某日报",
                   "3月27日，某某街道志愿者来到敬老院，为老人理发、打扫房间。")
    assert kicker.title == "某某街道志愿者走进敬老院"  # no title line names the two as one: the kicker stays apart


@pytest.mark.parametrize("line", ["版面目录  返回首页  PDF下载", "往期回顾 | 版面导航 | 标题导航 | PDF下载",
                                  "上一期　下一期　|　上一版　下一版"])
def test_an_e_papers_paging_is_chrome_and_never_the_headline(line):
    assert chrome_rule(line) is not None
    page = parse("某某日报", "2024年05月13日  第03版：综合", line,
                 "5月11日，在某某镇新时代文明实践所，志愿者正在教妇女使用智能手机拍摄短视频。", P2, "本报记者 吴永昌 摄")
    assert page.title is None and page.published.startswith("2024-05-13")


@pytest.mark.parametrize("line,published,authors", [
    ("某某文明实践 某某文明实践 2024-11-06 18:00 广东", "2024-11-06T18:00:00+08:00", []),
    ("某某融媒 某某文明实践 2024-11-06 18:00 广东", "2024-11-06T18:00:00+08:00", []),
    ("刘晓燕 某某发布 2024-06-05 20:30 发表于山东", "2024-06-05T20:30:00+08:00", ["刘晓燕"]),
])
def test_an_accounts_head_with_its_author_or_its_name_twice(line, published, authors):
    meta = read_meta_line(line)
    assert (meta.published, meta.authors) == (published, authors)
    page = parse("某某村的“长者饭堂”，志愿者掌勺，一餐只要5元", line, P1, P2)
    assert page.title == "某某村的“长者饭堂”，志愿者掌勺，一餐只要5元" and page.published == published


def test_an_e_papers_headline_listed_again_on_its_page_is_still_its_headline():
    page = parse("某某数字报", "2024年09月24日", "第2版：综合新闻", "版面导航 | 标题导航 | 往期查阅", "◀上一篇  下一篇▶",
                 "江畔串起“文明实践带”", "本报记者 金晓燕",
                 "国庆假期将至，某某江沿线的古村落迎来旅游旺季。近日，某某县在江畔沿线启动“文明实践带”建设，把志愿服务点设到了古村落。",
                 P2, "本版标题导航", "· 江畔串起“文明实践带”", "· 全县秋季消防安全大检查启动")
    assert page.title == "江畔串起“文明实践带”" and page.authors == ["金晓燕"]


@pytest.mark.parametrize("line,source", [("2024-10-21 17:05·某某县融媒体中心官方头条号", "某某县融媒体中心"),
                                         ("2024-07-30 08:40湖北某某日报社官方百家号", None)])
def test_a_platforms_account_label_is_no_part_of_the_name_beside_the_date(line, source):
    meta = read_meta_line(line)
    assert meta.published is not None and meta.source == source


def test_a_players_loading_notice_is_never_the_headline():
    from tests.textpages import text_page

    for notice in ("视频加载中...", "正在加载视频……", "视频加载中，请稍候…"):
        assert chrome_rule(notice) == "loading notice"
    rec = text_page("某县新闻网", "【视频】某县：志愿者巡河护学生平安", "00:00 / 03:12", "视频加载中...",
                    "2024-07-20 09:30:12  来源：某县融媒体中心",
                    "　　暑假以来，某县应急救援志愿服务队每天下午在重点水域巡河，提醒孩子们远离危险水域。")
    assert rec.title == "【视频】某县：志愿者巡河护学生平安"


def test_an_e_papers_headline_set_as_a_slogan_between_its_kicker_and_subtitle():
    from tests.textpages import text_page

    rec = text_page("某某日报数字报", "2024年06月14日 星期五", "第03版：县域", "上一版  下一版",
                    "志愿服务助力乡村振兴", "满山枇杷黄 一片志愿心", "某县组建枇杷志愿服务队帮果农采摘销售",
                    "本报记者 陈思远 本报通讯员 林小雨",
                    "　　5月正是枇杷成熟的季节。连日来，某县的志愿者在果园里帮助果农采摘、分拣、装箱，忙得不亦乐乎。")
    assert (rec.title, rec.subtitle) == ("满山枇杷黄 一片志愿心", "某县组建枇杷志愿服务队帮果农采摘销售")


def test_an_aggregators_account_head_posted_from_a_province():
    meta = read_meta_line("某某资讯 2023-09-12 10:15 发布于青海")
    assert (meta.published, meta.authors) == ("2023-09-12T10:15:00+08:00", [])


def test_a_sites_name_with_its_address_or_its_pinyin_is_no_headline():
    from parsers.assemble import MASTHEAD, headline_shaped

    for line in ("东北资讯汇 dongbeizixun", "快讯资讯网 www.kx-news.cc", "某某新闻站 example.com.cn"):
        assert MASTHEAD.match(line) and not headline_shaped(line)
    assert not MASTHEAD.match("某某公司发布新机 Mate60")  # a model's name in a headline is no site's


def test_a_threads_tag_before_its_title_is_no_part_of_the_headline():
    from tests.textpages import text_page

    rec = text_page("【转帖】古城来了“老街坊”志愿讲解员 - 某某论坛", "某某论坛", "查看: 2365 | 回复: 18", "某某网友",
                    "楼主 发表于 2024-6-12 09:41 | 只看该作者", "【转帖】古城来了“老街坊”志愿讲解员",
                    "　　周末的古城游人如织。在一处志愿服务点前，72岁的退休教师正用方言给游客讲老街的故事。")
    assert rec.title == "古城来了“老街坊”志愿讲解员"
