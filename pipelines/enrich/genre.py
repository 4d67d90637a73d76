"""The genre of an article: what kind of text it is, before any activity is read.

    classify(title, paragraphs, published) -> genre

Genres: ``activity_report`` (an activity report: who did what, when), ``notice``
(a notice, announcement, recruitment call or programme: 通知, 招募, 报名), ``meeting_summary``
(a meeting, ceremony or work summary: 会议强调, 工作总结, 推进会), ``list_award`` (a list of
names or an award list: 名单, 表彰, 公示), ``policy`` (a policy, plan or
rules: 实施方案, 办法, 第一条) and ``other`` (nothing reads as any of these).

Each genre has cues (CUES below): words of the title, which weigh most, and
of the body, each counted once, and signs of shape (many short name-like
items in a list, honorees' entries, numbered articles of rules).  The
reading (`_read`) also counts the sentences that tell an action done or name
an activity word of the taxonomy (开展, 走访, 义诊…; not a plan or a duty:
将于, 要进一步, 应当; not a ceremony held; not a day after publication),
those of them that name a time, and the actions told as to come.  Whether
the text reports activities done is weighed by a logistic model over that
reading (FEATURES, weights in genre_weights.json fitted on the blind sets'
tuning halves by `wenming bench genre_fit`); a text that is no report takes
its best-cued genre, or ``other``.  Activities are read only from reports
(activities.py): a notice's planned event, a meeting's "要开展…" or an award
list's citations are no activity records.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .dates import DATE, _day, published_day
from .text import TO_COME

GENRES = ("activity_report", "notice", "meeting_summary", "list_award", "policy", "other")

# genre -> (title cues, body cues); a title cue scores 3, a body cue 1 (each once).
CUES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "notice": (("通知", "公告", "招募", "启事", "报名", "征集", "预告", "邀请", "招聘", "倡议书", "须知", "指南", "安排",
                "温馨提示", "提示", "开放时间"),
               ("报名方式", "报名时间", "报名条件", "招募条件", "招募对象", "招募人数", "截止", "联系电话", "联系人",
                "咨询电话", "欢迎", "扫码报名", "即日起", "特此通知", "特此公告", "届时", "请于", "敬请", "有意者",
                "活动时间", "活动地点", "报名", "招募", "活动安排", "注意事项", "另行通知", "另行调整", "调整如下",
                "开放时间",
                # a call to action's own words (…发出倡议： / 让我们…): ten and nine tuning texts of the writers' calls
                "倡议：", "倡议如下", "让我们")),
    "meeting_summary": (("会议", "召开", "座谈会", "推进会", "部署会", "调度会", "总结", "工作报告", "述职", "专题会",
                 "动员会", "培训会", "培训班", "联席会", "例会", "年度工作", "研讨会", "观摩会", "交流会", "综述",
                 "简报", "工作情况", "调研", "督导", "督查", "视察"),
                ("会议指出", "会议强调", "会议要求", "会议听取", "会议传达", "会议审议", "与会", "参会", "会上",
                 "讲话", "部署", "主持会议", "一是", "二是", "三是", "今年以来", "下一步", "要以", "要进一步",
                 "工作总结", "取得明显成效", "总结", "汇报", "参加培训", "授课", "学员", "培训为期", "存在问题",
                 "下步安排", "下一步安排",
                 # an inspection or research visit by officials: what they looked at and asked for
                 "实地察看", "查阅台账", "听取汇报", "督导组", "调研组", "检查组", "观摩")),
    # Profiles of a volunteer and commentaries: about people and ideas, not one activity.
    # Explainers too: a question in the title (一文读懂｜…怎么攒、怎么兑？), questions and answers in the text.
    # (故事 in a title is a talk's: 红色故事进校园, 讲好家乡故事 head eight reports of ten.)
    "other": (("评论", "——记", "时评", "短评", "人物", "专访", "手记", "随笔", "观察", "访谈", "感谢信", "来信",
               "一文读懂", "问答", "答记者问"),
              ("提起", "无人不知", "竖起大拇指", "退休后", "年轻时", "这些年", "多年来", "几十年", "二十年来",
               "挂在嘴边", "一直", "贵在", "离不开", "既要", "才能", "我们应", "值得", "敬爱的", "此致", "怎么办",
               "问：", "答：",
               # a commentary's exhortation (就要在常态化上下功夫, 期待更多人…): four and three tuning texts, none a report
               "下功夫", "期待",
               # (a commentary's rhetoric, 少一些…多一些…, …的生命力在于…: seven, seven and five tuning texts, all commentaries)
               "少一些", "多一些", "生命力在于")),
    "list_award": (("名单", "表彰", "表扬", "先进典型", "榜单", "评选结果", "获奖", "入选", "命名", "拟推荐", "公示", "光荣榜",
                    "揭晓", "事迹"),
             ("名单如下", "以下", "排名不分先后", "公示期", "予以表彰", "授予", "荣获", "称号", "评选", "获评",
              "如有异议", "拟推荐", "拟表彰", "入选",
              # (an honour roll's own words: in the tuning texts 15 of 18 with 先进典型, 12 of 15 with 优秀志愿服务组织,
              # all 9 with 最佳志愿服务项目 are lists)
              "通报表扬", "先进典型", "优秀志愿服务组织", "最佳志愿服务项目")),
    "policy": (("办法", "方案", "实施意见", "条例", "规定", "意见", "规划", "细则", "制度", "通则", "标准", "清单", "菜单",
                "工作要点"),
               ("第一条", "第二条", "第一章", "应当", "不得", "本办法", "本方案", "本规定", "各地要", "各单位要",
                "指导思想", "工作目标", "基本原则", "主要任务", "保障措施", "组织领导", "自印发之日起",
                # a menu of standing services, each with how often it is offered
                "每月一次", "每周一次", "每季度", "每年一次", "点单")),
}
TITLE_WEIGHT, BODY_WEIGHT, MIN_CUES = 3, 1, 4
MAX_COMING = 6
TOLD = re.compile(r"(?:\d{1,2}月\d{1,2}[日号]|昨日|昨天|日前|近日|当天|上午|下午|晚上)")
DONE = re.compile(r"开展|组织|举办|举行|走进|来到|深入|上门|送去|送上|为.{1,12}(?:讲解|服务|送)|参与"
                  r"|巡查|巡逻|走访|慰问|清理|劝导|调解|陪伴|辅导|开设|摆开|坐诊|参加|参观|学习|学写|指导|值守|授课"
                  r"|上课|开学|宣讲|演出|表演|义诊|帮助|帮忙|服务了|清扫|捡拾|探望|看望|送来|发放|捐赠|救援|护送"
                  r"|安装|粉刷|修补|修缮|维修|栽种|种下|搭建|铺设|更换|启动")
AHEAD = re.compile(rf"{TO_COME}|计划|请于|报名|截止|欢迎|要求|应当|各地要|不得|鼓励"
                   r"|要(?:开展|组织|加强|做好|推进|坚持|把|以|进一步|切实|深入|广泛|积极|持续|聚焦|强化|围绕)")
# A sentence over a span of time (今年以来, 上半年, 十二年来, 累计, 每周都要) sums up or
# tells a habit: a summary's or a profile's, not one activity's.
SPAN = re.compile(r"以来|年来|上半年|下半年|全年|年度|累计|常年|每周|每月|每年|几乎每|年均"
                  r"|(?:^|[，,])\d{1,2}月份?[，,]|本月|当月|类活动\d")  # a month's tally: 11月，全县共开展…; 宣讲类活动218场
# A day an activity was done on, anywhere in the text: a report tells when; a
# summary, a profile, a commentary or a policy speaks of years and spans.
DAY = re.compile(r"\d{1,2}月\d{1,2}[日号]|(?<![\d月])\d{1,2}日|昨日|昨天|日前|近日|当天|当日|上午|下午|晚上|清晨|傍晚"
                 r"|上周|(?<!每)周[一二三四五六日]|节(?:当天|前夕)|前夕")  # (周末 is a habit's or a name's: 利用周末, 周末课堂)
# An explainer's question in the title (…怎么办？, 什么是…？, …有啥区别？), not a post's invitation (…你打卡了吗？).
QUESTION = re.compile(r"(?:怎么|怎样|如何|什么|啥|哪|为何|为什么|多少|几)[^？?]{0,12}[？?]")
# A habit's time (每天傍晚, 每周三下午, 每年3月5日): when something is done again and again, no day.
HABIT_TIME = re.compile(r"每(?:天|日|周|月|年|逢|个|次|到)?[^，。；\n]{0,3}$")
# A closing signature with its date: （某某县新时代文明实践中心 2024年11月30日）.
SIGNATURE_DATE = re.compile(r"^[（(]?[^，。；！？]{0,30}?\s*\d{4}年\d{1,2}月\d{1,2}日[)）]?$")
# A written year, to tell a plan for the year to come (2024年，全县…) from a text about one past.
WRITTEN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?![\d度]*以来)")
_ITEM = re.compile(r"^[\u4e00-\u9fff（）()“”·]{2,20}$")
_ARTICLE_NO = re.compile(r"^第[一二三四五六七八九十百]+[条章]")


# An action told as one to come: 将于/将在…举办, 将联合…开展 (not 将 as 把: 将垃圾装袋).
COMING = re.compile(rf"{TO_COME}|将(?:以|联合|结合|继续|陆续|持续|推出|邀请|面向)")


HORIZON = 92  # days: a yearless day further after publication than this, told as done, is last year's


def _ahead_of(sentence: str, pub: dt.date | None) -> bool:
    """Every day the sentence writes out comes after publication: it tells what
    is to come.  A yearless day after publication is last year's (12月28日 in a
    January article) unless the sentence tells it as to come (COMING, AHEAD)
    or it falls within HORIZON days."""
    if pub is None:
        return False
    coming = bool(COMING.search(sentence) or AHEAD.search(sentence))
    days = []
    for m in DATE.finditer(sentence):
        d = _day(int(m["y"] or pub.year), int(m["m"]), int(m["d"]))
        if d is not None and not m["y"] and d > pub and not coming and (d - pub).days > HORIZON:
            d = _day(pub.year - 1, int(m["m"]), int(m["d"]))
        if d is not None:
            days.append(d)
    years = [int(y) for y in WRITTEN_YEAR.findall(sentence)]
    if not days and years:  # a plan for a year to come: 2024年，全县… in a text of December 2023
        return all(y > pub.year for y in years)
    return bool(days) and all(d > pub for d in days)


# A course for the volunteers themselves (志愿服务骨干培训班, 志愿者应急救护培训班): a meeting's kind of
# text, as a training course is, not a service to the public (titles of ten writers).
TRAINING = re.compile(r"(?:志愿者|志愿服务|骨干|队员|讲解员|宣讲员|网格员|信息员)[^，。；：]{0,12}(?:培训|训练营|研修)")
# A ceremony held (…签约仪式在…举行, 举行…上线仪式): a meeting's event, not an activity done.
CEREMONY = re.compile(r"(?:仪式|签约|揭牌|开班式|开班|开幕式|开营)[^，。；]{0,30}?(?:举行|举办|召开)"
                      r"|(?:举行|举办|召开)[^，。；]{0,24}?(?:仪式|签约|揭牌|开班式|开幕式|开营)")


def _told_activities(sentences: list[str], dated: bool = True, pub: dt.date | None = None) -> tuple[int, int, int]:
    """Sentences that tell an activity done (an action, nothing about plans or
    duties, no day after publication), how many of them name a time, and the
    actions told as to come (a programme's: a day after publication, 将于…).
    In a text that names no day, a sentence over a span of time (SPAN) tells
    no activity."""
    told = acted = coming = 0
    activity_words = _activity_words()
    for s in sentences:
        if not (DONE.search(s) or activity_words.search(s)):
            continue
        ahead = _ahead_of(s, pub)
        coming += ahead or bool(COMING.search(s))
        if not AHEAD.search(s) and (dated or not SPAN.search(s)) and not ahead and not CEREMONY.search(s):
            acted += 1
            told += bool(TOLD.search(s))
    return told, acted, coming


@lru_cache(maxsize=1)
def _activity_words() -> re.Pattern:
    """The taxonomy's activity words (义诊, 巡逻; not the people, 老人): naming one tells an activity."""
    from .activity_types import subject_words, trigger_words

    words = sorted((w for w in trigger_words() if w not in subject_words()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# An honoree's entry: the name, then who the person is in brackets (张某某（女，56岁，某社区居民）：…).
_CITATION = re.compile(r"^[\u4e00-\u9fff·]{2,5}[（(][男女][，,、]\s*\d{1,3}岁")


# The fields of a service menu's entries (服务队伍：…；服务频次：每月1次): four or more make a menu
# (the project menus of writers H, M, O and Q; reports hold three at most).
SERVICE_FIELD = re.compile(r"服务(?:队伍|频次|方式|时间|范围|对象|内容|地点)\s*[:：]")


def _shape(paragraphs: list[str]) -> dict[str, int]:
    """Signs of shape: lines of names (a list), honorees' entries (citations), numbered articles (rules)."""
    # (items are what 、, ； and spaces set apart: prose's clauses, set apart by commas, are no list's items)
    items = sum(1 for p in paragraphs for part in re.split(r"[、；;\s]+", p) if _ITEM.match(part)
                and len(p) < 400 and p.count("、") + p.count("；") >= 3)
    citations = sum(1 for p in paragraphs if _CITATION.match(p.strip()))
    numbered = sum(1 for p in paragraphs if _ARTICLE_NO.match(p.strip()))
    entries = min(2 * citations, 12) if citations >= 3 else 0
    fields = sum(len(SERVICE_FIELD.findall(p)) for p in paragraphs)  # a menu's entries: who serves, how often
    return {"list_award": min(items // 6, 6) + entries, "policy": min(numbered, 6) + (min(fields, 6) if fields >= 4 else 0)}


def scores(title: str | None, paragraphs: list[str], published: str | None = None) -> dict[str, int]:
    """The score of every genre (other scores 0)."""
    return _read(title or "", paragraphs, published).scores


@dataclass
class Reading:
    """What the cues read of a text: each genre's score, whether it names a
    day, and its sentences telling actions done (told: with a time), to come,
    and in all."""

    scores: dict[str, int]
    dated: bool
    told: int = 0
    acted: int = 0
    coming: int = 0
    sentences: int = 0


def _read(title: str, paragraphs: list[str], published: str | None) -> Reading:
    body = "\n".join(paragraphs)
    unsigned = "\n".join(p for p in paragraphs if not SIGNATURE_DATE.match(p.strip()))
    # (a closing signature's date names no day of an activity; a habit's time, 每天傍晚, 每周三下午, none either)
    told_days = title + "\n" + unsigned
    dated = any(not HABIT_TIME.search(told_days, max(0, m.start() - 6), m.start()) for m in DAY.finditer(told_days))
    pub = published_day(published)
    out = {g: 0 for g in GENRES}
    for genre, (in_title, in_body) in CUES.items():
        out[genre] += TITLE_WEIGHT * sum(1 for w in in_title if w in title)
        out[genre] += BODY_WEIGHT * sum(1 for w in in_body if w in body)
    for genre, n in _shape(paragraphs).items():
        out[genre] += n
    out["other"] += TITLE_WEIGHT * bool(QUESTION.search(title))
    out["meeting_summary"] += TITLE_WEIGHT * bool(TRAINING.search(title))
    sentences = [x for p in paragraphs for x in re.split(r"[。！？]", p) if x.strip()]
    if _ahead_of(title, pub):  # 2024年…工作要点 in December 2023: the whole text is about the year to come
        return Reading(out, dated, sentences=len(sentences))
    told, acted, coming = _told_activities(sentences, dated, pub)
    out["activity_report"] = told + acted
    out["meeting_summary"] += min(sum(1 for p in paragraphs for _ in CEREMONY.finditer(p)), 2)
    if coming > acted:  # more actions to come than done: a programme of events, a notice's
        out["notice"] += min(coming, MAX_COMING)
    return Reading(out, dated, told, acted, coming, len(sentences))


# The features the report-or-not weights read (genre_weights.json), in order.
FEATURES = ("bias", "dated", "told", "acted", "coming", "rival", "acted_share", "told_share",
            "notice", "meeting_summary", "list_award", "policy", "other")


def features(r: Reading) -> list[float]:
    """A text's reading as numbers: counts on a log scale, shares of its sentences."""
    log = math.log1p
    rival = max(v for k, v in r.scores.items() if k != "activity_report")
    n = r.sentences or 1
    return [1.0, float(r.dated), log(r.told), log(r.acted), log(r.coming), log(rival), r.acted / n, r.told / n,
            *(log(r.scores[g]) for g in ("notice", "meeting_summary", "list_award", "policy", "other"))]


WEIGHTS = Path(__file__).with_name("genre_weights.json")


@lru_cache(maxsize=1)
def report_weights() -> tuple[float, ...]:
    """Weights of a logistic model of report-or-not over FEATURES, fitted on the
    tuning halves of the blind sets (`wenming bench genre_fit --write`)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS} was fitted on other features; refit: wenming bench genre_fit --write")
    return tuple(data["weights"])


def is_report(r: Reading, weights: tuple[float, ...] | list[float] | None = None) -> bool:
    """Whether the text reports activities done: it tells an action done and
    the logistic model (weights: the shipped ones unless given) says so."""
    z = sum(w * x for w, x in zip(weights or report_weights(), features(r)))
    return bool(r.acted) and z > 0  # (probability above one half)


def _best_cued(s: dict[str, int]) -> str:
    rival = max(CUES, key=lambda g: s[g])
    return rival if s[rival] else "other"


def cue_genre(r: Reading) -> str:
    """The genre the cues alone give: another genre wins over the report when
    its cues are strong (MIN_CUES: a title cue and a body cue) and at least
    half the report's score; else a text that tells an action is a report;
    else the best-cued genre, or other."""
    s = r.scores
    rival = max(CUES, key=lambda g: s[g])
    if s[rival] >= (MIN_CUES if r.dated else MIN_CUES // 2) and s[rival] * 2 >= s["activity_report"]:
        return rival
    return "activity_report" if s["activity_report"] else _best_cued(s)


def classify(title: str | None, paragraphs: list[str], published: str | None = None) -> str:
    """The genre of an article (GENRES).  Whether it reports activities done is
    weighed by the fitted model over the cues' reading (is_report); a text
    that is no report takes its best-cued genre, or other."""
    r = _read(title or "", paragraphs, published)
    return "activity_report" if is_report(r) else _best_cued(r.scores)
