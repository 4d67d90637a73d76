"""The five bundled seed dumps give the clean records a reader expects.

The same expectations as ../shared/seeds/gold, held here so a clone without
../shared still checks them.
"""
import re
import unicodedata

import pytest

from parsers.chinese import DAMAGE, PINYIN_NOTE


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


EXPECTED = {
    "000_41d66b14feac0130.txt": dict(
        title="北苑街道开展“统战+志愿服务”活动,激发基层统战工作新活力",
        published="2023-04-24T09:48:59+08:00", source="潍坊新闻网", authors=["刘楠"], editors=["封晓健"],
        first="为进一步凝聚统战力量", last="推动统一战线社会志愿服务常态化开展",
        headings=["开展小区环境整治志愿服务", "开展关爱孤寡老人志愿服务", "开展义诊、普法进小区志愿服务活动"],
        excludes=["责任编辑", "来源:", "发布时间", "全媒体记者", "图片均由北苑街道提供"],
        flags=dict(script_converted=True, pinyin_annotated=True, byte_damage=True, mirror=True)),
    "001_52382b73292ff5f5.txt": dict(
        title="宝都街道:打通服务群众“最后一公里”让文明之风吹遍千家万户",
        published="2021-08-18T10:19:43+08:00", source="潍坊新闻网", authors=["张沁"], editors=["韩佳"],
        first="志愿服务项目不少", last="文明之花开遍田畴沃野",
        headings=["对接群众需求,让志愿服务更走心", "服务重点工作,让志愿服务更实在", "突出党建引领,让志愿服务有活力"],
        excludes=["A+ A-", "数字报刊", "责任编辑", "全媒体记者", "来源:"],
        flags=dict(script_converted=True, pinyin_annotated=True, byte_damage=True, mirror=True)),
    "002_a3aa0bc16cfcf189.txt": dict(
        title=None, published=None, source="岳塘新闻网", authors=["陈志蓉"], editors=["郭璇"],
        first="为进一步强化党建引领", last="参与有快乐", headings=[],
        captions=["“映山红”志愿服务队开展义务巡逻", "“康乃馨”志愿服务队为居民解读医保政策", "“君子兰”志愿服务队上门进行矛盾调解"],
        excludes=["版权作品", "下载APP", "分享到", "责编", "步步高超市", "护士执业资格证", "思政微课总决赛", "盘龙大观园"],
        flags=dict(script_converted=True, pinyin_annotated=True, byte_damage=True, mirror=True)),
    "003_10070b05f2af1ac3.txt": dict(
        title="昆山张浦镇银和社区居民30%为注册志愿者,他们聚焦群众需求提供暖心服务",
        published="2023-03-03", source="苏州日报", authors=["朱新国", "占长孙"], editors=["姚丽蒙"],
        first="孩子们学习完毕", last="努力打造一个富有活力和生命力的志愿服务新生态",
        headings=["一条“红线”串起多支小分队", "一辆“大篷车”送来各种便民服务", "一个“先锋联盟”让爱心可循环"],
        excludes=["365bet", "文明网搜索", "选择文字大小", "责任编辑", "【关闭】", "打印】", "h4sia", "<", "苏报驻昆山记者"],
        flags=dict(script_converted=False, pinyin_annotated=False, byte_damage=False, seo_spam=True, mirror=True)),
    "004_3920877066818c0e.txt": dict(
        title="贴心服务“零距离” 广大居民得实惠", subtitle="雨城区青江街道不断探索让新时代文明实践活动接地气",
        published="2022-08-17T21:46:29+08:00", source="四川文明网", authors=["刘博鹏"], editors=[],
        first="捡地面垃圾", last="携手参与共建共享",
        headings=["“移动办公桌”进小区 实践活动接地气", "以活动为载体 将实践活动推向纵深"],
        excludes=["找回密码", "立即注册", "查看:", "复制链接", "发表于", "显示全部楼层", "本帖最后由", "本帖子中包含更多资源",
                  "使用道具", "举报", "稿件已采用", "Powered by Discuz", "蜀ICP备", "快速回复", "站长推荐"],
        forum={"views": 5020, "replies": 1},
        flags=dict(script_converted=False, pinyin_annotated=False, byte_damage=False, mirror=False)),
}
CASES = sorted(EXPECTED)


@pytest.mark.parametrize("name", CASES)
def test_title_and_subtitle(seed_records, name):
    rec, want = seed_records[name], EXPECTED[name]
    assert norm(rec.title) == norm(want["title"])
    if "subtitle" in want:
        assert norm(rec.subtitle) == norm(want["subtitle"])


@pytest.mark.parametrize("name", CASES)
def test_published_and_source(seed_records, name):
    rec, want = seed_records[name], EXPECTED[name]
    assert rec.published == want["published"]
    assert rec.source == want["source"]


@pytest.mark.parametrize("name", CASES)
def test_authors_apart_from_editors(seed_records, name):
    rec, want = seed_records[name], EXPECTED[name]
    assert sorted(rec.authors) == sorted(want["authors"])
    assert sorted(rec.editors) == sorted(want["editors"])


@pytest.mark.parametrize("name", CASES)
def test_body_starts_and_ends_at_the_article(seed_records, name):
    rec, want = seed_records[name], EXPECTED[name]
    assert want["first"] in rec.paragraphs[0]
    assert want["last"] in rec.paragraphs[-1]


@pytest.mark.parametrize("name", CASES)
def test_body_is_free_of_chrome(seed_records, name):
    body = norm(seed_records[name].body)
    for text in EXPECTED[name]["excludes"]:
        assert norm(text) not in body, text


@pytest.mark.parametrize("name", CASES)
def test_headings_and_captions_apart(seed_records, name):
    rec, want = seed_records[name], EXPECTED[name]
    assert [norm(h) for h in rec.headings] == [norm(h) for h in want["headings"]]
    for caption in want.get("captions", []):
        assert caption in rec.captions and caption not in rec.body


@pytest.mark.parametrize("name", CASES)
def test_no_pinyin_or_raw_damage_left(seed_records, name):
    rec = seed_records[name]
    text = rec.body + (rec.title or "")
    assert not PINYIN_NOTE.search(text)
    assert not DAMAGE.search(text)


@pytest.mark.parametrize("name", CASES)
def test_flags(seed_records, name):
    flags = seed_records[name].flags
    for key, value in EXPECTED[name]["flags"].items():
        assert getattr(flags, key) is value, key


def test_forum_counters(seed_records):
    assert seed_records["004_3920877066818c0e.txt"].forum == {"views": 5020, "replies": 1}


def test_real_question_mark_kept(seed_records):
    assert "实现供需无缝对接?昌乐县" in seed_records["001_52382b73292ff5f5.txt"].paragraphs[0]


# The activities the seeds' gold names: a day and a word of what was done (as `wenming parse` enriches a dump).
ACTIVITIES = {"001_52382b73292ff5f5.txt": [("2021-07-22", "爱心粥")], "003_10070b05f2af1ac3.txt": [("2023-03-01", "学习")],
              "004_3920877066818c0e.txt": [("2022-08-04", "少先队"), ("2022-07-13", "轮胎")]}


@pytest.mark.parametrize("name", sorted(ACTIVITIES))
def test_the_activities_reported(seed_records, name):
    import copy
    import json

    from pipelines.enrich import enrich

    article = copy.deepcopy(seed_records[name])
    enrich(article)
    assert article.genre == "activity_report"
    for day, word in ACTIVITIES[name]:
        assert any((a.get("date") or "")[:10] == day and norm(word) in norm(json.dumps(a, ensure_ascii=False))
                   for a in article.activities), (day, word)


def test_datelines(seed_records):
    assert seed_records["002_a3aa0bc16cfcf189.txt"].dateline == "岳塘新闻网9月10日讯"
    assert seed_records["004_3920877066818c0e.txt"].dateline == "四川文明网雅安讯"
