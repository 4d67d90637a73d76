"""Teams, brands, organisations and practice stations named in an article.

- A quoted name right before a team word is a team or a brand:
  “映山红”志愿服务队, “红帽子”帮帮团, “六色花”志愿服务品牌.  A few words may come between
  (“金秤砣”调解工作室, “法润”法律服务队).  A run of quoted
  names shares the team word after 等: “青鸟”“雏鹰”等……志愿服务小分队.
  A quoted slogan is not a team: it has punctuation inside (“清洁小区，美化家园”)
  or is followed by 活动, not by a team word.
- An organisation is named in full up to 志愿者服务中心 or 协会, when it
  starts at a clause boundary (新昌社区蒲公英志愿者服务中心).
- A practice centre, station or post (新时代文明实践中心/所/站) counts with the
  place named right before it (孝廉社区新时代文明实践站); alone it is a kind.
"""
from __future__ import annotations

import re
from typing import Any

from .text import TIME_WORDS, ArticleText
from .words import lexicon

TEAM_WORDS = (
    "志愿服务总队", "志愿服务支队", "志愿服务大队", "志愿服务小分队", "志愿者服务队", "志愿服务队", "志愿服务团", "志愿者队伍", "志愿队", "服务队",
    "小分队", "服务团", "帮帮团", "管家团", "宣讲团", "互助岗", "先锋队", "突击队", "巡逻队",
    "护卫队", "宣传队", "帮帮队", "爱心团", "服务社", "文艺队", "舞蹈队", "合唱团",
    "宣讲队", "艺术团", "调解队", "救援队", "志愿者队", "义工队", "医疗队", "服务小组", "志愿服务组",
    "宣讲小分队", "演出队", "戏曲队", "腰鼓队", "秧歌队", "志愿团", "义工团", "护河队", "巡河队",
    "清洁队", "护绿队", "劝导队", "应急队", "党员队", "青年队", "巾帼队", "红马甲队", "宣讲小组",
    "巡防队", "讲解队", "志愿讲解队", "巡查队", "守护队", "帮扶队", "护航队", "救护队", "表演队", "志愿宣讲队",
    "社会实践团", "实践团", "社会实践队", "实践队", "实践分队",  # (a college's summer team: 某某大学暑期社会实践团)
    "支教团", "支教队", "乐团", "花灯队",  # (“向日葵”支教团; a village's band or lantern troupe that played: 马庄农民乐团)
)
ORGANISATION_WORDS = ("志愿者服务中心", "志愿服务中心", "志愿服务协会", "志愿者协会", "志愿者联合会", "志愿服务联盟", "志愿者联盟",
                      "志愿服务联合会", "义工联合会", "联合会", "协会", "义工联", "工作室")
BRAND_WORDS = ("志愿服务品牌", "服务品牌", "品牌")
# A volunteer post is a place, named like a team (亚冬会城市志愿服务站, 映山红社区志愿服务站): a station.
STATION_WORDS = ("志愿服务站",)
TEAM_VOCABULARY = TEAM_WORDS + ORGANISATION_WORDS + BRAND_WORDS + STATION_WORDS
# A team word is also 志愿 and what the team does, then 队 or 团 (志愿讲解队, 志愿辅导队, 志愿宣讲团).
DOING_TEAM = r"志愿[\u4e00-\u9fff]{2}(?:队|团)(?![员长伍])"
_ALTERNATION = "|".join(sorted(TEAM_VOCABULARY, key=len, reverse=True)) + "|" + DOING_TEAM
_QUOTED = r"“[^“”，,。；;！!？?：:\s]{1,10}”"
# Words between a quoted name and its team word describe the team (法律, 助老);
# verbs, particles and measure words mean the quote is something else
# (一条“红线”串起多支小分队).
_FILLER_NOT = "的了在起出为和与把被让给到向对串带建组成立是有多支个些几各等将也都又就由后a-zA-Z_"
QUOTED_TEAMS = re.compile(
    rf"(?P<names>{_QUOTED}(?:[、和及与]?{_QUOTED})*)"
    rf"(?P<filler>等[^，。；、“”\s]{{0,16}}?|[^\W\d{_FILLER_NOT}]{{0,4}}?)(?P<word>{_ALTERNATION})")
STATIONS = re.compile(r"(?:新时代)?文明实践(?:分中心|中心|所|站|点|基地)")
_BOUNDARY = set("，,。；;：:、！？“”（）()《》\n ")
_NOT_TEAM_NAME = ("志愿服务", "活动", "行动", "工程", "计划")


def _kind(word: str) -> str:
    if word in BRAND_WORDS:
        return "brand"
    if word in ORGANISATION_WORDS:
        return "organisation"
    if word in STATION_WORDS:
        return "station"
    return "team"


def _quoted_teams(text: str) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for m in QUOTED_TEAMS.finditer(text):
        word = m.group("word")
        for q in re.finditer(_QUOTED, m.group("names")):
            name = q.group()[1:-1]
            if any(w in name for w in _NOT_TEAM_NAME):
                continue  # “志愿服务队助力开学季”活动 names an event
            start = m.start("names") + q.start()
            filler = "" if m.group("filler").startswith("等") else m.group("filler")
            out.append((start, {"name": name, "kind": _kind(word), "text": q.group() + word,
                                "full": name + filler + word, "word_at": m.start("word"), "end": m.end()}))
    return out


GRAMMAR_WORDS = re.compile("|".join(sorted(TEAM_WORDS + ORGANISATION_WORDS + STATION_WORDS, key=len, reverse=True)) + "|" + DOING_TEAM)
# Words a team's name does not run back over: verbs, prepositions, particles,
# pronouns, numbers and measures (组织|南山区志愿服务队, 这支|志愿服务队, 1支…).
_STOP_TAGS = {"v", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "d", "f", "y", "e", "o",
              "ad", "vd", "z", "zg", "k"}
_STOP_WORDS = {"的", "和", "与", "及", "由", "在", "等", "了", "们", "支", "个", "名", "位", "这", "该", "各",
               "每", "其", "是", "为", "来自", "组织", "带领", "联合", "携手", "依托", "成立", "组建", "加入",
               "参加", "以及", "或", "同", "跟", "向", "对", "把", "被", "让", "给", "从", "到", "将", "还",
               "也", "都", "又", "就", "所", "以", "一支", "多支", "这支", "该队", "全体", "广大", "众多",
               "来", "去", "请", "有", "于", "至", "共", "并", "而", "再", "即", "使", "帮", "赴", "经", "自",
               "前往", "走进", "来到", "深入", "协同", "会同", "设", "设立", "设置", "包括", "如", "像", "优秀", "先进", "年度", "十佳",
               "最美", "表彰", "评为", "获评", "荣获", *TIME_WORDS,
               # (the writer's own body: 我院医疗队, 我校志愿服务队 name no team by its name)
               "我", "我们", "我院", "我校", "我所", "我局", "我行", "我站", "我馆", "我司", "我单位", "本院", "本校"}
# Words that only say where a name starts (街道|银龄守护志愿服务队): dropped from its front.
_LEADING_GENERIC = ("街道", "社区", "村", "镇", "乡", "县", "市", "区", "辖区", "全体", "本")
# A modifier made only of these names a kind of team, not a team (党员先锋队, 巾帼志愿服务队).
GENERIC_MODIFIERS = {"社区", "村", "街道", "镇", "乡", "城市", "志愿者", "志愿", "党员", "青年", "辖区", "爱心", "巾帼",
                     "青年志愿者", "党员志愿者", "学雷锋", "新时代", "文明实践", "学生", "大学生", "少先队", "红领巾",
                     "妇女", "老年", "老年人", "银龄", "退役军人", "志愿服务", "专业", "各类", "各级", "基层",
                     "机关", "单位", "企业", "医疗", "文艺", "法律", "宣讲", "宣传", "应急", "救援", "平安",
                     "民兵", "团员", "干部", "职工", "居民", "村民", "群众", "小", "新", "本",
                     "全县", "全市", "全区", "全镇", "全乡", "全村", "全省", "全旗"}  # (全县志愿者队伍: all of them)
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
PROJECT_AFTER = re.compile(r"”[^，,。；;、“”\s]{0,5}项目")
# A team word followed by a tally of teams (已组建助农志愿服务队56支, 关爱志愿服务队120余支): a kind counted.
COUNTED_AFTER = re.compile(r"\d+(?:余|多)?支")
MAX_MODIFIER = 14


def _quoted_before(text: str, i: int, floor: int) -> int | None:
    """Start of a quoted name ending right before i (“映山红”), or None."""
    if i <= floor or text[i - 1] != "”":
        return None
    j = text.rfind("“", max(floor, i - 14), i - 1)
    inner = text[j + 1:i - 1] if j >= 0 else ""
    if not inner or any(c in inner for c in "，,。；;！!？?：:、 “"):
        return None
    return j


def _place_before(at: ArticleText, k: int, floor: int) -> bool:
    """The word ending at k is a place name (tagged ns) or a quoted name."""
    if k <= floor:
        return False
    if at.text[k - 1] == "”":
        return True
    j = k - 1
    while j > floor and not at.bounds[j]:
        j -= 1
    word = at.text[j:k]
    # a place's name the dictionary splits from its level (琼中|县) ends in the level's word
    return lexicon().tag(word) == "ns" or (word in ("县", "市", "区", "镇", "乡") and j > floor)


def _modifier(at: ArticleText, pos: int, floor: int = 0) -> tuple[int, list[str]]:
    """Where the name before a team word starts, and its words, walking back word
    by word (and over a quoted name) until a verb, a particle, a number, a stop
    or `floor` (the end of the team word before: 志愿服务队|和县…协会 is two names)."""
    text, bounds, lex = at.text, at.bounds, lexicon()
    i, words, floor = pos, [], max(floor, pos - MAX_MODIFIER - 2)
    while i > floor:
        j = _quoted_before(text, i, floor)
        if j is not None:
            words.append(text[j:i])
            i = j
            continue
        k = i - 1
        while k > floor and not bounds[k]:
            k -= 1
        w = text[k:i]
        if k == floor > 0 and len(w) > 1 and w[0] in "和及与":
            words.append(w[1:])  # 志愿服务队|和县…: the list's 和, then the next name (县…)
            i = k + 1
            break
        stop_tag = len(w) > 1 and lex.tag(w) in _STOP_TAGS  # a single character's tag says little (恒|盛)
        if stop_tag and lex.tag(w) == "v" and (_place_before(at, k, floor) or i == pos):
            # 平遥县|晋剧|文艺…: a word read as a verb between a place and the team word; 电影|放映|志愿服务队:
            # what the team does, right before its word (a name only with more words before it: _named_teams)
            stop_tag = False
        if (not _HAN_WORD.fullmatch(w) or w in _STOP_WORDS or stop_tag) and not w.startswith("某"):
            break
        if pos - k > MAX_MODIFIER:
            break
        words.append(w)
        i = k
    return i, words[::-1]


def _named_teams(at: ArticleText) -> tuple[list[tuple[int, dict[str, Any]]], list[tuple[int, dict[str, Any]]]]:
    """Teams by their grammar: a modifier and a team word, in or out of quotes and in
    enumerations (小红帽志愿队, 某县中医院志愿服务队, “草根宣讲团”, A队、B队和C党员先锋队);
    and apart, the kinds of team (党员先锋队, 县青年志愿者协会: generic modifiers only),
    which are teams only where the text lists them beside a named one (_listed)."""
    text, out, kinds, last_end = at.text, [], [], 0
    for m in GRAMMAR_WORDS.finditer(text):
        after = text[m.end():m.end() + 1]
        if after in ("员", "伍", "织", "长") or (after == "队" and m.group().endswith("团")) \
                or GRAMMAR_WORDS.match(text, m.end()):
            continue  # 队员, 队伍, 团队: people of a team or teams at large, not a name; 律师协会志愿服务队: one team
        if PROJECT_AFTER.match(text, m.end()) or COUNTED_AFTER.match(text, m.end()):
            continue  # “碧螺春茶农帮帮团”助农项目: a project named like a team; 助农志愿服务队56支: a kind counted
        start, words = _modifier(at, m.start(), last_end)
        last_end = m.end()
        plain = [w.strip("“”") for w in words]
        while len(plain) > 1 and plain[0] in _LEADING_GENERIC:
            plain.pop(0)
        if not plain or len("".join(plain) + m.group()) < 4:
            continue
        if words and lexicon().tag(words[-1]) == "v" and all(w in GENERIC_MODIFIERS for w in plain[:-1]):
            continue  # 组建|巡逻志愿服务队, 社区|巡逻志愿服务队: what a team does names no team alone
        full = "".join(plain) + m.group()
        if any(w in full for w in _NOT_TEAM_NAME[1:]):
            continue
        kind_only = all(w in GENERIC_MODIFIERS for w in plain)
        if kind_only:  # named as written, its generic words too (县青年志愿者协会)
            full = "".join(w.strip("“”") for w in words) + m.group()
        (kinds if kind_only else out).append((start, {"name": full, "kind": _kind(m.group()), "text": text[start:m.end()],
                                                      "full": full, "word_at": m.start(), "end": m.end()}))
    return out, kinds


_LIST_JOINS = ("、", "和", "及", "与", "以及")


def _listed(kinds: list[tuple[int, dict[str, Any]]], named: list[tuple[int, dict[str, Any]]],
            text: str) -> list[tuple[int, dict[str, Any]]]:
    """The kinds of team that a list joins to a named team (“石塘渔嫂”志愿服务队、应急救援志愿服务队等;
    县公安局禁毒志愿服务队、县青年志愿者协会等): there the text names a body, not a kind."""
    ends = {team["end"] for _, team in named}
    starts = {start for start, _ in named}
    out = []
    for start, team in kinds:
        before = any(text[e:start] in _LIST_JOINS for e in range(max(0, start - 2), start) if e in ends)
        after = any(text[team["end"]:s] in _LIST_JOINS for s in range(team["end"] + 1, team["end"] + 3)
                    if s in starts)
        if before or after:
            out.append((start, team))
    return out


def _stations(text: str, place_spans: list[tuple[int, int]]) -> list[tuple[int, dict[str, Any]]]:
    out = []
    ends = {e: s for s, e in place_spans}  # the place named right before: 孝廉社区新时代文明实践站
    for m in STATIONS.finditer(text):
        start = ends.get(m.start())
        if start is None:
            continue
        name = text[start:m.end()]
        out.append((start, {"name": name, "kind": "station", "text": name}))
    return out


# Bodies whose teams a list names once for all (联合区人民医院、区中医院医疗志愿服务队: two hospitals' teams).
INSTITUTION = re.compile(r"(?:医院|卫生院|保健院|卫生服务中心|学校|学院|大学|中学|小学|公司|银行|派出所|司法所|法院|检察院"
                         r"|图书馆|文化馆|博物馆|局)")
INSTITUTION_AT_END = re.compile(f"(?:{INSTITUTION.pattern})$")
_ITEM_START = re.compile(r".*(?:[，,。；;：:、（(“”\s]|联合|携手|会同|邀请|组织|以及|和|与|及)")


def _shared_word(named: list[tuple[int, dict[str, Any]]], text: str) -> list[tuple[int, dict[str, Any]]]:
    """The teams of the bodies a list names before one team's name, its words after the body shared by all
    (区人民医院、区中医院医疗志愿服务队: 区人民医院医疗志愿服务队 too)."""
    out = []
    for start, team in named:
        if team["kind"] != "team" or start < 3 or text[start - 1] != "、":
            continue
        own = list(INSTITUTION.finditer(team["full"]))
        if not own or own[-1].end() >= len(team["full"]) - 2:
            continue
        shared = team["full"][own[-1].end():]  # (医疗志愿服务队)
        word = GRAMMAR_WORDS.search(shared)
        if word is None or (shared[:word.start()] and shared[:word.start()] not in GENERIC_MODIFIERS):
            continue  # (宁夏大学“塞上青禾”志愿服务队: a name of its own, no words the list shares)
        window = text[max(0, start - 21):start - 1]
        m = _ITEM_START.match(window)
        body = window[m.end():] if m else window
        if 3 <= len(body) <= 16 and INSTITUTION_AT_END.search(body):
            name = body + shared
            out.append((start - 1 - len(body), {"name": name, "kind": "team", "text": name, "full": name,
                                                 "word_at": -1, "end": start - 1}))
    return out


TO_FORM = re.compile(r"(?:将|拟|计划|准备|打算|还将|将要)(?:组建|成立|筹建|建立|组织成立)[^，。；]{0,2}$|筹建$")


def find_teams(at: ArticleText, place_spans: list[tuple[int, int]]) -> list[tuple[int, dict[str, Any]]]:
    """(offset, team) for every mention of a team, brand, organisation or station,
    in order; mentions of one name share one dict (with its first sentence).
    A quoted name keeps its quoted form as its name (映山红) and gets the full
    name of the grammar (香山社区映山红志愿服务队) when both read one team word."""
    quoted = _quoted_teams(at.text)
    by_word: dict[int, list[dict[str, Any]]] = {}
    for _, team in quoted:
        by_word.setdefault(team["word_at"], []).append(team)
    found = list(quoted)
    named, kinds = _named_teams(at)
    named += _shared_word(named, at.text)
    for start, team in named + _listed(kinds, quoted + named, at.text):
        twins = by_word.get(team["word_at"])
        if twins:
            if len(twins) == 1:
                twins[0]["full"] = team["full"]
            continue
        found.append((start, team))
    found += _stations(at.text, place_spans)
    # a team still to be formed (下一步将组建“护溪”巡查小分队) is none yet; an organisation named right before a
    # quoted team (县律师协会“法润金寨”志愿服务队) is that team's parent, not an organisation mentioned apart
    opening = {start for start, _ in quoted}
    found = [(start, team) for start, team in found if not TO_FORM.search(at.text, max(0, start - 8), start)
             and not (team["kind"] == "organisation" and team.get("end") in opening)]
    first: dict[tuple[str, str], dict[str, Any]] = {}  # by name and kind: “和事佬”调解工作室 and “和事佬”调解志愿服务队 are two
    out = []
    for start, team in sorted(found, key=lambda t: t[0]):
        team.pop("word_at", None)
        team.pop("end", None)
        team.setdefault("full", team["name"])
        key = (team["name"], team["kind"])
        if key not in first:
            team["sentence"] = at.sentence_at(start).text
            first[key] = team
        elif len(team["full"]) > len(first[key]["full"]):
            first[key]["full"] = team["full"]  # a headline's short form (“石榴籽”调解志愿队), then the full name
        out.append((start, first[key]))
    in_body = {id(team) for start, team in out if at.sentence_at(start).paragraph is not None}
    same = _same_team(list(first.values()), {id(t) for t in first.values()} - in_body)
    return [(start, same.get(id(team), team)) for start, team in out]


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of `short` appear in `long` in the same order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def _same_team(teams: list[dict[str, Any]], headline_only: set[int] = frozenset()) -> dict[int, dict[str, Any]]:
    """A team named again without its place (厦门翔安蓝天救援队, then 翔安蓝天救援队)
    is the same team: id of the shorter -> the longer.  So is a headline's
    short form of a team the text names in full (反诈志愿队 for 营根镇反诈宣传志愿队,
    义工联 for 义工联合会): a team named only in the title or headings whose
    characters run in order through a longer name of the same kind."""
    longest = sorted(teams, key=lambda t: -len(t["full"]))
    out = {}
    for t in teams:
        short = id(t) in headline_only and len(t["full"]) >= 3
        if t.get("kind") == "station" and not short:
            continue  # (stations of two places differ by the place alone; a headline's short form is the text's)
        if len(t["full"]) < 5 and not short:
            continue
        longer = next((o for o in longest if len(o["full"]) > len(t["full"]) and o.get("kind") == t.get("kind")
                       and (o["full"].endswith(t["full"]) or short and _in_order(t["full"], o["full"]))), None)
        if longer is not None:
            out[id(t)] = longer
    return out


def distinct_teams(mentions: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for _, team in mentions:
        out.setdefault((team["name"], team["kind"]), team)
    return list(out.values())
