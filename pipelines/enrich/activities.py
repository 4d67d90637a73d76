"""Activity records: who did what, where and when, each with its sentence.

A paragraph is cut into spans: each sentence that names a date (not a
dateline's) opens a span of its own that runs to the next such sentence;
the sentences before the first one form an undated span.  Sentences about
plans (下一步, 将继续) are left out: a plan is no activity yet.

A span is an activity when it is dated, or when one of its sentences names
a count, or an activity word of the taxonomy (义诊, 巡逻), or only the people
an activity is for (老人, 孩子) together with an action (开展, 走访…).  That
sentence, or the dated one, is its evidence.  Types, triggers and counts come
from all the span's sentences (those after "8月4日，…开展…活动。" describe
that activity); place and team are the ones its evidence names, else its
span's, else the paragraph's (a team only when the paragraph names one),
else the article's main place.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .activity_types import find_types, names_activity, the_activity
from .counts import ACTIVITY_KINDS, HEARSAY, OWN_TOTAL, PLACE_PROFILE, THIS_ACTIVITY, find_counts
from .dates import LOOKING_BACK, DateHit, find_dates
from .text import TO_COME, ArticleText, Sentence, will_also

ACTION = re.compile(
    r"开展|组织|举办|举行|走进|来到|深入|上门|送去|送上|提供|为.{1,12}(?:讲解|服务|送)|参与|定期|集中|帮助"
    r"|巡查|巡逻|走访|慰问|宣传|讲解|清理|劝导|调解|化解|陪伴|辅导|开设|摆开|设立|帮|设置|开班|开课|坐诊")
_DEPTH = {"community": 5, "township": 4, "county": 3, "city": 2, "province": 1}


class Facts:
    """Types and counts of each sentence, found once per article."""

    def __init__(self, at: ArticleText, names: list[tuple[int, int]] = ()) -> None:
        self.at = at
        self.names = names  # spans of team names: a team's name says what it is, not what it did
        self._types: dict[int, dict[str, list[str]]] = {}
        self._counts: dict[int, list[dict[str, Any]]] = {}

    def types(self, s: Sentence) -> dict[str, list[str]]:
        if s.start not in self._types:
            off = self.at.text.find(s.text, s.start)
            text = s.text
            i = max(bisect.bisect_right(self.names, (off, off)) - 1, 0)
            for lo, hi in self.names[i:bisect.bisect_left(self.names, (off + len(text), 0))]:
                if lo < off + len(text) and off < hi:
                    a, b = max(lo - off, 0), min(hi - off, len(text))
                    text = text[:a] + "\u3000" * (b - a) + text[b:]
            self._types[s.start] = find_types(text, self.at.bounds[off:off + len(s.text) + 1])
        return self._types[s.start]

    def counts(self, s: Sentence) -> list[dict[str, Any]]:
        if s.start not in self._counts:
            self._counts[s.start] = find_counts(s.text, all_kinds=True)
        return [c for c in self._counts[s.start] if c["kind"] in ACTIVITY_KINDS]

    def figures(self, s: Sentence) -> list[dict[str, Any]]:
        """Other numbers: totals and standing figures (累计…, 已建成…), targets
        (不少于4次) and durations (2个多小时), each with its kind."""
        self.counts(s)
        return [c for c in self._counts[s.start] if c["kind"] not in ACTIVITY_KINDS]


@dataclass
class Span:
    sentences: list[Sentence]
    date: DateHit | None = None

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end


def _inside(items: list[tuple[int, dict]], lo: int, hi: int) -> list[dict]:
    """Items named in [lo, hi); items run in order of offset, so this costs the
    items found, not all the article's (an article may name thousands)."""
    i = bisect.bisect_left(items, lo, key=lambda t: t[0])
    j = bisect.bisect_left(items, hi, key=lambda t: t[0])
    return [item for _, item in items[i:j]]


def _place(places, evidence: Sentence, span: Span, paragraph: list[Sentence]) -> dict | None:
    """The most specific place named in the evidence, else the span, else the paragraph."""
    for lo, hi in ((evidence.start, evidence.end), (span.start, span.end),
                   (paragraph[0].start, paragraph[-1].end)):
        inside = [p for p in _inside(places, lo, hi) if p.get("level")]
        if inside:
            return max(inside, key=lambda p: _DEPTH.get(p["level"], 0))
    return None


def _team(teams, evidence: Sentence, span: Span, paragraph: list[Sentence]) -> dict | None:
    """The first team named in the evidence or the span, else the paragraph's one team; a volunteer
    team before a practice station ("某某实践所组织某某志愿服务队…": the station hosts, the team does)."""
    for lo, hi in ((evidence.start, evidence.end), (span.start, span.end)):
        inside = _inside(teams, lo, hi)
        if inside:
            return min(inside, key=lambda t: t.get("kind") == "station")  # stable: the first of its rank
    names = {t["name"]: t for t in _inside(teams, paragraph[0].start, paragraph[-1].end)}
    return next(iter(names.values())) if len(names) == 1 else None


def _merge_types(sentences: list[Sentence], facts: Facts) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for s in sentences:
        for key, words in facts.types(s).items():
            merged.setdefault(key, [])
            merged[key] += [w for w in words if w not in merged[key]]
    return merged


def _record(span: Span, evidence: Sentence, paragraph, places, teams, main_place, facts) -> dict[str, Any]:
    types = the_activity(_merge_types(span.sentences, facts), "".join(s.text for s in span.sentences))
    place = _place(places, evidence, span, paragraph) or main_place
    team = _team(teams, evidence, span, paragraph)
    return {
        "paragraph": evidence.paragraph,
        "date": span.date.date if span.date else None,
        "date_end": span.date.until if span.date else None,  # the last day of a run (4月13日至15日)
        "date_text": span.date.text if span.date else None,
        "place": place_name(place) if place else None,
        "place_id": place_id(place) if place else None,
        "team": team["name"] if team else None,
        "types": list(types),
        "triggers": types,
        "counts": [dict(c) for s in span.sentences for c in facts.counts(s)],
        "figures": [dict(c) for s in span.sentences for c in facts.figures(s)],
        "evidence": evidence.text,
    }


PLAN = re.compile(rf"{TO_COME}|下一步|将继续|将进一步|今后|计划(?=[下明今年再到开举组增新推建培完打覆\d一二三四五六七八九十]|实现)"
                  r"|将为|预计|力争|将(?:安排|持续|把|恢复|启动|推出|推广|扩大|增设|新增|开通)"
                  r"|下学期|下个?月|明年|下周|下阶段"  # a time still to come: 下学期将新增书法课程
                  r"|原定|原计划|按计划|改期|改到|推迟到|延后到|延期举行|推迟举行|顺延|原本[^。；]{0,40}?(?:取消|改期|推迟|延期|未能|没能)"
                  r"|未能(?:开展|举行|举办|如期)"  # (…因民警临时出警，当天未能开展: called off)
                  # (a part called off: 原定于下午举行的演出…改期举行; 原本…安排了一场展演…展演取消)
                  r"|下次|下一次|下回|筹备|希望(?:[^，。；！？]{1,8}?)?(?:能|能够|可以|多|再|以后|今后|还能)|打算|还想|想请")  # what is next, prepared or wished for
# A sentence of background: what the writer learned (据了解，…), or what a team has done
# over the years (成立以来，长期开展…), with no day of its own: no activity.
# 今年以来，… / 成立三年来，… opening the sentence (not 结合近年来多发的骗局)
OPENING_SPAN = re.compile(r"^[^，,。；]{0,14}?(?:以来|年来)[，,]"
                          r"|^[^，,。；]{0,16}?自[^，,。；]{1,12}以来[，,]")  # (某某“爱心冰箱”自2022年设立以来，…)
RECENT_SPAN = re.compile(r"^[^，,。；]{0,14}?(?:\d{1,2}月(?:份|初|中旬|下旬)?|入[冬夏秋春汛伏]|暑假|寒假|暑期|疫情发生)以来[，,]")
RUNNING = re.compile(r"已|累计|陆续|先后|共计")
# 长期, 常年, 常态化, 累计 before the sentence's action: a habit or a total (…常年开展…, 累计服务…),
# not the tally after one (…提供充电、缝补等服务，累计服务游客500余人次)
IN_NAME = re.compile(r"(?:志愿)?(?:服务)?(?:队|团|站|中心|协会|小组)")  # 为老服务|队: an action word in a team's name
HABIT = re.compile(r"长期|常年|常态化|累计|平时|平日|日常|经常|时常|常常|成立于|每逢"  # (平时主要为…: what the team usually does)
                   # a person's years at a trade or a pastime (退休前当了22年消防员, 跳了十几年秧歌): who they are
                   r"|退休前|[当干做跳唱教学练]了[一二三四五六七八九十几两\d]+多?年")


# What was once done, told with 曾…过 (社区曾在这里组织过一次消防演练, 还曾在这里开展…): the place's or
# the team's past; and what the place is (某某村是远近闻名的扎染村，…): its profile.
ONCE = re.compile(r"曾(?:经)?[^，。；！？]{0,20}?过|(?:还|也|都)曾|曾经"
                  # (去年暑假，该团曾在…; 墙上贴着去年…活动的照片: a past year's; not a contrast with it, 与往年不同)
                  r"|(?<![与和同比于跟较])(?:去年(?!以来|同期)|前年|往年|以往)")


def _background(sentence: str, dated: bool) -> bool:
    if HEARSAY.match(sentence) and not THIS_ACTIVITY.search(sentence):
        return True
    if dated:
        return False
    if ONCE.search(sentence) or PLACE_PROFILE.search(sentence):
        return True
    if OPENING_SPAN.search(sentence):
        # a season or a month so far (入冬以来，…组织志愿者…; 7月以来，…开设托管班) opens the campaign
        # reported, unless the sentence tells its running total (入冬以来，…已开展…15场)
        return not (RECENT_SPAN.search(sentence) and not RUNNING.search(sentence))
    habit = HABIT.search(sentence)
    action = next((m for m in ACTION.finditer(sentence) if not IN_NAME.match(sentence, m.end())), None)
    if habit is not None and habit.group() == "累计" and OWN_TOTAL.search(sentence):
        return False  # 一周来，志愿者累计劝导…: the activity's own total
    return habit is not None and (action is None or habit.start() < action.start())


class Anchor:
    """The day of the last held date read in the article: what 次日, 当天 and 8日 count from."""

    def __init__(self) -> None:
        self.day: dt.date | None = None

    def read(self, hits: list[DateHit]) -> None:
        for h in hits:
            if h.date and h.text not in LOOKING_BACK:  # (而在前一天晚上…: an aside, the account goes on)
                self.day = dt.date.fromisoformat(h.date)


def _spans(sentences: list[Sentence], published: str | None, anchor: Anchor) -> list[Span]:
    """Spans of a paragraph; a sentence about plans (下一步, 将继续) is no part of one."""
    spans = [Span([])]
    for s in sentences:
        found = find_dates(s.text, published, anchor.day)
        anchor.read(found)
        hits = [h for h in found if not s.text.startswith(("讯", "电"), h.end)]
        held = [h for h in hits if h.date]
        if PLAN.search(s.text) or will_also(s.text) or _background(s.text, bool(held)):
            continue
        if held or (hits and all(h.intent == "held" for h in hits)):  # a dateline is no activity
            spans.append(Span([s], _day_of_action(s.text, held) if held else hits[0]))
        else:
            spans[-1].sentences.append(s)
    return [sp for sp in spans if sp.sentences]


def _day_of_action(sentence: str, held: list[DateHit]) -> DateHit:
    """Of several days in a sentence, the last named before its first action
    (1月5日夜间普降大雪，6日一早，…组织志愿者…: the 6th); the first when none is."""
    if any(re.search(r"\d", h.text) for h in held):  # 1月20日是腊八节: the day written out, not the festival
        held = [h for h in held if re.search(r"\d", h.text)]
    action = ACTION.search(sentence)
    before = [h for h in held if action and h.end <= action.start()]
    return before[-1] if before else held[0]


def _evidence(span: Span, facts: Facts) -> Sentence | None:
    if span.date:
        return span.sentences[0]
    for s in span.sentences:
        found = facts.types(s)
        if facts.counts(s) or (found and (names_activity(found) or ACTION.search(s.text))):
            return s
    return None


# A label line: 时间：3月5日上午 / 地点：… / 参与：志愿者20名 / 内容：义诊、理发.
LABEL = re.compile(r"^\s*(?:活动)?(?:时间|日期|地点|参与|参加|人数|人员|内容|主办|承办|协办|对象|服务|形式|主题|规模)"
                   r"[^：:，。]{0,4}[：:]")


def _label_blocks(by_paragraph: dict[int, list[Sentence]]) -> dict[int, list[Sentence]]:
    """Consecutive label lines read as one paragraph: one activity with its date,
    place, counts and types, not four fragments."""
    out: dict[int, list[Sentence]] = {}
    block: int | None = None
    previous: int | None = None
    for index, sentences in by_paragraph.items():
        label = bool(LABEL.match(sentences[0].text))
        if label and block is not None and previous == index - 1:
            out[block] += sentences
        else:
            out[index] = list(sentences)
            block = index if label else None
        previous = index
    return out


def find_activities(at: ArticleText, published: str | None, places: list[tuple[int, dict]],
                    teams: list[tuple[int, dict]], main_place: dict | None) -> list[dict[str, Any]]:
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in at.sentences:
        if s.paragraph is not None:
            by_paragraph.setdefault(s.paragraph, []).append(s)
    by_paragraph = _label_blocks(by_paragraph)
    names = sorted((start, start + len(t["text"])) for start, t in teams if t.get("kind") != "station")
    out, facts, anchor = [], Facts(at, names), Anchor()
    for sentences in by_paragraph.values():
        for span in _spans(sentences, published, anchor):
            evidence = _evidence(span, facts)
            if evidence is not None:
                out.append(_record(span, evidence, sentences, places, teams, main_place, facts))
    return out


def place_name(place: dict) -> str | None:
    """The most specific name of a place chain (银和社区, 张浦镇)."""
    for level in ("community", "township", "county", "city", "province"):
        if place.get(level):
            return place[level]
    return place.get("text")


def place_id(place: dict) -> str:
    """The id of a place row: its admin code, or the code above it and its name,
    or, for a place not in the gazetteer, its text."""
    name = place_name(place) or ""
    if place.get("code") and place.get("level") != "community" and place.get("resolved", True):
        return place["code"]  # (an unresolved place under a resolved one carries its parent's code)
    if place.get("code"):
        return f"{place['code']}-{name}"
    chain = "-".join(place.get(lvl) or "" for lvl in ("province", "city", "county", "township")).strip("-")
    return f"text:{chain + '-' if chain else ''}{name}"
