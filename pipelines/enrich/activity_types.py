"""Activity types: a documented taxonomy (taxonomy.toml) of multi-label tags.

A type applies when one of its words or subjects occurs in the text, except
inside a phrase its table lists under `except`.  Subjects (老人, 孩子) name
the people an activity is for; names_activity() tells whether a sentence
names more than those.  The words found are returned as the
type's triggers, so a user can see why an activity got its tags.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .text import SAYS, SPEECH

TAXONOMY = Path(__file__).with_name("taxonomy.toml")


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, dict]:
    """The taxonomy: type key -> {label, words, except}; read once, on first use."""
    with open(TAXONOMY, "rb") as f:
        return tomllib.load(f)["types"]


@lru_cache(maxsize=1)
def subject_words() -> frozenset[str]:
    return frozenset(w for t in taxonomy().values() for w in t.get("subjects", ()))


@lru_cache(maxsize=1)
def trigger_words() -> tuple[str, ...]:
    """Every word and subject of the taxonomy: words of the segmentation dictionary."""
    return tuple(dict.fromkeys(w for t in taxonomy().values() for w in (*t["words"], *t.get("subjects", ()))))


def names_activity(found: dict[str, list[str]]) -> bool:
    """Whether the triggers found name an activity, not only the people it is for."""
    subjects = subject_words()
    return any(w not in subjects for words in found.values() for w in words)


SERVED = re.compile(r"(?:走访|慰问|看望|探望|陪伴|关爱|照料|照顾|为|给|帮|(?<![护接运])送|陪伴|陪着|教|辅导|讲给|服务|关心|守护"
                    r"|面向|邀请|带领|带着)[^，。；！？,;]{0,13}$")


# Care itself, given to the people named: not a service that reaches them among others.
CARED = re.compile(r"(?:走访|慰问|看望|探望|陪伴|关爱|照料|照顾|陪着|关心|陪|守护)[^，。；！？,;]{0,10}$")


def served(text: str, subject: str, action: re.Pattern[str] = SERVED) -> bool:
    """The people are served in the text: an action directed at them comes right
    before (走访辖区高龄老人, 讲给孩子们听), not only a mention (对行动不便的老人，…)."""
    i = text.find(subject)
    while i >= 0:
        if action.search(re.split(r"[，。；！？,;]", text[max(0, i - 14):i])[-1]):
            return True
        i = text.find(subject, i + 1)
    return False


def the_activity(found: dict[str, list[str]], text: str) -> dict[str, list[str]]:
    """The types of an activity: one named only by the people it is for (老人)
    counts when they are served in the span (走访慰问独居老人, 讲给孩子们听), or
    when they are the only people named and no activity word names a type;
    not when they are only mentioned beside others (对行动不便的老人，…陪同
    医护人员上门采样).  Where a word names the service (理发, 送药, 辅导作业),
    the people it reached add their type only when the span cares for them
    (看望, 陪伴): a haircut given to old people is a haircut."""
    subjects = subject_words()
    worded = {k for k, v in found.items() if any(w not in subjects for w in v)}
    # (a type whose subjects are who serve, 医护, is named by its own words only: doctors come to serve)
    found = {k: v for k, v in found.items() if k in worded or not taxonomy()[k].get("doers")}
    kept = {k: v for k, v in found.items() if k in worded or any(served(text, w, _serving(k, w, bool(worded))) for w in v)}
    # a weak word names its type only beside another of the type's words (a picture book read at a
    # children's day fair is no reading event; 书屋, 图书, 绘本 and 阅读 together are)
    kept = {k: v for k, v in kept.items() if not (len(set(v)) == 1 and v[0] in taxonomy()[k].get("weak", ()))}
    kept = {k: v for k, v in kept.items() if not _yields(k, v, kept)}
    if kept or worded or len(found) != 1:
        return kept
    return found  # the people alone, of one type, in a span that names no other: 为…住着六十多位老人的楼道加装扶手


def _serving(key: str, subject: str, beside_service: bool) -> re.Pattern[str]:
    """How the people must be served to give their type: beside a service named by
    its own word, people of a type with `in_need` count when they are those (独居,
    高龄) or are cared for (CARED); else any action directed at them (SERVED)."""
    in_need = taxonomy()[key].get("in_need")
    return CARED if beside_service and in_need is not None and subject not in in_need else SERVED


def _yields(key: str, words: list[str], types: dict[str, list[str]]) -> bool:
    """All the type's words belong to another type's activity in the span (a
    corridor cleared of clutter in a fire-safety check): the taxonomy's `yields`."""
    y = taxonomy()[key].get("yields")
    return y is not None and any(t in types for t in y["to"]) and all(
        w in y["words"] or w.split("…")[-1] in y.get("objects", ()) for w in words)


def type_labels() -> dict[str, str]:
    return {key: t["label"] for key, t in taxonomy().items()}


def _on_words(text: str, word: str, bounds: bytes) -> bool:
    """word occurs in text on a word boundary at one end at least: as words, or as
    the start or end of one (议事会, 空巢老人), never across two (应急|救援 holds no
    急救).  A longer word that changes the sense (保健品) is listed under except."""
    i = text.find(word)
    while i >= 0:
        if bounds[i + len(word)] or bounds[i]:
            return True
        i = text.find(word, i + 1)
    return False


# A list of topics is what was talked about, not what was done: 围绕关爱老人、义诊、环境整治等开展…,
# 从古城保护讲到养老服务, 内容涵盖…
TOPICS = re.compile(r"围绕[^。；！？]{2,40}?(?:等|展开|开展|进行)|(?<=结合)[^。；！？]{2,60}?等[^，。；]{0,10}?(?:话题|问题|热点|政策|内容)"
                    r"|从[^。；！？]{1,40}?讲到[^，。；！？]{1,60}"
                    # (从医保缴费讲起，又说到养老保险…、防范电信网络诈骗…、森林防火…: what the talk went through)
                    r"|从[^。；！？]{1,40}?(?:讲起|说起|谈起)[，,]?(?:又|再)?(?:说到|讲到|谈到)[^。；！？]{1,90}"
                    r"|(?:涵盖|涉及|内容包括|话题包括)[^。；]{2,40}"
                    r"|把[^。；！？]{2,40}?(?:讲给|编进|编成|融入|唱进|画进)"
                    # what a talk was about (宣讲…乡村振兴政策): its topic, not an activity; the talk stays
                    r"|(?<=宣讲|讲解|解读|讲述|传达|讲授)[^，。；]{2,30}(?:政策|精神|思想|理论|战略)"
                    # a list of topics a talk went through (讲解了深化农村改革、完善医疗保障、健全养老服务…)
                    r"|(?:(?<=讲解了)|(?<=讲解)|(?<=宣讲)|(?<=解读)|(?<=介绍了)|(?<=讲述了))[^。；！？，]{0,20}?、[^。；！？，]{1,20}、[^。；！？]{1,60}?(?=[，。；]|$)"
                    # the hazards a check looks for (排查…楼道堆物…等隐患): what was checked, not done
                    r"|(?<=排查|检查|巡查)[^。；！？]{2,40}?等(?=隐患|问题|安全隐患)"
                    # the fields of a question answered (解答土地流转、婚姻家庭、赡养老人等方面的法律问题)
                    r"|[^，。；！？]{1,12}(?:、[^、，。；！？]{1,12}){1,6}等方面"
                    # what a dispute was about (因楼上漏水引发的纠纷) and what its settlement holds
                    # (达成维修及赔偿协议): the mediation's matter, not services done
                    r"|(?<=因)[^，。；！？]{1,24}?(?=(?:引发|引起|产生|发生)的?[^，。；！？]{0,6}?(?:纠纷|矛盾|争执))"
                    r"|(?<=达成)[^，。；！？]{1,16}?(?=协议)|(?<=达成一致[：:，,])[^。；！？]{1,40}"
                    # the frauds a warning talk went through, by their names (“以房养老”“养老公寓预售”等案例; 以高价
                    # 保健品、养老项目投资为幌子的骗局): the talk's matter, not care for the old; the fraud word stays
                    r"|[^，。；！？：:]{2,60}?(?=等(?:常见|新型|典型)?的?(?:骗局|诈骗|套路|陷阱|案例|手法|骗术))"
                    r"|(?<=以)[^，。；！？]{2,40}?(?=为幌子)"
                    # a thing named by what it can do (制作“会跳舞的纸蛇”): a craft's or an experiment's name
                    r"|(?<=“)会[^“”，。]{1,4}的[^“”，。]{1,6}(?=”)")


# What a board, a wall or a banner shows (宣传栏上还贴着“防范电信网络诈骗”的宣传海报, 横幅上写着…): a sign's
# words, the scene's, not what was done there.
DISPLAYED = re.compile(r"(?<=[贴挂写印刻])着[^，。；！？]{2,40}?(?=[，。；！？]|$)"
                       # (a quoted sign or banner: 一条“移风易俗树新风…”的红色横幅, “理论宣讲、文化文艺…”六大服务平台的标识)
                       r"|“[^“”]{2,40}”(?=[^，。；！？“”]{0,10}?的?(?:红色|巨幅|大幅)?(?:横幅|标语|展板|海报|条幅|宣传牌|标识|背景板|展牌))")


# The forms an activity took, listed (通过情景剧、有奖问答等形式, 以快板、小品等方式): how a talk was given,
# not activities of the forms' types.  (One form alone, 以文艺演出的形式, is as often the activity itself:
# read so, writer C's checking half lost a type.)
MEANS = re.compile(r"(?:通过|以|采用|运用|借助)[^，。；！？]{1,24}?等(?:的)?(?:形式|方式)")


# A standing room or centre named where something happens (在下庄村便民服务中心，…; “法润书屋”里;
# 公共法律服务工作站里坐满了人): the place's name, not what was done in it.  (Not a post set up for the day,
# 在赛场边设立医疗服务点, nor a named service, “共享厨房”里: they are the service.)
VENUE = re.compile(r"(?:(?<=在)|(?<=到)|(?<=进))[^\s，。；！？、“”]{2,14}?(?:服务中心|工作站|服务大厅)(?=[，,里内中前旁])"
                   r"|[^\s，。；！？、“”在到进]{2,14}?(?:服务中心|工作站|服务大厅|服务站)(?=里|内)"
                   r"|“[^“”，。]{1,8}(?:书屋|室|站|馆|中心)”(?=里|内)")


# A firm's name holds words of its trade (康达医疗器械有限公司), not an activity.
FIRM = re.compile(r"[^，。；、：“”（）\s的了在和与及由从为向对]{2,14}(?:有限责任公司|有限公司|股份公司|集团|公司)")




def _blank(m: re.Match) -> str:
    return "\u3000" * len(m.group())  # same length: offsets hold


# Who says what is quoted, after the quote (…”志愿者、茶农周大叔说): the speaker's trade is no activity.
SPEAKER = re.compile(rf"(?<=”)[^，。；！？“”]{{1,20}}?(?={SAYS})")


# A campaign's quoted name (开展“敬老护航”行动, “文明新风进万家”专场文艺演出): its words name the campaign, not what was done.
CAMPAIGN = re.compile(r"“[^“”，。；]{2,12}”(?=(?:主题)?(?:志愿服务)?(?:行动|专场|系列活动|主题活动))")


# What was not done, set against what was (没有去广场扭秧歌，而是…; 并非…而是…); what was put aside for
# the day (放下了巡逻手电, 暂别宣讲台, 放下听诊器、拿起扫帚); an activity said not to be held (这次却没有开展义诊).
NOT_BUT = re.compile(r"(?:没有|并没有|并未|不是|并非)[^。；！？，,]{1,30}?(?=[，,]?\s*而是)"
                     r"|(?:放下|暂别|撂下)了?[^。；！？，,、]{1,8}"
                     r"|(?:没有|并没有|并未|没)(?:开展|进行|举办|组织|安排)[^。；！？，,]{1,12}")
# A purpose of values or atmosphere the writer opens with (为弘扬孝老爱亲传统美德，…; 为巩固全国文明城市创建成果，…):
# the framing of what was done, not a type of it.
FRAMING = re.compile(r"为(?:进一步|深入|持续|全面|大力)?(?:弘扬|营造|巩固|传承|倡导|推进[^，。；]{0,8}创建)[^，。；！？]{2,40}?(?=[，,])")


# What names no activity done, blanked in this order (a topic list first, a firm's name last).
BLANKED = (TOPICS, NOT_BUT, FRAMING, DISPLAYED, MEANS, VENUE, SPEAKER, SPEECH, CAMPAIGN, FIRM)


def without_topics(text: str) -> str:
    """The text with its lists of topics, what it says was not done, what a sign shows, the forms an
    activity took, standing rooms' names, its quoted speech, campaigns' and firms' names blanked (same
    length: offsets hold)."""
    for pattern in BLANKED:
        text = pattern.sub(_blank, text)
    return text


def find_types(text: str, bounds: bytes | None = None) -> dict[str, list[str]]:
    """type key -> trigger words found in text, in taxonomy order, matched on
    words, outside lists of topics."""
    if bounds is None:
        from .words import lexicon

        bounds = lexicon().boundaries(text)
    raw, text = text, without_topics(text)
    told = None  # the text with its topics kept (a talk's topic may name its type), read only when asked
    found: dict[str, list[str]] = {}
    for key, t in taxonomy().items():
        cleaned = text
        for phrase in t.get("except", ()):
            cleaned = cleaned.replace(phrase, "\u3000" * len(phrase))  # same length: offsets hold
        words = [w for w in (*t["words"], *t.get("subjects", ())) if w in cleaned and _on_words(cleaned, w, bounds)]
        if "serving" in t and not any(v in cleaned for v in t["serving"]["verbs"]):
            words = [w for w in words if w not in t["serving"]["words"]]  # (a lawyer there, not serving)
        # keep a word only when no longer trigger of the same type contains it
        words = [w for w in words if not any(w != o and w in o for o in words)]
        words += [f"{m['verb']}…{m['object']}" for pattern in _actions(key) for m in pattern.finditer(cleaned)] \
            if "actions" in t else []
        words += _formed(cleaned, bounds, t["forms"]) if "forms" in t else []
        if any(w in raw for w in t.get("topics", ())):
            told = told if told is not None else FIRM.sub(_blank, SPEECH.sub(_blank, raw))
            words += [w for w in t["topics"] if w in told and w not in words and _on_words(told, w, bounds)]
        if words:
            found[key] = words
    return found


@lru_cache(maxsize=None)
def _actions(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A type's verb and object in one clause, other words between them
    (清除道路上的倒伏树木、淤泥和垃圾), or the object first, brought before the verb
    by 将 or 把 (将巷道里的烟头、纸屑逐一捡拾干净): the taxonomy's `actions` table."""
    a = taxonomy()[key]["actions"]
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
    verbs, objects = alt(a["verbs"]), alt(a["objects"])
    return (re.compile(rf"(?P<verb>{verbs})[^，。；！？,;：:]{{0,14}}?(?P<object>{objects})"),
            re.compile(rf"[将把][^，。；！？,;：:]{{0,20}}?(?P<object>{objects})[^，。；！？,;：:]{{0,8}}?(?P<verb>{verbs})"))


def _formed(text: str, bounds: bytes, forms: dict) -> list[str]:
    """Words of the segmentation of two to four characters that end in one of
    the type's `forms` endings (晋剧, 侗戏), but not in one of its `except`
    (游戏, 拿手好戏): the class named by its form, not listed word by word."""
    out: list[str] = []
    for end in forms["endings"]:
        i = text.find(end)
        while i >= 0:
            stop = i + len(end)
            if bounds[stop]:
                start = next((j for j in range(stop - 2, max(-1, stop - 5), -1) if bounds[j]), None)
                word = text[start:stop] if start is not None else ""
                if word and not any(word.endswith(x) for x in forms.get("except", ())) and word not in out:
                    out.append(word)
            i = text.find(end, i + 1)
    return out
