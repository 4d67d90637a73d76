"""Lists in a text: bulleted items are the text's lines, not its section
headings, and a list a sentence of the text opens (…分别是：) ends the text
with it.  Every case is written here; none is taken from an evaluation page."""
from __future__ import annotations

from .textpages import text_page as parse

LEAD = "下午五点半，某某社区新时代文明实践站的活动室里，20多个孩子围坐在长桌旁写作业，退休教师在桌间来回走动。"
BODY = "三个月来，“五点半课堂”已累计服务孩子3000余人次，社区还把每周的活动安排提前在居民群里公布，家长们纷纷点赞。"


def test_bulleted_items_inside_the_text_are_its_lines_not_headings():
    page = parse("某某：“五点半课堂”让孩子放学有去处", LEAD, BODY + "本周末的安排是：",
                 "·周六上午：绘本共读（志愿者：某某学院学生）", "·周六下午：安全教育课（志愿者：镇派出所民警）",
                 "·周日上午：书法练习（志愿者：退休教师）", "“孩子在这里写完作业才回家，我们下班去接，心里踏实。”一位家长说。")
    assert page.headings == []
    assert "·周六下午：安全教育课（志愿者：镇派出所民警）" in page.body


def test_a_list_the_texts_last_sentence_opens_ends_the_text_with_it():
    page = parse("某某数字报", "2024年09月24日", "江畔串起“文明实践带”", "本报记者 金晓燕", LEAD, BODY,
                 "据悉，“文明实践带”首批设立志愿服务点位3个，分别是：",
                 "◆某某镇丽水街志愿服务点", "◆某某镇芙蓉古村志愿服务点", "◆某某镇溪口村志愿服务点",
                 "本版标题导航", "· 全县秋季消防安全大检查启动", "· 某某街道举办“邻里节”", "某某报社 版权所有")
    assert page.paragraphs[-1] == "◆某某镇溪口村志愿服务点"
    assert "邻里节" not in page.body


def test_the_other_stories_of_the_issue_end_the_text_even_where_their_prose_follows():
    page = parse("某某镇“反诈奶奶团”：把防骗知识唱进居民心里", "2024-04-16 08:30:00  来源：某某日报  记者：蒋某某",
                 LEAD, BODY, "本期其他新闻", "■ 某某镇开展“文明交通我先行”志愿劝导活动",
                 "本报讯 4月15日，某某镇组织交通志愿者在主要路口开展文明交通劝导，当天共劝导不文明交通行为120余起，效果明显。",
                 "责任编辑：徐某")
    assert page.paragraphs[-1] == BODY and "劝导不文明交通行为" not in page.body


def test_the_next_story_under_a_next_link_lends_this_one_no_editor():
    page = parse("大厨变身志愿者 “长者饭堂”吃出家的味道", "2023-11-08 09:15  来源：某某城市网", LEAD, BODY,
                 "（记者 梁某某 通讯员 何某某）", "责任编辑：陈某某", "下一篇", "某某“绿马甲”守好垃圾分类“最后一米”",
                 "2023-11-07 16:40  来源：某某城市网",
                 "晚上七点，某某社区的垃圾分类投放点前，志愿者正在指导居民分类投放，不少居民已经养成了习惯。", "责任编辑：罗某某")
    assert page.editors == ["陈某某"] and page.authors == ["梁某某", "何某某"]
