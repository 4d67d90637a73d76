"""The cascade: when the main extraction finds nothing, or much less than
the page's densest text region, the densest region is read too and the
better candidate wins; the record says which method won and how sure it is."""
from parsers.html import parse_html
from parsers.html.density import region
from parsers.html.tree import parse_tree, segments
from pipelines import store
from pipelines.migrations import migrate

NAV = "".join(f"<li><a href='/c/{i}.html'>栏目{i}</a></li>" for i in range(8))


def _log_page(times: list[str], host: str) -> bytes:
    """An activity log: every paragraph opens with a time of day, so its
    lines share one shape, the way the items of a list do."""
    lines = [
        "志愿者们在村口集合，分成三个小组，领取了工作手册和宣传资料，由队长讲解当天的安全注意事项。",
        "第一小组走进农户家中，为行动不便的老人测量血压，登记身体状况，并把常用药品的用法写在卡片上。",
        "第二小组在村文化广场开展垃圾分类宣传，用有奖问答的方式吸引村民参与，现场发放宣传册两百余份。",
        "第三小组帮助留守儿童完成暑假作业，还带着孩子们在操场上做游戏，教他们唱了两首新歌。",
        "三个小组回到村委会会议室，交流一天的收获，整理需要跟进的事项，约定下个月再来。",
    ]
    body = "".join(f"<p>{t} {line}</p>" for t, line in zip(times, lines))
    return (f"<html><head><meta charset='utf-8'><title>志愿服务日活动记录</title></head><body>"
            f"<ul class='nav'>{NAV}</ul><h2>志愿服务日活动记录</h2><div>{body}</div>"
            f"<div class='foot'>{host}</div></body></html>").encode()


def test_a_page_whose_lines_look_like_a_list_still_gives_its_article():
    for host, times in (("石桥村", ["08:30", "09:10", "10:20", "14:00", "16:30"]),
                        ("河西社区", ["7:50", "8:40", "9:30", "13:15", "15:45"])):
        art = parse_html(_log_page(times, host))
        assert art.error is None, host
        assert art.extraction_method == "density"
        assert "垃圾分类宣传" in art.body and "约定下个月再来" in art.body
        assert 0 < art.extraction_confidence <= 1


def test_a_clear_article_keeps_the_main_method_and_a_high_confidence():
    paras = "".join(f"<p>{t}</p>" for t in [
        "3月5日上午，城东街道新时代文明实践站组织志愿者走进幸福里社区，为独居老人打扫卫生、检查水电。",
        "志愿者们分成三个小组，逐户走访，记录老人们的需求，约定下个月再来帮忙修剪花木、清理楼道杂物。",
    ])
    page = (f"<html><head><meta charset='utf-8'><title>志愿者进社区</title></head><body><ul>{NAV}</ul>"
            f"<h1>志愿者进社区</h1><div class='content'>{paras}</div></body></html>").encode()
    art = parse_html(page)
    assert art.extraction_method == "generic" and art.extraction_confidence >= 0.9


def test_a_page_of_links_only_is_still_an_error_with_its_reason():
    art = parse_html(f"<html><body><ul>{NAV}</ul></body></html>".encode())
    assert art.error and "no article text" in art.error and art.extraction_method is None


def test_the_densest_region_counts_prose_not_links():
    root = parse_tree("<div id='a'><p>" + "志愿者为老人打扫卫生，检查水电。" * 4 + "</p></div>"
                      f"<div id='b'><ul>{NAV}</ul></div>")
    found = region(segments(root))
    assert found.node.xpath("ancestor-or-self::div[@id='a']") and found.links == 0 and found.prose > 50


def test_method_and_confidence_are_stored(tmp_path):
    db = store.open_db(tmp_path / "t.db")
    migrate(db)
    art = parse_html(_log_page(["08:30", "09:10", "10:20", "14:00", "16:30"], "石桥村"),
                     url="http://www.shiqiao.example.cn/a/1.html")
    rid = store.save_raw(db, b"x", url=art.url)
    aid = store.save_article(db, art, rid)
    row = db["articles"].get(aid)
    assert row["extraction_method"] == "density" and row["extraction_confidence"] == art.extraction_confidence
    assert "document_date" in db["articles"].columns_dict


POEM = ["在那个落雪的清晨", "你穿过整条长街", "把热粥送到老人的门前", "门开了又关上", "雪还在下", "你的红马甲",
        "是这条街上唯一的颜色", "后来我才知道", "你每天都来", "风雨无阻", "像一盏不灭的灯", "照亮了冬天最冷的那些日子"]


def test_a_poem_without_punctuation_is_text_not_navigation():
    for site, sep in (("某文学网", "<br>"), ("城北诗社", "<br><br>")):
        page = (f"<html><head><meta charset='utf-8'><title>红马甲_诗歌_{site}</title></head><body><ul>{NAV}</ul>"
                f"<h2>红马甲</h2><div class='z'>{sep.join(POEM)}</div><ul>{NAV}</ul></body></html>").encode()
        art = parse_html(page)
        assert art.error is None, site
        assert art.paragraphs == POEM and art.extraction_method == "density"
        assert art.extraction_confidence > 0.5
