"""Places named in an article, resolved against the gazetteer.

1. Find names of provinces, cities, counties and townships (full names, and
   the short names of provinces, cities and counties: 潍坊, 昆山), longest
   first, left to right.
2. Resolve each name that several divisions share (北苑街道 is in Beijing,
   Weifang, Shijiazhuang...) by what else is known: the outlet's region, the
   names in the article that are not ambiguous, and a parent named right
   before (昆山张浦镇).  A weak name (a short county name, or a two-character
   full name such as 城区) counts only when that context supports it.
3. Find communities and villages (…社区, …村): a name the gazetteer lists
   under a place in context is resolved; another is kept as text
   (resolved False) when it reads like a name and not like a common word
   (文明社区, 服务型社区, 农村).
4. Emit one dict per distinct chain named, its levels filled from
   the gazetteer (卧龙社区 gets 北苑街道, 奎文区, 潍坊市, 山东省).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import gazetteer as gz
from .teams import STATIONS
from .text import TIME_WORDS, ArticleText
from .words import lexicon

LEVEL_WEIGHT = {"province": 1, "city": 2, "county": 3, "township": 4, "community": 5}
_CJK = re.compile(r"[\u4e00-\u9fff]")
# (居民区: Shanghai's communities; 村小学, 村小组: a village's school, its group)
_COMMUNITY_END = re.compile(r"社区|嘎查|居民区|村(?![民级里委庄落干镇寨子口头集]|小[学组])")
# Words that come before 社区/村 as a kind, not a name (文明社区, 服务型社区).
GENERIC = set(
    "文明 健康 和谐 平安 智慧 幸福 美丽 绿色 示范 城市 农村 城乡 基层 辖区 所辖 各个 整个 每个 多个 "
    "服务 现代 新型 宜居 书香 熟人 居民 小区 周边 共建 所在 乡村 一个 两个 这个 该 本 全 各 "
    "无烟 无毒 法治 民主 生态 完整 老旧 安置 试点 数字 模范 五好 红色 文化 学习型 美好 "
    "服务型 治理 家门口 整个 全国 全省 全市 全区 全县 省级 市级 县级 国家级 行政 自然 贫困 "
    "脱贫 重点 先进 样板 社区 新农 城中 山 渔 乡 农 邻村 本村 全村 各村 该村 进村 入村 驻村 "
    "包村 到村 村 新时代 美丽乡 和美 网格 友好 儿童友好 老年友好 温馨 街道 乡镇 城镇 邻里 网上 线上 "
    "虚拟 大 小 部分 相关 有关 其他 其它 多个 周边 附近 所有 各大 当地 本地".split())
# Of those, the words of some or all (部分, 其他): a name that ends in one after its place's level
# (全区|区部分社区) names none either.
_SOME = ("部分", "相关", "有关", "其他", "其它", "所有", "多个", "各个", "每个", "周边", "附近", "各大")
TOWNSHIP_KIND = re.compile(r"(?:乡|镇|街道)$")
FORMER = re.compile(r"原(?:为|名|是|称)?$")
# Characters and words a name does not run back over.
_STOP_CHARS = set("在对到及的是了为由将把从被让给于与至、，。；：！？“”‘’（）()《》【】 \n0123456789")
_STOP_WORDS = ("走进", "来到", "深入", "组织", "联合", "前往", "位于", "辖区", "所辖", "开展",
               "各", "该", "本", "全", *TIME_WORDS)


NOT_DIVISIONS = {"社区", "小区", "新区", "市辖区"}  # names in the lists that read as common words


@dataclass
class Mention:
    start: int
    end: int
    text: str
    candidates: list[gz.Division]
    weak: bool = False
    short: bool = False
    anchor: gz.Division | None = None   # the reading this mention lends to the others
    chosen: gz.Division | None = None
    resolved: bool = False
    named_in: gz.Division | None = None  # the parent the text names right before it, when no reading lies there


@dataclass
class Community:
    start: int
    end: int
    text: str
    division: gz.Division | None = None   # the gazetteer's entry, when resolved
    parent: gz.Division | None = None     # the place it lies in, when known
    resolved: bool = False


class Context:
    """The places known in an article (the outlet's region and the names read
    unambiguously), indexed so that scoring a reading costs the depth of the
    tree, not the number of names: an article of 1,600 paragraphs names
    thousands of places, and every reading is scored against all of them."""

    def __init__(self, anchors: list[gz.Division] | None = None) -> None:
        self.anchors = list(anchors or [])
        self._self: dict[int, int] = {}    # id(division) -> weight of the anchors that are it
        self._below: dict[int, int] = {}   # id(division) -> anchors strictly inside it
        for a in self.anchors:
            self._self[id(a)] = self._self.get(id(a), 0) + LEVEL_WEIGHT[a.level]
            node = a.parent
            while node is not None:
                self._below[id(node)] = self._below.get(id(node), 0) + 1
                node = node.parent
        self.cities = [a for a in self.anchors if a.level == "city"]
        self._local: Context | None = None
        self.memo: dict[str, tuple] = {}  # community name -> its readings in this context
        self.named_cities: set[int] = set()  # id(city) of the counties and townships the text itself names

    def local(self) -> Context:
        """Only the counties and townships: what places a community."""
        if self._local is None:
            self._local = Context([a for a in self.anchors if a.level in ("county", "township")])
        return self._local

    def holds(self, node: gz.Division) -> bool:
        """The division is itself one of the anchors."""
        return id(node) in self._self

    def score(self, node: gz.Division) -> int:
        """Weights of the anchors at or above the node, plus one per anchor below it."""
        s, up = self._below.get(id(node), 0), node
        while up is not None:
            s += self._self.get(id(up), 0)
            up = up.parent
        return s

    def in_city(self, node: gz.Division) -> bool:
        up = node
        while up is not None:
            if up.level == "city" and id(up) in self._self:
                return True
            up = up.parent
        return False


def region_divisions(region: dict | None, gaz: gz.Gazetteer) -> list[gz.Division]:
    """The outlet's region as gazetteer divisions (province, city, county)."""
    if not region:
        return []
    out: list[gz.Division] = []
    for level in ("province", "city", "county"):
        name = region.get(level)
        if not name:
            continue
        found = [d for d in gaz.named(name) if d.level == level and (not out or d.within(out[-1]))]
        if len(found) == 1:
            out.append(found[0])
    return out


def _far(cands: list[gz.Division]) -> bool:
    """Names found only in Taiwan's list (大社区, 仁武区) read like common words here."""
    return all(c.chain()["province"].name == "台湾省" for c in cands)


@lru_cache(maxsize=1)
def _prefixes(gaz_id: int) -> dict[str, tuple[int, ...]]:
    """First two characters of every full or short name -> the lengths of those
    names, longest first: the only look-ups worth making at a position."""
    gaz = gz.load()
    index: dict[str, set[int]] = {}
    for name in (*gaz.divisions, *gaz.shorts):
        if len(name) >= 2:
            index.setdefault(name[:2], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in index.items()}


def prepare() -> None:
    """Build the look-up indexes now rather than on the first article."""
    _prefixes(id(gz.load()))
    _townships_of(id(gz.load()))
    lexicon()


def find_division_mentions(text: str, gaz: gz.Gazetteer, bounds: bytes | None = None) -> list[Mention]:
    """Names of divisions, longest first, left to right, each starting and
    ending on a word boundary (bounds[i] set): 联合|江北镇 holds 江北镇, not 合江."""
    prefixes = _prefixes(id(gaz))
    if bounds is None:
        bounds = lexicon().boundaries(text)
    mentions, i, n = [], 0, len(text)
    while i < n - 1:
        hit = None
        sizes = prefixes.get(text[i:i + 2])
        for size in sizes if sizes and bounds[i] else ():
            sub = text[i:i + size]
            if len(sub) < size or not bounds[i + size]:
                continue
            if sub in gaz.divisions and sub not in NOT_DIVISIONS:
                cands = gaz.divisions[sub]
                hit = Mention(i, i + size, sub, list(cands), weak=size == 2 or _far(cands))
                break
            if sub in gaz.shorts:
                cands = gaz.shorts[sub]
                weak = any(c.level == "county" for c in cands)
                hit = Mention(i, i + size, sub, list(cands), weak=weak, short=True)
                break
        if hit:
            mentions.append(hit)
            i = hit.end
        else:
            i += 1
    return mentions


def _adjacency(m: Mention, prev: Mention | None, node: gz.Division) -> int:
    """A parent named right before (昆山张浦镇) supports this reading."""
    if prev is None or prev.end != m.start:
        return 0
    parents = [prev.chosen] if prev.chosen else prev.candidates
    return 6 if any(p is not node and node.within(p) for p in parents) else 0


def _own_support(m: Mention, node: gz.Division) -> int:
    """What a mention adds to its own reading's score: it must not count."""
    return LEVEL_WEIGHT[node.level] if m.anchor is node else 0


def _named_parent(m: Mention, prev: Mention | None) -> gz.Division | None:
    """The place the text names right before this one, above its level (呼和浩特市赛罕区|大学路街道)."""
    if prev is None or prev.end != m.start or not prev.resolved or prev.chosen is None:
        return None
    order = gz.LEVELS.index
    return prev.chosen if all(order(prev.chosen.level) < order(c.level) for c in m.candidates) else None


def _choose(m: Mention, prev: Mention | None, ctx: Context) -> None:
    """The best-supported reading; a weak name needs a city's support, a name that
    is also a common word (小城镇) a county's, others any; ties stay unresolved.
    A name set right after its parent is read inside that parent or not at all:
    the lists lack some divisions (new and renamed ones), and a namesake in
    another province is no reading of it."""
    parent = _named_parent(m, prev)
    m.named_in = None
    if parent is not None and not any(c.within(parent) for c in m.candidates):
        m.chosen, m.resolved, m.named_in = None, False, parent
        return
    scored = sorted(((ctx.score(c) - _own_support(m, c) + _adjacency(m, prev, c), i, c)
                     for i, c in enumerate(m.candidates)), key=lambda t: (-t[0], t[1]))
    best, _, node = scored[0]
    tie = len(scored) > 1 and scored[1][0] == best
    # (the dictionary calls some districts persons, 徐汇区/nr, 于洪区/nr: a name ending in a county's suffix is no
    # person's, so that tag makes it no common word)
    tag = words().get(m.text)
    word = tag not in (None, "ns") and not (tag == "nr" and m.text.endswith(("区", "县", "旗")))
    needed = 3 if word else 2 if m.weak else 1
    if best >= needed and not tie:
        m.chosen, m.resolved = node, True
    elif len(scored) == 1 and not m.weak and not word:
        m.chosen, m.resolved = node, True  # the one place of that name
    else:
        m.chosen, m.resolved = None, False


_STREET = ("路", "街", "大道", "巷", "里", "道")
# A housing estate named after a city (桂林苑, 北京花园小区): the words estates are named with.
ESTATE = re.compile(r"苑|府|邸|庭|公寓|花园|家园|小区|园(?=社区|居民区|小区)")
_AFTER_SHORT = set("，,。；;：:、！？!?）)”」 \n人籍")
# A dateline names the place the report comes from: 婺源讯, 某县融媒讯, 鄂托克旗融媒体中心讯.
DATELINE = re.compile(r"(?:县|区|市|旗)?(?:融媒体中心|融媒|新闻网|电视台|报|台)?讯")


def _linked(a: Mention, b: Mention) -> bool:
    """b is named right after a and lies inside one of a's readings (昆山张浦镇)."""
    return a.end == b.start and any(y.within(x) and y is not x for x in a.candidates for y in b.candidates)


def plausible(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop short names that are part of another word: a street (长春路), a
    community (大庆社区), or a county's short name in running text (让家长安心)
    unless a place of it follows, its parent comes before, or a stop follows."""
    out = []
    for i, m in enumerate(mentions):
        if FORMER.search(text, max(0, m.start - 3), m.start):
            continue  # 原新江口镇, 原为龙场镇: a former name, not a place named
        prev = out[-1] if out else None
        if m.text.endswith(("社区", "村", "嘎查")) and prev is not None and prev.end == m.start \
                and all(c.level == "township" for c in prev.candidates):
            continue  # 阿勒腾席热镇锦绣社区: a community of the township before it, not a 社区 ranked as a township elsewhere
        if DATELINE.match(text, m.end) and any(c.level == "county" for c in m.candidates):
            m.weak = False  # the county a report comes from
            out.append(m)
            continue
        if m.short:
            after = text[m.end:m.end + 2]
            if after.startswith(_STREET) or after[1:].startswith(_STREET) and after[0] in "东南西北中" \
                    or _COMMUNITY_END.match(text, m.end) or ESTATE.match(text, m.end):
                continue  # 长春路, 玉林北路, 桂林苑: a street or an estate named after a city
            county = all(c.level == "county" for c in m.candidates)
            prev = mentions[i - 1] if i else None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if county and not ((nxt and _linked(m, nxt)) or (prev and _linked(prev, m))
                               or after[:1] in _AFTER_SHORT):
                continue
        out.append(m)
    return out


def _word_like(m: Mention) -> bool:
    """An unplaced name that is a dictionary word (小城镇) or whose stem is a
    common non-place word (联合镇 in 所联合镇妇联)."""
    stem = m.text[:-2] if m.text.endswith("街道") else m.text[:-1]
    return words().get(stem) in _NOT_NAME_TAGS or words().get(m.text) not in (None, "ns")


def resolve_mentions(mentions: list[Mention], region: list[gz.Division]) -> list[Mention]:
    """Choose a division for each mention; drop weak mentions nothing supports,
    and unplaced ones whose stem is a common word."""
    for m in mentions:
        m.anchor = m.candidates[0] if len(m.candidates) == 1 and not m.weak else None
    for _ in range(2):
        ctx = Context(list(region) + [m.anchor for m in mentions if m.anchor is not None])
        prev = None
        for m in mentions:
            _choose(m, prev, ctx)
            prev = m
        for m in mentions:
            m.anchor = m.chosen if m.resolved else None
    _one_reading(mentions)
    return [m for m in mentions if m.resolved or m.named_in is not None or not (m.weak or _word_like(m))]


def _one_reading(mentions: list[Mention]) -> None:
    """One name is one place in an article: a name read again takes its first reading (徐汇区天平街道 …
    天平街道将…: not the namesake in another province), unless its own parent is written right before it."""
    first: dict[str, Mention] = {}
    prev = None
    for m in mentions:
        reading = (m.chosen, m.named_in) if m.resolved else (None, m.named_in)
        if reading != (None, None):
            seen = first.setdefault(m.text, m)
            if seen is not m and (seen.chosen, seen.named_in) != reading and _named_parent(m, prev) is None:
                # (a township the lists lack, placed in the county written before it, stays there: 徐汇区天平街道)
                m.chosen, m.resolved, m.named_in = seen.chosen, seen.resolved, seen.named_in
                m.anchor = m.chosen if m.resolved else None
        prev = m


def _name_start(text: str, end: int, floor: int) -> int:
    """Where an unlisted community name begins: back over CJK characters,
    stopping at punctuation, function words or a place already named."""
    i = end
    while i > floor and end - i < 5 and text[i - 1] not in _STOP_CHARS and _CJK.match(text[i - 1]):
        if any(text.endswith(w, 0, i) for w in _STOP_WORDS):
            break
        i -= 1
    return i


def _readings(name: str, gaz: gz.Gazetteer, ctx: Context, whole: Context) -> tuple:
    """(generic, best reading near the context or None, readings in a city of the
    context) of a community name; kept per name for the article (a long page
    names the same communities again and again)."""
    memo = whole.memo
    if name not in memo:
        nodes = gaz.communities.get(name, ())
        generic = name[:-3 if name.endswith("居民区") else -2 if name.endswith(("社区", "嘎查")) else -1] in GENERIC
        near = [(ctx.score(n.parent), n) for n in nodes
                if not generic or ctx.holds(n.parent)]  # 平安社区 only in its 街道
        near = [(sc, n) for sc, n in near if sc > 0]
        best = max(near, key=lambda t: t[0]) if near else None
        # a city's one such community, unless the text names counties or townships of that
        # city and this one stands under none of them: the text's own chain places it
        memo[name] = (generic, best, [n for n in nodes if whole.in_city(n) and id(n.chain().get("city")) not in whole.named_cities]
                      if not best else [])
    return memo[name]


def _listed_community(text, start, end, floor, gaz, ctx: Context, whole: Context) -> Community | None:
    """The longest name before 社区/村 that the gazetteer lists under a county or
    township in context; or, with only a city in context, the one such
    community in that city, if its name is not a common word."""
    best = None
    for size in range(1, 9):
        s = start - size
        if s < floor:
            break
        name = text[s:end]
        generic, near, in_city = _readings(name, gaz, ctx, whole)
        if near:
            sc, node = near
            best = ((2, sc, size), Community(s, end, name, node, node.parent, True))
            continue
        if len(in_city) == 1 and not generic:
            cand = ((1, 0, size), Community(s, end, name, in_city[0], in_city[0].parent, True))
            best = max(best, cand, key=lambda t: t[0]) if best else cand
    return best[1] if best else None


def _word_tag(word: str) -> str | None:
    return words().get(word)


class _Tags:
    """Part-of-speech tags of the dictionary's words, to tell 提升社区 from 霞光社区."""

    def get(self, word: str, default=None):
        return lexicon().tag(word) or default


def words() -> _Tags:
    return _Tags()


_NOT_NAME_TAGS = ("v", "vn", "vd", "a", "ad", "d", "p", "c", "u", "r", "m", "q")
NAME_OPENERS = "大小上下东西南北前后"  # a size or a side that opens a village's name (小河口村, 上沙坪村)
TIME_TAGS = ("t", "tg")  # 上个月: a time, never part of a name
DATE_UNITS = "日月年号时"
_NOT_NAME_CHARS = set("不没来去进入把让被们着过得地也都很还就才又即时其此这那些每")


VISIT_BEFORE = re.compile(r"(?:走进|来到|深入|前往|在|赴|到)$")
# A place or a station, then the 和 of a list (同 only after a community: 桂林街道同志街社区 is one name).
LIST_JOIN = re.compile(r"(?:社区|村|所|站|中心|镇|乡|街道)[和与及]|(?:社区|村)同")


def _unlisted_community(text, start, end, floor, suffix, prev, before=None) -> Community | None:
    s = _name_start(text, start, floor)
    # the name starts after a list's 和 (石马社区和土桥社区, 江湾镇新时代文明实践所和晓溪坞村)
    joined = max((m.end() for m in LIST_JOIN.finditer(text, max(0, s - 2), start - 1) if m.end() > s), default=None)
    if joined is not None:
        s = joined
    if start - s >= 4 and _word_tag(text[s:s + 2]) == "v":
        s += 2  # a verb runs into the name (依托|翠岗社区): the name starts after it
    core = text[s:start]
    at_boundary = s == floor or s == 0 or text[s - 1] in _STOP_CHARS or joined is not None or any(
        text.endswith(w, 0, s) for w in _STOP_WORDS) or _word_tag(text[s - 2:s]) == "v"
    if not (2 <= len(core) <= 4) or not at_boundary or core in GENERIC or core.endswith(_SOME):
        return None  # (全区部分社区: some of the district's communities, no name)
    if core.endswith(("型", "化", "性", "级", "大", "小")) or _NOT_NAME_CHARS & set(core):
        return None
    after_place = prev is not None and prev.end == s and prev.chosen is not None
    # an adjective names a community right after its township (小坝镇富康社区), not elsewhere (提升社区)
    not_name = _NOT_NAME_TAGS if not after_place else tuple(t for t in _NOT_NAME_TAGS if t not in ("a", "ad"))
    if _word_tag(core[-2:]) in not_name or _word_tag(core) in not_name:
        return None
    # a time runs into the suffix (上个月|居民区, 13日晚|社区): the core holds a time word, or opens with
    # the unit of a number before it; right after its township a name is a name (星海湾街道星月社区)
    if not after_place and any(len(w) > 1 and _word_tag(w) in TIME_TAGS for w in lexicon().cut(core)) or (
            s > 0 and text[s - 1].isdigit() and core[0] in DATE_UNITS):
        return None
    toponym = _word_tag(core) == "ns"  # the dictionary knows it as a place's name: 大庄, 小河
    visited = VISIT_BEFORE.search(text, max(0, s - 3), s) and core[-1] not in "乡镇新农"
    listed = before is not None and before.end == s - 1 and text[s - 1] in "、和及与"
    # a generic first character (大, 小, 山) opens a name of three or more right after its township,
    # before its station, where an activity is taken to it or next in a list of such (莲花镇大岭脚村,
    # 大岗头村新时代文明实践站, 走进大塘背村, 塘坝村、大石板村), never one of two (小社区, 各村)
    # (a bureau is none: 县农业农村局)
    named = len(core) >= 3 and core[:2] not in GENERIC and text[end:end + 1] not in "局厅委办处部" and (
        after_place or STATIONS.match(text, end) is not None or visited or listed)
    if any(g in core for g in ("社区", "小区", "村")) or (core[:1] in GENERIC or core[:2] in GENERIC) and not (
            toponym or named):
        return None
    if re.search(r"..[和与及]$", core):  # 民警和社区: a conjunction, not a name
        return None
    if suffix == "村" and not (after_place or visited or listed or STATIONS.match(text, end)):
        # a village outside the gazetteer counts right after its township, where an activity is
        # taken to it (走进青石沟村, 来到托格拉克村，…), next in a list of such (深入大庄村、南岭村等),
        # or where it has a practice station (竹山村新时代文明实践站)
        return None
    parent = prev.chosen if after_place else None
    return Community(s, end, core + suffix, None, parent, False)


def _orphaned(text: str, start: int, suffix: int, floor: int) -> bool:
    """Characters of a name stand between where a name may start and start: no stop
    character or word, and no word the segmenter reads as other than a name."""
    s = _name_start(text, suffix, floor)
    orphan = text[s:start]
    if len(orphan) == 1 and orphan in NAME_OPENERS:
        return True  # 在小|河口村: a size or a side opens the longer name
    return 0 < len(orphan) <= 3 and not any(_word_tag(w) in _NOT_NAME_TAGS + TIME_TAGS for w in lexicon().cut(orphan))


def find_communities(text: str, mentions: list[Mention], gaz: gz.Gazetteer, ctx: Context) -> list[Community]:
    """Communities and villages; one outside the lists only where a county or
    township is known (named, or the outlet's), so a stray 网上社区 is no place."""
    local = bool(ctx.local().anchors)
    ends = [m.end for m in mentions]      # mentions run left to right and never overlap
    starts = [m.start for m in mentions]
    out: list[Community] = []
    for match in _COMMUNITY_END.finditer(text):
        start, end = match.span()
        i = bisect.bisect_right(ends, start) - 1
        prev = mentions[i] if i >= 0 else None
        floor = max(prev.end if prev else 0, out[-1].end if out else 0)
        found = _listed_community(text, start, end, floor, gaz, ctx.local(), ctx)
        if found is not None and prev is not None and prev.end == found.start and prev.chosen is not None \
                and prev.chosen.level == "township" and found.parent is not prev.chosen:
            found = None  # 八廓街道吉日社区: the township written right before it, not the list's namesake elsewhere
        # the unlisted reading where no listed name is read, or where the listed one leaves part of the
        # name before it (江湾镇溪口|里村, 走进塔格|布拉克村): the name runs from where a name may start
        if local and (found is None or found.start > floor and _orphaned(text, found.start, start, floor)):
            whole = _unlisted_community(text, start, end, floor, match.group(), prev, out[-1] if out else None)
            found = whole if found is None or whole is not None and whole.start < found.start else found
        j = bisect.bisect_left(starts, found.end) - 1 if found else -1
        if found and not (j >= 0 and mentions[j].end > found.start):
            out.append(found)
    placed = {m.end for m in mentions if m.chosen is not None and m.chosen.level == "township"}
    return _whole_names(text, out, placed)


def _whole_names(text: str, found: list[Community], placed: set[int]) -> list[Community]:
    """One name is one place in an article: every time a name comes again it takes the
    reading of its first (青龙村 under the 西平镇 just named; a later 青龙村 is that one,
    not the list's namesake under another township), and a name read whole is that
    name wherever its tail was read (和上沙坪村… / 走进上沙坪村; 溪口里村是…).  A name
    written right after its own township (placed: where such a township ends) keeps
    its reading: 刘营镇青龙村 is another village of that name."""
    names: dict[str, Community] = {}
    for c in found:
        names.setdefault(c.text, c)
    longest = max(map(len, names), default=0)
    out = []
    for i, c in enumerate(found):
        if c.start in placed:
            out.append(c)
            continue
        floor = found[i - 1].end if i else 0
        whole = next((names[text[s:c.end]] for s in range(max(floor, c.end - longest), c.start + 1)
                      if text[s:c.end] in names))
        out.append(c if whole is c else Community(c.end - len(whole.text), c.end, whole.text, whole.division,
                                                  whole.parent, whole.resolved))
    return out


def _chain_dict(node: gz.Division | None, community: Community | None) -> dict[str, Any]:
    chain = node.chain() if node else {}
    d: dict[str, Any] = {lvl: (chain[lvl].name if lvl in chain else None) for lvl in gz.LEVELS}
    if community is not None:
        d["community"] = community.text
    if "city" not in chain and "province" in chain and chain["province"].name.endswith("市"):
        d["city"] = chain["province"].name  # counties of a municipality
    resolved = [chain[lvl] for lvl in gz.LEVELS if lvl in chain]
    d["code"] = next((n.code for n in reversed(resolved) if n.code), None)
    d["level"] = "community" if community is not None else (resolved[-1].level if resolved else None)
    return d


@dataclass
class PlaceHit:
    """A place dict and where it was named (offsets into the article text)."""

    start: int
    end: int
    place: dict[str, Any]

    @property
    def names(self) -> tuple:
        return tuple(self.place[lvl] for lvl in gz.LEVELS)


# What follows a township named short: a village or community of its own name (石牌|金塘村, never 滨湖|社区
# or 玉林|北路社区), its practice post, or the colon of a headline (乌镇：…).
TOWNSHIP_AFTER = re.compile(r"街道|镇|乡(?!村)")  # a township's kind written after its short name
SHORT_TOWN_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,3}[^\W路街巷道门所局站队院厅处](?:村|社区|嘎查)|新时代文明实践|[：:]")


@lru_cache(maxsize=1)
def _townships_of(gaz_id: int) -> dict[int, tuple[tuple[str, gz.Division], ...]]:
    """id of a county -> (short name, township) of its townships named with 镇, 乡 or 街道 (built at warm-up)."""
    out: dict[int, dict[int, tuple[str, gz.Division]]] = {}
    for nodes in gz.load().divisions.values():
        for n in nodes:
            if n.level == "township" and n.parent is not None and TOWNSHIP_KIND.search(n.name):
                out.setdefault(id(n.parent), {})[id(n)] = (TOWNSHIP_KIND.sub("", n.name), n)
    return {k: tuple(v.values()) for k, v in out.items()}


@lru_cache(maxsize=512)
def _short_townships(counties: tuple[gz.Division, ...], gaz_id: int) -> tuple[re.Pattern[str] | None, dict[str, gz.Division]]:
    """The short names of the counties' townships and one pattern for them, longest first
    (kept per set of counties: the pages of an outlet name the same few again and again)."""
    stems: dict[str, gz.Division] = {}
    for county in counties:
        seat = county.short or TOWNSHIP_KIND.sub("", county.name)
        for stem, town in _townships_of(gaz_id).get(id(county), ()):
            if len(stem) < 2 or stem in GENERIC or seat.startswith(stem) or stem.startswith(seat):
                continue  # (the county seat's town shares the county's name: 阳朔镇, 丹棱镇)
            stems.setdefault(stem, town)
    if not stems:
        return None, stems
    return re.compile("|".join(map(re.escape, sorted(stems, key=len, reverse=True)))), stems


def with_short_townships(text: str, mentions: list[Mention], bounds, gaz: gz.Gazetteer) -> list[Mention]:
    """A township named without 镇, 乡 or 街道 (石牌金塘村, 槐店松林村, 郭家坝新时代文明实践所,
    乌镇：…) counts where the text names its county: only that county's townships
    are looked for, each from a word's start and outside the names already read."""
    counties = {id(m.chosen): m.chosen for m in mentions if m.resolved and m.chosen.level == "county"}
    if not counties:
        return mentions
    pattern, stems = _short_townships(tuple(sorted(counties.values(), key=id)), id(gaz))
    if pattern is None:
        return mentions
    starts = [m.start for m in mentions]  # (mentions run left to right and never overlap)
    found: list[Mention] = []
    for m in pattern.finditer(text):
        i, j = m.span()
        k = bisect.bisect_left(starts, j) - 1  # the last mention starting before this name ends
        if k >= 0 and mentions[k].end > i or not bounds[i]:
            continue
        kind = TOWNSHIP_AFTER.match(text, j)
        if kind and FORMER.search(text, max(0, i - 3), i):
            continue  # 原老顶山镇: a former name, no place (as the full names are read)
        if kind or SHORT_TOWN_BEFORE.match(text, j):
            # (a town the list still calls 镇 that the report names a 街道, 唐昌街道: the report's name, the code held)
            town, j = stems[m.group()], kind.end() if kind else j
            found.append(Mention(i, j, text[i:j], [town], short=not kind, anchor=town, chosen=town, resolved=True))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def find_places(at: ArticleText, region: dict | None) -> list[PlaceHit]:
    """Every distinct place chain named in the article, most specific first kept."""
    gaz = gz.load()
    text = at.text
    region_nodes = region_divisions(region, gaz)
    mentions = resolve_mentions(plausible(find_division_mentions(text, gaz, at.bounds), text), region_nodes)
    mentions = with_short_townships(text, mentions, at.bounds, gaz)
    ctx = Context(region_nodes + [m.chosen for m in mentions if m.resolved])
    ctx.named_cities = {id(m.chosen.chain().get("city")) for m in mentions
                        if m.resolved and m.chosen.level in ("county", "township")}
    communities = find_communities(text, mentions, gaz, ctx)
    townships = {m.chosen.key: m.chosen for m in mentions if m.resolved and m.chosen.level == "township"}
    hits: list[PlaceHit] = []
    named = next(iter(townships.values())) if len(townships) == 1 else None
    # 槐桥乡 in the text, 槐桥镇 in the list (诸福屯镇, now 诸福屯街道): the name the report gives (the code holds)
    report_names = {id(m.chosen): m.text for m in mentions if m.resolved and m.chosen.level == "township"
              and m.text != m.chosen.name and TOWNSHIP_KIND.search(m.text)
              and TOWNSHIP_KIND.sub("", m.text) == TOWNSHIP_KIND.sub("", m.chosen.name)}
    township_mentions = [m for m in mentions if m.resolved and m.chosen.level == "township"]
    township_ends = [m.end for m in township_mentions]  # (left to right: the last before a name by bisection)
    for c in communities:
        # the township named last before it, in its sentence; else the one township the text names
        k = bisect.bisect_right(township_ends, c.start) - 1
        last = township_mentions[k] if k >= 0 else None
        near = last.chosen if last is not None and at.sentence_at(last.start) is at.sentence_at(c.start) else named
        if c.parent is None and near is not None:
            c.parent = near
        elif near is not None and c.parent is not near and c.parent.level == "township" \
                and c.parent.parent is near.parent and c.parent.key not in townships:
            # a township of the same county the text names over one it never names: the text's word
            # over the list's (新城铺镇新时代文明实践所…来到东杨庄村, listed under 南牛镇)
            c.division, c.parent, c.resolved = None, near, False
        place = _chain_dict(c.division or c.parent, c)
        if c.parent is not None and id(c.parent) in report_names:
            place["township"] = report_names[id(c.parent)]
        place.update(text=c.text, resolved=c.resolved)
        hits.append(PlaceHit(c.start, c.end, place))
    for m in mentions:
        place = _chain_dict(m.chosen or m.named_in, None)
        if m.resolved and id(m.chosen) in report_names:
            place["township"] = report_names[id(m.chosen)]
        if not m.resolved:
            levels = {c.level for c in m.candidates}
            place["level"] = levels.pop() if len(levels) == 1 else None
            if place["level"]:
                place[place["level"]] = m.text
        place.update(text=m.text, resolved=m.resolved)
        hits.append(PlaceHit(m.start, m.end, place))
    for h in hits:
        h.place["sentence"] = at.sentence_at(h.start).text
    return hits


def distinct_places(hits: list[PlaceHit]) -> list[dict[str, Any]]:
    """One dict per distinct chain, in order of first mention."""
    first: dict[tuple, PlaceHit] = {}
    for h in sorted(hits, key=lambda h: h.start):
        first.setdefault(h.names, h)
    return [h.place for h in first.values()]
