"""Counts in the text: numbers with what they count, whether they are
approximate, and what kind of count they are.

3000多名注册志愿者 -> 3000, approx, unit 名, what 注册志愿者; 近40场 -> 40, approx;
1500余人 -> 1500, approx; 70余万次 -> 700000, approx; 近百名 and 上千人 ->
100 and 1000, approx; 六名医护志愿者 -> 6.  Percentages, ages, years, dates
and times are not counts; neither are ordinals (第3名).

Kinds (KINDS), told apart by the unit, the words around the number and the
clause it stands in:

- ``participants``: the people who did it (志愿者, 党员, 医护人员…);
- ``beneficiaries``: the people it was for (居民, 老人, 户, 人次 served);
- ``materials``: things given or used (份, 册, 袋, 卷, 盆, 车, 艘…);
- ``events``: sessions held (场, 次, 期, 堂);
- ``amount``: what the activity covered, sold or raised, measured (清理积雪12万平方米,
  施肥800余亩, 销售额28万余元): a measure that is the object of what was done;
- ``background``: totals and standing figures, not this activity's
  (今年以来累计…, 已建成…实践站300余个, 注册志愿者达12万人, 共有…);
- ``plan``: targets and quotas (不少于4次, 招募300名, 计划, 力争);
- ``duration``: how long (2个多小时, 3天);
- ``measure``: any other measure (距离县城70多公里, 不足30平方米的小屋, 10元一餐).

Only the first five are an activity's counts (activities.py); the others are
found so that they are not mistaken for one.
"""
from __future__ import annotations

import re
from typing import Any

from .text import SPEECH, TO_COME, will_also

WE = re.compile(r"我们|咱们")
KINDS = ("participants", "beneficiaries", "materials", "events", "amount",
         "background", "plan", "duration", "quoted", "measure")
ACTIVITY_KINDS = frozenset(KINDS[:5])
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
PEOPLE_UNITS = ("人次", "名", "人", "位", "余人")
EVENT_UNITS = ("场次", "场", "次", "期", "堂", "节", "轮", "项", "批")
HOUSEHOLD_UNITS = ("户次", "户", "家")
MATERIAL_UNITS = ("份", "册", "本", "套", "袋", "箱", "桶", "瓶", "包", "张", "双", "幅", "副", "把", "顶", "盒",
                  "床", "部", "块", "枚", "封", "篇", "首", "只", "件", "条", "台", "盏", "棵", "株", "卷", "盆",
                  "车", "艘", "辆", "斤", "公斤", "千克", "吨", "束", "面", "对", "罐", "筐", "桌", "碗")
OTHER_UNITS = ("支", "个", "所", "处", "门", "单", "间", "起", "组")
# What an activity covered or raised, measured: 清理积雪12万平方米, 测土配方施肥800余亩, 销售额28万余元;
# a count only as the object of what was done in its clause (AMOUNT_DONE), else a size, a distance or a price.
MEASURE_UNITS = ("平方米", "立方米", "公里", "亩", "元")
AMOUNT_DONE = re.compile(r"清理|清运|清扫|清除|收割|抢收|采摘|施肥|喷药|播种|植树|种植|栽种|补植|铺设|整治|疏通|平整|"
                         r"销售|售出|卖出|带货|成交|捐赠|捐款|募集|筹集|发放|帮助|帮|完成|修复|修缮|硬化")
NOT_DONE = re.compile(r"距离|距|费用|借款|欠款|工资|占地|不足|价格|单价|每斤|每亩|补贴|奖励|罚款|赔偿")
UNITS = tuple(sorted({*PEOPLE_UNITS, *EVENT_UNITS, *HOUSEHOLD_UNITS, *MATERIAL_UNITS, *OTHER_UNITS, *MEASURE_UNITS},
                     key=len, reverse=True))
COUNT = re.compile(
    r"(?P<pre>将近|接近|近|约|超过|超|逾|多达|大约|达)?"
    r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]{2,}|[一二两三四五六七八九十百千](?=[多余])"
    r"|(?<=[近上数几])[百千万]|(?<![一二两三四五六七八九十百千万第])[二两三四五六七八九十](?=(?:名|位|支|场|袋|箱|车|艘|盆|卷)))"
    r"(?P<more>多|余)?(?P<big>万|千)?(?P<more2>多|余)?"
    rf"(?P<unit>{'|'.join(UNITS)})(?P<post>以上|左右|多)?")
_DURATION_AFTER = re.compile(r"(?:多|余|半)?(?:小时|钟头|分钟|个月(?!饼)|月(?!饼)|星期|周|年|天|日|晚)")  # (200个月饼: cakes)
# After a number and its unit, the words that end what it counts: a function word, or a word opening with one
# (在家长陪同, 为民服务), a verb of taking part or of going, the place word 中 or 里 standing alone (not 中小学生's).
_WHAT_STOP_WORDS = frozenset(("中", "里", "参与", "开展", "进行", "参加", "增至", "达到", "增加",
                              "赴", "到", "来到", "走进", "走入", "深入", "前往", "奔赴"))
_WHAT_STOP_OPENING = tuple("在等也都共为了被")
PEOPLE = ("注册志愿者", "志愿者", "党员", "居民", "群众", "少先队员", "学生", "老人", "儿童", "村民",
          "孩子", "青少年", "队员", "人员", "家庭", "商户", "单位", "企业", "医护", "医生", "律师")
DOERS = ("志愿者", "党员", "队员", "医护", "医生", "律师", "工作人员", "干部", "民警", "社工", "志愿", "骨干", "教师",
         "老师", "专家", "演员", "退役军人", "职工", "团员", "青年", "大学生")
# A clause with one of these tells a standing figure or a total, not one activity's count.
BACKGROUND = re.compile(r"累计|以来|截至(?:目前|今年|年底|发稿|\d)|截止(?:目前|今年|年底)|至今|建成|共建|现有|已有|总数|总计|"
                        r"注册志愿者(?:达|超|总数|人数)|全年|每年|年均|先后|覆盖|拥有|共有.{0,6}(?:个|支|所|家)")
# Before the number in its clause: 已达12万人, 已开课18期 (a running total), 有1400多户 (what there is).
BACKGROUND_BEFORE = re.compile(r"已|(?<![共还没])(?<!现场)(?<!当场)(?<!当天)有$")  # (现场有23户村民…: there, this activity's)
# ...unless those there are took part: 又有300余名志愿者加入清雪队伍, 参加活动的村民有150余人.
JOINED = re.compile(r"[^，。；]{0,8}?(?:加入|参加|参与|到场|出动)(?!过)")
# What was counted is a team's membership, not an activity's people: 11名成员, 由…12名成员组成.
MEMBERS = re.compile(r"^(?:成员|队员|会员)(?:平均|中|里|组成)|^[^，。；]{0,6}组成")
# Scoped to the whole sentence: 今年以来，…开展活动300场，服务群众2万人次.
BACKGROUND_SENTENCE = re.compile(r"以来|近年来|多年来|这些年|截至目前|截止目前|至今|每年|全年|年均"
                                 r"|最初|如今|发展到|发展成")  # (从最初的5人发展到如今的86人: a growth told over years)
# What a place or a team has, in the number's own clause (现有温棚320座，蔬菜年产量约1.2万吨; not 此次有25名…
# after 现有队员40余名): a standing figure.
STANDING_CLAUSE = re.compile(r"现有|年产量|年产值|年销售额|年接待|居住着|生活着|聚居着")  # (居住着…13个民族的居民)
# What a place has (潭头村目前共有留守儿童40余名, 马鞍山村共有农户300余户): a standing figure, unless
# those there took part (当天，全镇共有160余名志愿者参与…).
# (村里有70岁以上老人130多人, 某某社区有14个民族、1300余户居民, 村里种植黄花3000多亩, 某乡下辖6个行政村: what the
# place has, grows or governs)
PLACE_HAS = re.compile(r"(?:村|社区|镇|乡|街道|小区|县|区)(?:里|内)?(?:目前|现在)?(?:共有|有(?!关)|种植|种有|种着|下辖|辖)")
# A sentence that opens by saying what the place is (光山县是劳务输出大县，…; 湄潭县是全国重点产茶县，…):
# its figures describe the place, not an activity.
PLACE_PROFILE = re.compile(r"^[\u4e00-\u9fff]{2,10}是[^，。；“”]{2,16}(?:县|市|区|镇|乡|村|省|之乡)[，,]")
# A sentence that reports what the writer learned (据了解，…), not what was done:
# its figures stand for the place or the year, unless it names this activity.
HEARSAY = re.compile(r"^(?:另|此外|同时)?[，,]?(?:据了解|据悉|据统计|据介绍|据不完全统计|目前|截至目前"
                     r"|据[^，,。；“”]{1,12}?(?:介绍|统计|透露)[，,])")  # (据实践站负责人介绍，…: who told it)
# The days of the activity reported (3天来, 一周来, 活动期间): a total over them (累计) is the
# activity's own, as is one over its events (两场直播累计); a hearsay figure over them is this activity's.
DURING = r"[一两三四五六七八九十几\d]+(?:天|日|周)(?:时间)?(?:来|里|中|内|间)|活动(?:期间|当天|中)"
OWN_TOTAL = re.compile(DURING + r"|[两三四五六七八九十几\d]+[场天日][^，。；]{0,8}?累计")
# A tally over all of a county's or a city's stations (春节期间全县各级实践阵地共开展…190余场) or its population
# (全县60周岁以上老年人口达13.2万人): no one activity's count, unless the sentence names the one reported (此次,
# 当天).  (Not any 全县: people come from the whole county, 来自全县13个乡镇的36名歌手, and an activity may
# cover it, 在全街道开展…共清除积水点2300余处.)
WHOLE_AREA = re.compile(r"各级(?:新时代文明)?(?:实践|阵地)|全(?:县|市|区|旗|州|盟|省)[^，。；]{0,12}人口")
THIS_ONE = re.compile(r"此次|本次|这次|当天|当日|当晚|现场")
# The activity reported, or its days: the one named, or its time (活动期间, 当夜, 志愿服务周内: the campaign reported).
THIS_ACTIVITY = re.compile(DURING + "|" + THIS_ONE.pattern + r"|活动(?:现场|共)|当夜|期间"
                           r"|(?:服务|活动|宣传)(?:周|月)(?:内|里|中|期间)")
PLAN = re.compile(rf"{TO_COME}|不少于|不低于|至少|招募|计划|力争|目标|预计|拟|将为"
                  r"|每月|每周|每年|每季度|"
                  r"每天|每日|定期|报名|名额|限\d|限额|招收|需要|需")


def chinese_number(s: str) -> int | None:
    """一百二十 -> 120; 十五 -> 15; 十二万 -> 120000; 万 alone -> 10000."""
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0) or 1) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NOT_NOUN = ("v", "vd", "d", "p", "u", "uj", "ul", "uz", "c", "ad", "a", "f", "m", "q", "r", "t")


def _nounish(word: str, tag: str | None) -> bool:
    """A noun of the dictionary (or an action named as one, 宣传, 维修), or a longer word it does not know;
    a set phrase by its last word (孤寡老人 and 困难群众 are people, 驻足观看 is no one)."""
    if tag in ("i", "l") and len(word) >= 4:
        from .words import lexicon

        return (lexicon().tag(word[-2:]) or "").startswith("n")
    return tag not in _NOT_NOUN if tag else len(word) >= 2 and _HAN.fullmatch(word) is not None


def _leading_noun(words: list[tuple[str, str | None]]) -> str:
    """The noun phrase segmented words open with, its modifiers kept, up to the
    first word after its nouns that is none: 农技志愿者走进田 -> 农技志愿者;
    退休教师志愿者 -> 退休教师志愿者; 大学生来到湖南省 -> 大学生; 参加 -> ''."""
    out, nouns = [], 0
    for w, tag in words:
        if _nounish(w, tag) and not (nouns and tag == "vn"):  # an action after the noun is its predicate
            nouns += 1                                        # (老人免费测量血压, 群众测量血压)
        elif nouns and not _JOINS.fullmatch(w):
            break
        out.append((w, tag))
    while out and not _nounish(*out[-1]):
        out.pop()
    return "".join(w for w, _ in out) if nouns else ""


_JOINS = re.compile(r"[和与及、]")  # 独居和空巢老人, 志愿者和居民: one phrase


def _trailing_noun(phrase: str) -> str:
    """The noun phrase a phrase ends with, back to the first word that is none:
    检修播种机、灭茬机等农机具 -> 农机具; 发放《防范电信网络诈骗宣传手册》 -> 电信网络诈骗宣传手册;
    a one-character noun closes the word before it, whatever that is (健康|包, 告知|书, 积水|点);
    a verb of being before the number is passed over (参加活动的村民|有)."""
    from .words import lexicon

    lex = lexicon()
    words = lex.cut(phrase.strip("《》“”\"'"))
    while words and words[-1] in _BEING:
        words.pop()
    out: list[str] = []
    for w in reversed(words):
        if out and sum(map(len, out)) + len(w) > 10:
            break  # whole words, ten characters at most (椰风志愿服务队, not 龙街道椰风志愿服务队)
        suffix = not out and len(w) == 1
        glued = len(out) == 1 and len(out[0]) == 1
        if not ((suffix or glued) and _HAN.fullmatch(w) or _nounish(w, lex.tag(w)) and (out or len(w) > 1)
                or out and w.startswith("各") and len(w) == 2):  # (各类活动, 各项服务)
            break
        if out and lex.tag(w) == "vn" and "".join(reversed(out)).endswith(PEOPLE + _PERSON_ENDS):
            break  # an action done to people is no kind of them (培训|果农, 服务|群众): the people were counted
        out.append(w)
    return "".join(reversed(out)) if sum(map(len, out)) >= 2 else ""


_BEING = frozenset("有为是达共约计")
_PERSON_ENDS = ("农", "民", "户", "生", "童", "众")  # (果农, 牧民, 农户, 学生, 儿童, 群众)


def _trailing_word(phrase: str) -> str | None:
    from .words import lexicon

    words = lexicon().cut(phrase)
    return words[-1] if words and _HAN.fullmatch(words[-1]) else None



def _unquoted(text: str) -> str:
    """Quotes are no break in what a number counts: “爱心药包”320份, 10名“好婆婆”“好媳妇”
    (two quoted names one after the other are two items: 好婆婆、好媳妇)."""
    return re.sub(r"[“”\"]", "", re.sub(r"”\s*“", "、", text))


def _after(run: str) -> list[tuple[str, str | None]]:
    """The words (with their tags) after a number and its unit that may name
    what it counts, up to the clause's end or a stop word (_WHAT_STOP_WORDS),
    another number or the next item of a list (、); a quoted name is one word
    (45名“水乡红”志愿服务队队员, 10名“好婆婆”“好媳妇”). A clause that opens
    the phrase and ends in 的 is the counted noun's modifier, the noun after
    的 its head (6户缺劳力的农户 -> 农户, 400余名即将放暑假的学生 -> 学生); after
    a noun, 的 ends it (30名志愿者的帮助下 -> 志愿者)."""
    from .words import lexicon

    lex = lexicon()
    run = re.split(r"[，,。；;：:！？!?（）()\s]", run, maxsplit=1)[0]
    tokens: list[tuple[str, str | None]] = []
    for piece in re.split(r"([“\"][^“”\"]{1,12}[”\"])", run):
        if piece[:1] in "“\"" and len(piece) > 2:
            if tokens and tokens[-1][1] == "nz":
                tokens.append(("、", None))
            tokens.append((piece[1:-1], "nz"))
        else:
            tokens += [(w, lex.tag(w)) for w in lex.cut(piece.strip("“”\""))]
    words: list[tuple[str, str | None]] = []
    for w, tag in tokens:
        if w == "的":
            if words and not _nounish(*words[0]) and sum(len(x) for x, _ in words) <= 6 \
                    and not any(t == "p" for _, t in words):  # (800余份发放给有需要的居民: a predicate)
                words = []  # a relative clause: its head follows
                continue
            break
        if w in _WHAT_STOP_WORDS or w.startswith(_WHAT_STOP_OPENING) or w[0].isdigit() \
                or (not words and _JOINS.fullmatch(w)):
            break
        words.append((w, tag))
    return words


def _what(sentence: str, start: int, end: int, unit: str) -> str | None:
    """Who or what was counted: the noun after the number (3000多名注册志愿者), else
    the people named nearest before it in its clause (参加活动的村民有150余人), else
    the title or the noun phrase the clause ends with before the number
    (发放《冬季防火安全提示》200余份, 更换破损的分类桶12个), else the service
    counted (为他们理发15人次)."""
    named = _leading_noun(_after(sentence[end:end + 16])[:6])
    if len(named) >= 2:
        return named
    before = re.split(r"[，,。；;：:、！？!?（）()]", sentence[max(0, start - 40):start])[-1]
    before = re.sub(r"\d+[多余]?[^\d]{0,2}$", "", before)
    before = re.sub(r"^(?:开展|组织|举办|累计|共计|共|已|先后|每年|全年|今年以来|近年来)+", "", before)
    before = re.sub(r"(?:将近|接近|近|约|超过|超|逾|多达|达|共|累计|增至|上|数|几|一行|的)$", "", before)
    people = [(before.rfind(w), -len(w), w) for w in PEOPLE if w in before] if unit in PEOPLE_UNITS + HOUSEHOLD_UNITS else []
    titled = re.search(r"《([^《》]{2,24})》$|“([^“”]{2,12})”$", before)
    if titled:
        return titled.group(1) or titled.group(2)  # a leaflet's title or a quoted name: 《冬季防火安全提示》200余份
    before = _unquoted(before)
    tail = _trailing_noun(before)
    if people:
        word = max(people)[2]
        return tail if tail.endswith(word) else word
    if len(tail) >= 2:
        return tail
    last = _trailing_word(before)
    return last if last and len(last) >= 2 else None  # the service counted: 为他们理发15人次 -> 理发


WINDOW = 120  # how far a count's clause and context reach: a sentence may be a whole page


def _clause(sentence: str, start: int, end: int) -> str:
    floor, ceiling = max(0, start - WINDOW), min(len(sentence), end + WINDOW)
    lo = max(max(sentence.rfind(c, floor, start) for c in "，,；;：:"), floor - 1)
    his = [i for i in (sentence.find(c, end, ceiling) for c in "，,；;。") if i >= 0]
    return sentence[lo + 1:min(his) if his else ceiling]


def count_kind(sentence: str, start: int, end: int, unit: str, what: str | None,
               said: list[tuple[int, int]] | None = None) -> str:
    """The kind of a count (KINDS) from its clause, its unit and what it counts
    (`said`: the spans of quoted speech in the sentence, when already found)."""
    clause = _clause(sentence, start, end)
    before = clause[:max(clause.find(sentence[start:end]), 0)]
    if _DURATION_AFTER.match(sentence, end):
        return "duration"
    if said is None:
        said = [m.span() for m in SPEECH.finditer(sentence)]
    if any(a <= start < b for a, b in said) and not WE.search(before):
        # “以前办喜宴动不动就摆40桌”村民说: what was said, not what was done; but the doers'
        # own account (“昨天一天，我们就送了90多箱蔬菜”) tells the activity's count
        return "quoted"
    standing = [m.group() for m in BACKGROUND.finditer(clause)]
    if standing and set(standing) <= {"累计"} and (OWN_TOTAL.search(sentence, max(0, start - WINDOW), end)
                                                 or OWN_TOTAL.search(clause)
                                                 or THIS_ACTIVITY.search(sentence, max(0, start - WINDOW), start)):
        standing = []  # 3天来，志愿者累计服务…; 两场直播累计销售…; 现场…，累计维修农机56台次: the activity's own total
    there_are = (BACKGROUND_BEFORE.search(before) or PLACE_HAS.search(before)) \
        and not (JOINED.match(sentence, end) or JOINED.search(before))
    if standing or BACKGROUND_SENTENCE.search(sentence, max(0, start - WINDOW), start) or there_are \
            or STANDING_CLAUSE.search(before) \
            or PLACE_PROFILE.match(sentence):
        return "background"
    if MEMBERS.search(sentence[end:end + 8]):
        return "background"
    if HEARSAY.match(sentence) and not THIS_ACTIVITY.search(sentence, 0, end):
        return "background"
    if WHOLE_AREA.search(sentence, max(0, start - WINDOW), start) and not THIS_ONE.search(sentence, 0, end):
        return "background"  # (春节期间全县各级实践阵地共开展活动190余场: the county's tally over the season)
    if PLAN.search(before) or will_also(before):  # (还将 as activities read it: 还将一部分送到… is done)
        return "plan"
    if unit in MEASURE_UNITS:
        return "amount" if AMOUNT_DONE.search(before) and not NOT_DONE.search(before) else "measure"
    if unit in EVENT_UNITS:
        return "events"
    if unit in MATERIAL_UNITS:
        return "materials"
    if unit in HOUSEHOLD_UNITS or unit == "人次":
        return "beneficiaries"
    if unit in PEOPLE_UNITS:
        who = what or ""
        if any(d in who for d in DOERS) or re.search(r"(?:志愿者|党员|队员)\S{0,4}$", before):
            return "participants"
        if re.search(r"参加|参与|到场|出动|上岗|报名参加|观看|围坐", sentence[end:end + 16]):
            return "participants"  # 80多名居民参加培训: those who took part
        return "beneficiaries" if re.search(r"服务|惠及|受益|为|帮助|慰问|走访|接待|覆盖", clause) or any(
            p in who for p in PEOPLE) else "participants"
    return "materials" if re.search(r"发放|捐赠|赠送|送出|送去|分发|派发|捐|送上", clause) else "events"


def find_counts(sentence: str, all_kinds: bool = False) -> list[dict[str, Any]]:
    """Counts in one sentence: {value, approx, unit, what, kind}; only an
    activity's kinds unless all_kinds."""
    out = []
    said = [m.span() for m in SPEECH.finditer(sentence)]  # once per sentence: a long one holds many counts
    for m in COUNT.finditer(sentence):
        if sentence[max(m.start() - 1, 0):m.start()] in ("第", "前") or (
                sentence[m.end():m.end() + 1] in ("岁", "年", "月") and sentence[m.end():m.end() + 2] != "月饼"):
            continue  # (an age, a year, a month; 200个月饼 are cakes)
        num = m.group("num")
        value = float(num) if num[0].isdigit() else chinese_number(num)
        if value is None:
            continue
        if m.group("big"):
            value *= 10000 if m.group("big") == "万" else 1000
        unit = m.group("unit").replace("余", "") or "人"
        approx = bool(m.group("pre") and m.group("pre") != "达") or num in "百千万" or bool(
            m.group("more") or m.group("more2") or m.group("post") or m.group("unit").startswith("余"))
        what = _what(sentence, m.start(), m.end(), unit)
        kind = count_kind(sentence, m.start(), m.end(), unit, what, said)
        if all_kinds or kind in ACTIVITY_KINDS:
            # (a weight or an area may be told in tenths: 1.5吨, 8.6吨; 1.2万 is 12000)
            value = int(value) if value == int(value) else round(value, 2)
            out.append({"value": value, "approx": approx, "unit": unit, "what": what, "kind": kind})
    return out
