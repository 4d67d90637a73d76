"""Metadata written as text: 来源, 发布时间, bylines, editor lines, datelines.

Authors (记者/作者/通讯员/文/图) are kept apart from editors (责任编辑/责编/
编辑); the outlet named by 来源 or a dateline is the source, never the site
the page was read from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .boilerplate import ACCOUNT_LABELS, LIST_MARK, WIDGET_WORDS, spam_score
from .chinese import HANZI, arabic_dates, to_simplified
from .names import is_name

RELAY_LABELS = ("转自", "转载自", "本文转自")  # whom a page relayed the text through: a 来源 named too outranks it
SOURCE_LABELS = ("来源", "稿源", "出处", "来自", "转自", "转载自", "本文转自", "文章来源", "信息来源", "来源于")
TAG_LABELS = ("标签", "关键词", "关键字")  # tags set beside a byline: understood, not kept
# Reviewers, producers and the masthead's chiefs signing off a story (主编, 总编辑, 值班总编): neither
# authors nor editors (the editor is the one who edited this text: 责任编辑, 编辑).
REVIEW_LABELS = ("初审", "复审", "终审", "一审", "二审", "三审", "审核", "审校", "审签", "校对", "责任校对", "统筹",
                 "监制", "总监制", "出品人", "出品", "主编", "副主编", "总编辑", "副总编辑", "值班总编", "值班主任", "签发")
# An official document's issuing body is its author; the date it was signed
# (成文日期) is its date, which the publishing date follows.  Issuers and
# the accounts that posted a page (发布者, 发布人) are no persons credited.
ISSUER_LABELS = ("发文机关", "发布机构", "发布单位", "发文单位", "作者单位", "工作单位", "发布者", "发布人")
# Credits that are also the words of a site's menu (首页 新闻 视频 图片): read only with a colon.
COLON_ONLY = ("视频", "图片", "文字", "资料", "素材")
UNIT_CREDITS = ("供稿", "供图", "资料", "素材")  # labels that credit a unit as often as a person
OPENING_ONLY = ("资料", "素材")  # a unit credited for the material opens its line (资料：某镇; never 相关资料, 资料图)
# The index fields of a government information-disclosure page (索引号：… | 分类：… | 成文日期：…):
# understood, not kept; the dates among them are read.
INDEX_LABELS = ("索引号", "主题分类", "体裁分类", "组配分类", "发文字号", "文号", "主题词", "有效性", "公开方式", "公开范围",
                "公开时限", "信息类别")
DOCUMENT_DATE_LABELS = ("成文日期", "印发日期", "发文日期")  # (发文日期: the date a document was issued, not the page)
TIME_LABELS = DOCUMENT_DATE_LABELS + ("发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期", "发表于", "发布于", "发布")
# Counters and widgets set beside the date (浏览量：128 次, 字号：大 中 小):
# understood when their value is a count or a size, not kept.
COUNTER_LABELS = ("浏览量", "浏览次数", "浏览", "访问次数", "访问量", "点击数", "点击量", "点击率", "点击",
                  "阅读量", "阅读数", "阅读次数", "点击次数", "查看次数", "浏览人次", "阅读人次", "阅读", "总数", "字号", "字体", "人气")
COUNTER_VALUE = re.compile(r"^[\d\s次人条大中小默认【】\[\]]*(?:打印)?[\s】\]]*$")
# A source that only says "this paper/site" names no outlet.
SELF_SOURCES = ("本报", "本站", "本网", "本台", "本刊", "原创", "网络", "互联网", "未知", "佚名")
# Nor does one that says the text was gathered from the web (网络整理, 互联网转载, 网友投稿).
FROM_THE_WEB = re.compile(r"^(?:网络|互联网|网上|网友|综合)(?:整理|转载|收集|综合|投稿|摘编|来源)$")
EDITOR_LABELS = ("责任编辑", "值班编辑", "责编", "编辑", "编审")
AUTHOR_LABELS = ("全媒体记者", "融媒体记者", "融媒记者", "见习记者", "实习记者", "特约记者", "首席记者", "记者", "特约通讯员",
                 "通讯员", "报道员", "作者", "撰稿", "撰文", "供稿", "供图", "资料", "素材", "实习生", "摄影报道", "摄影", "摄像", "文/图", "文图", "图/文", "文字", "图片",
                 "视频", "文", "图", "摄")
_ALL = sorted(SOURCE_LABELS + TIME_LABELS + EDITOR_LABELS + AUTHOR_LABELS + TAG_LABELS + ISSUER_LABELS + INDEX_LABELS
              + COUNTER_LABELS + REVIEW_LABELS, key=len, reverse=True)
# A label with its colon; labels may take a space instead ("记者 张三"), credits a slash ("图/张三"),
# and a reporter's name may follow the role with nothing between ("记者张三／即时报导").
LABEL = re.compile(r"(?P<label>" + "|".join(map(re.escape, _ALL)) + r")\s*(?P<sep>[:：]|(?:(?<=责编|编辑|来源|稿源|作者|记者|撰文|审核|校对|初审|复审|终审|统筹|监制|摄影)|(?<=通讯员)|(?<=^文))\s*[|｜/／]|(?<=[文图摄])\s*/|\s+(?=[\d" + HANZI + r"])"
                   r"|(?:(?<=记者)|(?<=通讯员))(?=[" + HANZI + r"]{2,4}?(?:[\s/／╱|｜、，,)）】\]]|$|通讯员|记者)))\s*")
# (记者某某通讯员某某: the next role glued to the name ends it too)
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d{3})\s*日?"  # (…/2022-09-01287: an index number)
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?)?"
)
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
             "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
             "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
# An account's head without its date: 原创 account, 原创 author account.
ORIGINAL_HEAD = re.compile(rf"^原创\s+(?:(?P<person>[{HANZI}·]{{2,4}})\s+)?[^\s\d:：|｜“”]{{2,16}}$")
# The head of a post copied from an account: [原创 author] account date time [发表于] province.
WECHAT_HEAD = re.compile(rf"^(?:(?P<original>原创)\s+)?(?:(?P<person>[^\s\d:：|｜“”]{{2,16}})\s+)?(?P<account>[^\s\d:：|｜“”·•]{{2,16}})(?:\s*[·•]\s*|\s+)"
                         r"(?P<date>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?P<time>\s+\d{1,2}:\d{2})?)"
                         r"\s*(?P<where>(?:发表于|发布于)?\s*(?:" + "|".join(PROVINCES) + r")?)$")
# A blog's post line naming who posted it: 发表于 2024年7月28日 由 小鹿, 由 小鹿 发布于 2024-07-28.
_POST_DATE = r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
POSTED_BY = re.compile(rf"^(?:(?:发表于|发布于)\s*(?P<date>{_POST_DATE})\s*由\s*(?P<who>[^\s\d:：|｜]{{1,16}})"
                       rf"|由\s*(?P<who2>[^\s\d:：|｜]{{1,16}})\s*(?:发表于|发布于)\s*(?P<date2>{_POST_DATE}))$")
# A dateline set on a line of its own: 【某某日报╱广州12日电】, (某某社北京3日电).
AGENCY_LINE = re.compile(rf"^[【\[(（]\s*[{HANZI}A-Za-z·]{{2,14}}\s*[╱/／]?\s*[{HANZI}A-Za-z·╱/／]{{0,16}}?"
                         r"\d{1,2}日(?:电|讯)\s*[】\])）]$")
# An account named as a source with the words of its platform around its quoted name.
_PLATFORM = r"(?:(?:微信)?公众号|官方微信|微信号|微博|抖音号?|视频号)"
# (its owner named before it goes too: 甘南州文明办微信公众号“文明甘南” is the account 文明甘南)
ACCOUNT_WORDS = re.compile(rf"^[^“”\s，,]{{0,16}}?{_PLATFORM}\s*“(?P<name>[^“”\s]{{2,20}})”"
                           rf"|{_PLATFORM}\s*“(?P<name3>[^“”\s]{{2,20}})”|“(?P<name2>[^“”\s]{{2,20}})”\s*{_PLATFORM}")
# A headline feed's head of an account's post: [原创]date·account (the account is the outlet).
FEED_HEAD = re.compile(r"^(?:原创)?\s*(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)\s*[·•]\s*"
                       rf"(?P<account>[{HANZI}A-Za-z0-9]{{2,20}})$")
# A relay or an origin named with no colon (转自某某融媒体中心, 本文来源于某某日报，转载请注明出处。), the date
# of the post before it or not (2024-05-03 14:22　本文转自微信公众号“某某发布”).
GLUED_RELAY = re.compile(r"^(?P<date>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)?"
                         r"(?P<how>(?:本文)?(?:转自|转载自)|(?:本文|文章)来源于)"
                         r"(?P<value>[^\s：:，,。][^，,。]{1,30}?)(?:[，,]\s*转载请注明出处)?[。.]?$")
RELAYED = re.compile(r"^以下文章来源于\s*(?P<source>[^\s，,]{2,20})\s*[，,]?\s*(?:作者\s*(?P<who>.{1,20}))?$")
# Where a platform says the poster was (・IP 属地四川, IP属地：北京), shown by every platform beside a post's time.
IP_PLACE = re.compile(r"[・·•|｜\s]*IP\s*属地[:：]?\s*[\u4e00-\u9fff]{2,8}\s*$")
FORUM_POST_TOOLS = re.compile(r"只看该作者|只看楼主|倒序浏览|倒序阅读|使用道具|阅读模式|显示全部楼层|电梯直达")
# A post's floor before its date (楼主 #, 沙发 #, 3楼 #): phpwind's 发表于.
FLOOR_LABEL = re.compile(r"^(?:楼主|沙发|板凳|地板|\d{1,4}\s*楼)\s*#\s*(?=\d{4}-)")
FORUM_COUNTS = re.compile(r"查看[:：]\s*(?P<views>\d+)\s*[|｜]\s*回复[:：]\s*(?P<replies>\d+)")
ROLE_WORDS = {"文", "图", "摄", "摄影", "文图", "图文", "报道", "报导", "即时报导", "即时报道", "整理", "供图", "等", "视频"}
NAME = re.compile(rf"^[{HANZI}]{{2,5}}$|^[{HANZI}]{{1,6}}·[{HANZI}]{{1,8}}$")  # 阿依古丽·买买提: a name with a middle dot
STAFF_CODE = re.compile(r"^(?:[A-Z]{1,3}\d{3,8}|_?[A-Z]{1,3}\d{3,8})$|_[A-Z]{0,3}\d{3,8}$")  # 宋 婕 PN086, 王晓_NN6391
ROLE_PREFIX = re.compile(r"^(?:\S{0,8}?(?:记者|通讯员|实习生|摄影|作者)|文字|图片)[:：]?")
# A token that names a body, not a person: 湘潭站, 某某日报, 融媒体中心.
ORG_WORD = re.compile(r"(?:站|网|报|社|台|中心|部|局|办|委|厅|院|所|馆|会|校|处|县|市|区|镇|乡|村|街道|社区|公司|集团|组)$")
HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{1,20}$")  # a Latin user name after a label: "[责任编辑：robot]"
# An editor named before the role, in brackets: "(曹文明 编辑)", "【张三 责编】".
EDITOR_AFTER = re.compile(rf"^[(（\[【]\s*(?P<names>[{HANZI}·\s、，,]{{2,30}}?)\s*(?:责任编辑|责编|编辑)\s*[)）\]】]$")
BRACKETS = "[]【】()（）《》〔〕"
# Names set before their role: "张三 文/图", "张三/文", "张三 李四 摄".
# Names with their role after them (某某 文, 某某 某某 摄), one credit or several in a row (某某 文 / 某某 摄).
NAMED_ROLE = (rf"(?P<names>[{HANZI}·]{{2,4}}(?:[\s、，,]+[{HANZI}·]{{2,4}}){{0,3}})(?:\s+|\s*/\s*)"
              r"(?:文/图|图/文|文图|图文|摄影报道|摄影|摄|文|图|报道)")
NAMES_THEN_ROLE = re.compile(rf"^[(（]?{NAMED_ROLE}(?:(?:\s*[/|｜，,]\s*|\s+){NAMED_ROLE.replace('?P<names>', '?:')})*[)）]?$")
DATELINE = re.compile(
    rf"^(?P<dateline>(?P<org>[{HANZI}][{HANZI}·]{{0,19}}(?:网|报|社|台|融媒|新闻|中心|客户端)"
    rf"(?:-[{HANZI}]{{2,12}}(?:网|报|社|台|融媒|新闻|中心|客户端))?)(?:[(（][{HANZI}]{{2,12}}[)）])?"
    rf"(?P<place>[{HANZI}]{{0,6}}?)(?P<md>\d{{1,2}}月\d{{1,2}}日)?(?:讯|电))\s*"
    r"(?P<by>[(（【][^()（）【】]{1,40}[)）】])?\s*"  # (某某网讯【记者 某某】 too)
)
# A dateline of any place or body with its date: "某县8月20日电(通讯员 …)".
DATED_LINE = re.compile(
    rf"^(?P<dateline>(?P<place>[{HANZI}]{{2,16}}?)(?P<md>\d{{1,2}}月\d{{1,2}}日)电)\s*(?P<by>[(（【][^()（）【】]{{1,40}}[)）】])?\s*"
)
# A place's dateline with the byline after it: "某县讯（记者 张三 通讯员 李四）".
PLACE_LINE = re.compile(
    rf"^(?P<dateline>(?P<place>[{HANZI}]{{2,8}}?)(?P<md>\d{{1,2}}月\d{{1,2}}日)?讯)\s*(?P<by>[(（【][^()（）【】]{{1,40}}[)）】])\s*"
)
# The roles a bracketed byline names before its names.
BYLINE_ROLES = "记者|通讯员|报道员|作者|撰稿|实习生"
# A byline set after a dateline without brackets, its names spaced, the text after a space:
# 衢江讯 通讯员 徐丽芳 方志勇 12月1日…, 本报讯 记者 张三 通讯员 李四 5月1日…
BARE_BYLINE = re.compile(rf"^(?P<by>(?:[{HANZI}]{{0,6}}?(?:{BYLINE_ROLES})\s*(?:[{HANZI}·]{{2,5}}\s+){{1,4}})+)")
PLACE_BARE = re.compile(rf"^(?P<dateline>(?P<place>[{HANZI}]{{2,8}}?)(?P<md>\d{{1,2}}月\d{{1,2}}日)?讯)\s+(?=[{HANZI}]{{0,6}}?(?:{BYLINE_ROLES}))")
ROLE_NOUN = re.compile(rf"\S{{0,6}}?(?:{BYLINE_ROLES})")  # 记者, 本报记者, 全媒体记者: a role, never a name
# A byline in brackets opening the text: "(记者 张三 通讯员 李四)", "（文、图/王五）".
OPENING_BYLINE = re.compile(rf"^(?P<by>[(（【\[][^()（）【】\[\]]{{0,16}}?(?:{BYLINE_ROLES}|文|图)[^()（）【】\[\]]{{1,40}}[)）】\]])\s*")
# A closing (来源：某某日报) and a closing (姓名), after the last sentence.
# (or the paper it was first printed in: (本文刊发于《某某日报》2023年03月05日05版), (摘自《某某》))
TRAILING_SOURCE = re.compile(r"[(（](?:(?:来源|稿源|信息来源)\s*[:：]\s*(?P<source>[^()（）]{2,30})"
                             r"|(?:本文|原文)?(?:原载于?|刊发于|刊载于|刊于|摘自|选自|转载自)\s*《(?P<paper>[^《》()（）]{2,20})》"
                             r"[^()（）]{0,30})[)）]\s*$")
# (a two-character name may be set with a space: (王 刚 李小燕))
_BRACKET_NAME = rf"(?:[{HANZI}]{{2,4}}|[{HANZI}] [{HANZI}])"
# (the unit that sent it in may stand before the names: （湄江街道 刘某某）, a contributor's closing)
TRAILING_NAMES = re.compile(rf"(?:(?<=[。！？”])|^)\s*[(（【\[](?:[{HANZI}]{{2,14}}(?:街道|镇|乡|县|区|市|局|中心|办|所|站|社区|村|委|部)\s+)?"
                            rf"(?P<names>{_BRACKET_NAME}(?:[\s、，,]+{_BRACKET_NAME}){{0,3}})[)）】\]]\s*$")
# (the text's and the photos' credits by slash too: (文/某某 图/某某))
TRAILING_BYLINE = re.compile(
    rf"[(（【\[](?P<who>[^()（）【】\[\]]{{0,16}}?(?:{BYLINE_ROLES}|[文图](?=\s*[/／]))[:：/／\s]*"
    rf"(?:(?:[文图]\s*[/／]\s*)?[{HANZI}·]{{1,5}}[\s、,，]*){{1,8}})[)）】\]]\s*$"
)


@dataclass
class TextMeta:
    source: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    forum: dict[str, int] | None = None
    document_date: str | None = None  # 成文日期: the publishing date follows it only when none is given
    understood: bool = False  # labels of counters, tags or an empty 来源: metadata with no value kept
    bare_date: bool = False   # a line that is only a date: the page's date above the text, a letter's below it
    index: bool = False       # a government page's index fields (索引号…), set above or below the headline
    relayed: bool = False     # the source is the one it was relayed through (转自：“某某”微信公众号), not its own
    poster: str | None = None  # who posted the page (发表于 … 由 小鹿): its author where it is the poster's own text

    def __bool__(self) -> bool:
        return bool(self.source or self.published or self.authors or self.editors or self.forum
                    or self.document_date or self.understood)


def iso_datetime(text: str) -> str | None:
    """The first date in text as ISO 8601 (+08:00 when a time is given)."""
    m = DATE.search(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"] is None:
        return day
    return f"{day}T{int(m['H']):02d}:{int(m['M']):02d}:{int(m['S'] or 0):02d}+08:00"


# Who a careless site credits when it credits no one: 编辑：小编, 发布人：管理员, 編輯：admin.
PLACEHOLDERS = frozenset({"小编", "管理员", "系统管理员", "网管", "站长", "匿名", "网友", "admin", "administrator", "webmaster"})
# Who provided the pictures when no one is named (图 | 受访者提供, 图片由单位提供, 资料图片): no one's name.
PROVIDED = re.compile(r"^(?:受访者|被访者|采访对象|本人|家属|单位|主办方|活动方|资料|网络)(?:提供|供图)?$|^(?:受访者|被访者)")


def parse_names(text: str) -> list[str]:
    """Person names from a byline value: "刘楠/文", "朱新国 占长孙", "龚 里"."""
    tokens = [t for t in re.split(r"[\s、,，;；/／╱|｜+＋\-—]+", text) if t]
    names: list[str] = []
    pending = ""
    for n, tok in enumerate(tokens):
        tok = STAFF_CODE.sub("", tok) if not STAFF_CODE.fullmatch(tok) else ""  # a staff code beside a name
        if not tok:
            continue
        if len(tok) > 3 and tok.endswith(("报道", "报导")) and is_place_name(tok[:-2]):
            continue  # 记者 王凯 临沂报道: where the reporter filed from, not a name
        # (a role glued to a name: 李明/图, 李明摄; not 图 or 文 with no slash, which end names too: 格日勒图, 宝音图)
        tok = re.sub(r"(?:/(?:文|图)|/?(?:摄|摄影|报道))$", "", tok) if len(tok) > 3 else tok
        tok = tok[:2] if len(tok) == 3 and tok[2] == "摄" else tok  # 李明摄 (a name rarely ends in 摄; in 图 it may: 宝音图)
        tok = ROLE_PREFIX.sub("", tok) if len(tok) > 3 else tok  # "记者陈栋": a role glued to the name
        if (len(tok) >= 3 and ORG_WORD.search(tok)) or tok in SELF_SOURCES or tok.lower() in PLACEHOLDERS \
                or PROVIDED.match(tok):
            continue
        if ROLE_NOUN.fullmatch(tok):
            continue  # 记者, 本报记者, 通讯员: who the next name is
        spaced = len(tok) == 1 and not pending and n + 1 < len(tokens) and len(tokens[n + 1]) == 1 \
            and tokens[n + 1] not in ROLE_WORDS and re.match(f"[{HANZI}]", tokens[n + 1]) is not None \
            and not (n + 2 < len(tokens) and len(tokens[n + 2]) == 1)  # (文 王 刚: the role, then a spaced name)
        if tok in ROLE_WORDS and not spaced:  # (文 浩: a name set with a space that starts with 文)
            continue
        if len(tok) == 1 and re.match(f"[{HANZI}]", tok):  # "龚 里": a name set with a space
            pending += tok
            if len(pending) >= 2:
                names.append(pending)
                pending = ""
            continue
        if NAME.match(tok) and _function_word(tok):
            continue  # 摄影 关于 in a blog's menu: a preposition, no one's name
        if NAME.match(tok) or (HANDLE.match(tok) and tok.lower() not in ("am", "pm")):
            names.append(tok)
    return list(dict.fromkeys(names))


def _function_word(word: str) -> bool:
    """One word of the dictionary that is a preposition, conjunction, particle, pronoun or place word
    (关于, 但是, 这里): never a person's name (adverbs and numerals are: 高远, 一凡, 万里)."""
    words = _tagged(word)
    return len(words) == 1 and words[0].flag[:1] in "pcurf"


_PLAIN_WORDS = frozenset(TIME_LABELS + SOURCE_LABELS + COUNTER_LABELS)


def names_no_outlet(source: str | None) -> bool:
    """A source value that names no outlet: none, this paper or site (本报), or the web (网络整理)."""
    return not source or source in SELF_SOURCES or FROM_THE_WEB.match(source) is not None


def _word_end(m: re.Match, line: str) -> bool:
    """A label word with only a space after it that ends a longer word (来源：梅溪发布 阅读：…), or 文
    ending a name (记者 丘文 通讯员 李林; a name glued to 摄 or 图 is credited by it: 李明摄): the name's, no label."""
    glued = m.start() > 0 and re.match(f"[{HANZI}]", line[m.start() - 1]) is not None
    return glued and (m["label"] in _PLAIN_WORDS or m["label"] == "文") and not m["sep"].strip()


def read_meta_line(line: str, max_prefix: int = 14, max_rest: int = 8) -> TextMeta:
    """Fields of a line made of metadata (_read_meta_line); a credit that names the text's writer
    glued before the photographer's outlet ((钟莉绵阳日报社融媒体记者 陈冬冬 摄)) credits both."""
    meta = _read_meta_line(line, max_prefix, max_rest)
    if meta.authors and "记者" in line and (writer := writer_before_outlet(to_simplified(line.strip()))) \
            and writer not in meta.authors:
        meta.authors = [writer, *meta.authors]
    return meta


_LABEL_SET = frozenset(_ALL)
# What a glued 时间 or 日期 dates when it is no page's (活动时间, 报名时间, 截止日期, 项目日期, 服务时间).
EVENT_BEFORE = re.compile(r"(?:活动|项目|服务|报名|截止|开始|结束|举办|举行|比赛|培训|招募|征集|会议|演出|开放|预约|集合|上课)$")
# A label a government page's table sets wide, one character apart (索 引 号：, 文 号：, 发布日期 after it).
SPACED_LABEL = re.compile(r"(?<![^\s])(?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff](?=[ \u3000]*[:：])")


def _unspaced_label(m: re.Match) -> str:
    joined = re.sub(r"[ \u3000]+", "", m.group())
    return joined if joined in _LABEL_SET else m.group()  # (记者 王 刚： a spaced name stays as it is)


def account_named(value: str) -> str:
    """A source value with an account's name put for the account's words (微信公众号“某某文明” -> 某某文明)."""
    return ACCOUNT_WORDS.sub(lambda m: m["name"] or m["name2"] or m["name3"], value)


def _read_meta_line(line: str, max_prefix: int = 14, max_rest: int = 8) -> TextMeta:
    """Fields of a line made of metadata; an empty TextMeta for any other line.

    A line counts when its labels cover it: at most a short affiliation or a
    date before the first label ("潍坊日报社全媒体记者:", "2023-06-12 09:20
    来源:") and little text left over.  Dates count with or without a label;
    a line that is only a date (and time) is one too, unless a weekday shows
    it is the site's clock.
    """
    meta = TextMeta()
    line = to_simplified(LIST_MARK.sub("", line.strip()))  # labels in either script: 來源, 責任編輯
    line = BRACKET_LABEL.sub(r"\g<label>：", line)  # 【南方+记者】某某, 【来源】某某: the label in brackets
    line = FIELD_IN_BRACKETS.sub(r" \g<label>：", line).strip()  # [成文日期] 2024-05-04 [发布日期] 2024-05-06: a table's fields
    line = SPACED_LABEL.sub(_unspaced_label, line)  # 文 号： …: a table's label set wide
    line = arabic_dates(line)
    line = FORUM_POST_TOOLS.sub(" ", line)  # "只看该作者" names no author
    line = IP_PLACE.sub("", line)  # (发布于 2023-09-14 22:08・IP 属地四川: where the poster was, no field of the page's)
    line = FLOOR_LABEL.sub("发表于 ", line)
    line = TOOL_TAIL.sub("", line) or line  # "来源：某某 字号：[大 中 小] [打印] [关闭]": the page's tools end the line
    posted_by = POSTED_BY.match(line)
    if posted_by and not _outlet(who := posted_by["who"] or posted_by["who2"]):
        meta.published = iso_datetime(posted_by["date"] or posted_by["date2"])
        meta.poster, meta.understood = who, True  # (a blog's poster, by the name it posts under)
        return meta
    bare_head = ORIGINAL_HEAD.match(line)
    if bare_head:  # 原创 某某发布: an account's head with its date on a line of its own
        person = bare_head["person"]
        meta.authors = [person] if person and looks_like_name(person) else []
        meta.understood = True
        return meta
    head = WECHAT_HEAD.match(line)
    if head and not (head["original"] or head["time"] or head["where"].strip()):
        head = None  # a name and a bare date: a dated list's headline as often as an account's head
    if head and (posted := iso_datetime(head["date"])):  # an account's post: 原创 某某 某某发布 2023-06-12 09:20 发表于山东
        meta.published = posted
        person = head["person"]  # 原创 某某 某某: the account's name given twice names no author
        meta.authors = [person] if person and person != head["account"] and looks_like_name(person) else []
        return meta
    if AGENCY_LINE.match(line):  # 【某某日报╱广州12日电】 on its own line: the dateline, never a headline
        meta.understood = True
        return meta
    feed = FEED_HEAD.match(line)
    if feed and (posted := iso_datetime(feed["date"])):  # a headline feed's head: 原创2024-05-11 09:12·某某县融媒体中心
        account = ACCOUNT_LABEL.sub("", feed["account"])
        # (2024-08-02 14:55·湖北: the province it was posted from, no account)
        meta.published, meta.source, meta.understood = posted, None if account in PROVINCES else account, True
        return meta
    glued = GLUED_RELAY.match(line)
    if glued:  # 转自洛川县融媒体中心, 本文转自某某日报，转载请注明出处。: the relay's outlet, no colon
        value = account_named(glued["value"]).strip()
        if _outlet(value) or glued["value"] != value:
            meta.source, meta.relayed, meta.understood = value, "来源" not in glued["how"], True
            meta.published = iso_datetime(glued["date"]) if glued["date"] else None
            return meta
    relay = RELAYED.match(line)
    if relay:  # 以下文章来源于某某融媒，作者某某
        meta.source = relay["source"]
        names = parse_names(relay["who"] or "")
        meta.authors = [n for n in names if looks_like_name(n)]
        meta.understood = True
        return meta
    forum = FORUM_COUNTS.search(line)
    if forum:
        meta.forum = {k: int(v) for k, v in forum.groupdict().items()}
        return meta
    after = EDITOR_AFTER.match(line)
    if after:
        meta.editors = parse_names(after["names"])
        return meta
    credit = NAMES_THEN_ROLE.match(line)
    if credit:
        pairs = [parse_names(m["names"]) for m in re.finditer(NAMED_ROLE, line)]
        names = [n for pair in pairs for n in pair]
        # one credit: names that read as names; several in a row (某某 文 / 某某 摄): a role after each is
        # evidence enough for a surname and a given name (韩|立新)
        if names and all(looks_like_name(n) if len(pairs) == 1 else is_name(n) for n in names):
            meta.authors = names
            return meta
    matches = [m for m in LABEL.finditer(line) if not _word_end(m, line) and not (m["label"] in OPENING_ONLY and m.start())]
    head = line[: matches[0].start()] if matches else line
    if matches and matches[0]["label"] in ("时间", "日期") and EVENT_BEFORE.search(head):
        return TextMeta()  # 活动时间：, 报名时间：, 项目日期：: an event's day, a line of the text, not the page's date
    head_dates, head_rest = _dates_out(head)
    if not matches:
        paper = PAGE_OF_ISSUE.search(head_rest)
        if head_dates and not head_rest and not CLOCK.search(line):
            meta.published, meta.bare_date = head_dates[0], True
        elif head_dates and paper and not CLOCK.search(line) and (
                not (rest := PAGE_OF_ISSUE.sub("", head_rest).strip()) or _outlet(rest)):
            # "某某日报 2023年08月09日 第06版": a paper's page, the paper the text was printed in;
            # "第2版 综合 2025年03月06日": the page and its issue's date
            meta.published, meta.understood = head_dates[0], True
            meta.source = rest or None
        else:
            meta.published = dated_widgets(line)  # "2012年01月17日19:44 某某财经 [微博] 我要评论(0)"
        return meta
    # "2022-12-08 11:47 某县融媒体中心 记者 某某": the site's own name after the date, understood; named by
    # no label, it is no source (the source is the outlet a label names, never the site the page is on)
    outlet = head_dates and _outlet(head_rest)
    if len(head_rest) > max_prefix or (head_dates and len(head_rest) > 2 and not outlet):
        return TextMeta(published=dated_widgets(line))
    leftover = 0
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[m.end():end].strip(" |｜" + BRACKETS)
        # no colon, space or slash between role and name; or a one-character role (文, 图) and a space:
        # then only names that read as names count (全文 列印 简体 评论 is a strip of tools)
        glued = m.end("label") == m.end() or (len(m["label"]) == 1 and not m["sep"].strip())
        if m["label"] in COLON_ONLY and m["sep"].strip() not in (":", "：", "/", "|", "｜"):
            return TextMeta(published=dated_widgets(line))  # 视频 图片: a menu's words, not credits
        if m["label"] in INDEX_LABELS and (m["sep"].strip() not in (":", "：") or not (i or not head.strip())):
            return TextMeta(published=dated_widgets(line))  # index fields open their line, each with its colon
        leftover += _take(meta, m["label"], value, glued)
    if leftover > max_rest:
        return TextMeta(published=dated_widgets(line))
    if head_dates and not meta.published:
        meta.published = head_dates[0]
    meta.understood = True
    return meta


# A government table's field name alone on its line, its value on the next (成文日期：/2024-07-15), as a
# table is saved one cell per line.
_PAIRED_SOURCE = ("信息来源", "稿件来源", "来源", "稿源")
_PAIRED_CREDIT = ("作者", "责任编辑", "编辑")
FIELD_ALONE = re.compile(r"^\s*[【\[]?(?P<label>" + "|".join(
    INDEX_LABELS + ISSUER_LABELS + DOCUMENT_DATE_LABELS + ("发布时间", "发布日期", "发表时间") + _PAIRED_SOURCE + _PAIRED_CREDIT)
    + r")[】\]]?\s*(?P<colon>[:：]?)\s*$")
_DATE_FIELDS = DOCUMENT_DATE_LABELS + ("发布时间", "发布日期", "发表时间")


def _field_value(label: str, value: str) -> bool:
    """The next line is the field's value: an outlet for a source (某某融媒体中心), names for a credit
    (never the heading of what follows: 责任编辑： over 推荐阅读), anything short for a table's field."""
    if label in _PAIRED_SOURCE:
        return _outlet(value) or bool(ORG_WORD.search(value)) and len(value) <= 20
    if label in _PAIRED_CREDIT:
        names = parse_names(value)
        return bool(names) and all(looks_like_name(n) for n in names)
    return label not in _DATE_FIELDS or iso_datetime(arabic_dates(value)) is not None


def _field_alone(line: str) -> re.Match | None:
    """A table's field name alone on its line: with its colon, or without one where the name is a
    table's own (索引号, 发布机构, 发文日期 — not 来源 or 作者, words of any line)."""
    m = FIELD_ALONE.match(line)
    return m if m and (m["colon"] or m["label"] not in _PAIRED_SOURCE + _PAIRED_CREDIT) else None


def pair_fields(lines: list[str]) -> list[str]:
    """Lines with each table field set alone on its line joined to the value on the next line
    (成文日期：/2024-07-15 -> 成文日期：2024-07-15), so each is read as the field it is; a field with no
    value (文号： then 有效性：) stays as it was."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _field_alone(lines[i])
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if m and nxt and len(nxt) <= 40 and not _field_alone(nxt) and not re.search(r"[:：]\s*$|[，。！？；]", nxt) \
                and _field_value(m["label"], nxt):
            out.append(f"{m['label']}：{nxt}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


# A page of a paper's issue: 第06版, 第A3版: 要闻.
PAGE_OF_ISSUE = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]?\s*\S{0,10})?$")
# The page's tools set after the fields of a date line, each word of WIDGET_WORDS, bracketed or not.
# (a one-character word only in its run, 大 中 小: 编辑：李中 keeps its name)
TOOL_TAIL = re.compile(r"(?:[\s|｜]*[【\[]?(?:大\s?中\s?小|" + "|".join(
    sorted((re.escape(w) for w in WIDGET_WORDS if len(w) > 1), key=len, reverse=True)) + r")[:：]?[】\]]?)+\s*$")
# A label set in brackets with its value after it, no colon (【南方+记者】钟晓岚, 【来源】某某客户端).
BRACKET_LABEL = re.compile(r"^[【\[](?P<label>[^【】\[\]\s]{0,10}?(?:记者|通讯员|作者|撰稿|撰文|摄影|编辑|责编|来源|稿源|审核|校对))"
                           r"[】\]]\s*(?=\S)")

# A government table's field names in brackets, anywhere on the line ([索引号] …, [发布机构] …).
FIELD_IN_BRACKETS = re.compile(r"[【\[](?P<label>" + "|".join(INDEX_LABELS + ISSUER_LABELS + TIME_LABELS) + r")[】\]]\s*")

# A platform's label after an account's name (某某日报社官方账号, 澎湃新闻官方帐号): not part of the name.
ACCOUNT_LABEL = re.compile(rf"(?:{ACCOUNT_LABELS})$")
DATE_LINE_WIDGETS = re.compile(r"我要评论|评论|微博|微信|分享|收藏|打印|列印|转发|转寄|复制链接|字号|字体|字型|推荐|发言|阅读|浏览|参与|已有|字数|喜欢|赞|"
                               + ACCOUNT_LABELS + r"|[大中小TA人次条]|\d+")
CLOCK = re.compile(r"星期|周[一二三四五六日天]|今天")
SITE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+\s+", re.I)


def dated_widgets(line: str) -> str | None:
    """The date of a line that opens with it (after the site's address, if
    any) and is otherwise an outlet's name, counters and tools, not a
    sentence: "2012年01月12日 13:34 已有0人阅读 字号：T | T 复制链接 打印",
    "http://www.example.com.cn 2011年12月09日 16:41 某某网"."""
    line = SITE_ADDRESS.sub("", line)
    m = DATE.search(line)
    if not m or CLOCK.search(line):
        return None
    before = line[:m.start()].strip()
    if before and not _outlet(before.rstrip(" (（")) and not re.fullmatch(r"[\d.,]+", before):
        # (a blog's count before its date, 0.1 2023.01.15 10:02:11 字数 1,203 阅读 88, is as good as none)
        return None  # only an outlet's name stands before the date: 某某醒报 (2012-01-17 16:31); not "[" of a link
    dates, rest = _dates_out(line)
    return dates[0] if dates and _date_line_rest(rest) else None


OUTLET = re.compile(rf"^[{HANZI}]{{2,14}}(?:融媒体中心|融媒|新闻网|日报|晚报|报社|电视台|广播电视台|文明网|新闻中心|客户端|发布|报|网|社|台)$")


def _outlet(rest: str) -> bool:
    """What stands beside a date is an outlet's name (某县融媒体中心, 某某日报)."""
    return bool(OUTLET.match(to_simplified(rest))) and spam_score(rest) < 1


def _date_line_rest(rest: str) -> bool:
    """What follows a date at the start of a line is an outlet's name and
    widgets, not a sentence: short, with no sentence punctuation."""
    return not re.search(r"[，。！？；]", rest) and len(DATE_LINE_WIDGETS.sub("", rest)) <= 10


def _dates_out(text: str) -> tuple[list[str], str]:
    """ISO dates found in text (unlabelled), and what is left of it besides separators."""
    found = [d for d in (iso_datetime(m.group(0)) for m in DATE.finditer(text)) if d]
    rest = DATE.sub(" ", text) if found else text
    rest = re.sub(r"(?:星期|周)[一二三四五六日天]", "", rest)
    return found, re.sub(r"[\s|｜/·,，:：()（）\[\]【】\-—_]+", "", rest)


def _take(meta: TextMeta, label: str, value: str, glued: bool = False) -> int:
    """Store one label's value; return how many characters were not understood."""
    if label in TIME_LABELS:
        found = iso_datetime(value)
        if not found:
            return len(value)
        if label in DOCUMENT_DATE_LABELS:
            meta.document_date = meta.document_date or found
        else:
            meta.published = meta.published or found
        return 0
    dates, _ = _dates_out(value)
    if dates:  # an unlabelled date after a value: "来源:某报 2023-06-12 09:20"
        meta.published = meta.published or dates[0]
        value = DATE.sub(" ", value).strip(" |｜")
    if label in COUNTER_LABELS:
        return 0 if COUNTER_VALUE.match(value) else len(value)
    if label in SOURCE_LABELS:
        value = account_named(value)  # 微信公众号“某某文明”: the account
        first = value.split()[0] if value else None
        if first and not names_no_outlet(first) and spam_score(first) < 1 and not meta.source:
            meta.source, meta.relayed = first, label in RELAY_LABELS
        return max(0, len(value) - 30)
    if label in TAG_LABELS:
        return 0
    if label in REVIEW_LABELS:  # understood when the value is names
        rest = re.sub(r"[\s、,，/|｜]", "", value)
        for name in parse_names(value):
            rest = rest.replace(name, "", 1)
        return len(rest)
    if label in ISSUER_LABELS:  # a body, not a person credited for the text: understood, not an author
        return max(0, len(value) - 30)
    if label in INDEX_LABELS:
        meta.index = True
        return max(0, len(value) - 60)
    if label in UNIT_CREDITS and ORG_WORD.search(value.strip(" 　|｜" + BRACKETS)):
        return 0  # 供稿：某某街道新时代文明实践所: a unit credited for the text or the material, no author
    names = parse_names(value)
    if glued:  # "记者张三": a name only when it reads as one ("记者节到了" is not)
        names = [n for n in names if looks_like_name(n)]
        if not names:
            return 99 if value.strip(" 　|｜") else 0  # (a role word after the name, 某某 文, says nothing more)
    (meta.editors if label in EDITOR_LABELS else meta.authors).extend(names)
    # (a body the person works for, set before the name, is understood too: 阳朔县新时代文明实践中心 韦丽娜)
    value = " ".join(t for t in value.split() if not (names and len(t) >= 3 and ORG_WORD.search(t.strip(BRACKETS))))
    rest = re.sub(r"[\s、,，;；/／╱|｜+＋\-—" + re.escape(BRACKETS) + "]", "", value)
    for word in (*names, *ROLE_WORDS, *SELF_SOURCES):
        rest = rest.replace(word, "", 1)
    rest = re.sub(r"^\S{0,8}?(?:记者|通讯员)", "", rest)
    return len(rest)


def split_dateline(paragraph: str) -> tuple[dict | None, str]:
    """("岳塘新闻网9月10日讯", its parts) and the paragraph without it; also a
    dateline of a place ("某县8月20日电") and a bracketed byline opening the text."""
    m = DATELINE.match(paragraph) or DATED_LINE.match(paragraph) or PLACE_LINE.match(paragraph) \
        or PLACE_BARE.match(paragraph)
    if m and len(paragraph) - m.end() >= 10:
        org = m.groupdict().get("org")
        by = m.groupdict().get("by")
        found = {"dateline": m["dateline"], "org": None if names_no_outlet(org) else org, "month_day": m["md"],
                 "authors": _bracket_names(by) if by else []}
        rest = paragraph[m.end():].lstrip()
        bare = None if by else BARE_BYLINE.match(rest)
        if bare and len(rest) - bare.end() >= 10:
            names = read_meta_line(bare["by"].strip()).authors
            if names and all(looks_like_name(n) for n in names):
                found["authors"], rest = names, rest[bare.end():].lstrip()
        return found, rest
    m = OPENING_BYLINE.match(paragraph)
    if m and len(paragraph) - m.end() >= 10:
        names = _bracket_names(m["by"])
        if names:
            return {"dateline": None, "org": None, "month_day": None, "authors": names}, paragraph[m.end():].lstrip()
    return None, paragraph


def _bracket_names(bracket: str) -> list[str]:
    inner = bracket[1:-1]
    meta = read_meta_line(inner)
    return meta.authors or parse_names(inner)


def split_trailing_byline(paragraph: str) -> tuple[list[str], str]:
    """Authors of "(苏报驻昆山记者 朱新国 占长孙)" or of a bare "(张三)" ending a
    paragraph, and the rest."""
    m = TRAILING_BYLINE.search(paragraph)
    if not m:
        m = TRAILING_NAMES.search(paragraph)
        names = parse_names(m["names"]) if m else []
        if not names or not all(looks_like_name(n) for n in names):
            return [], paragraph
        return names, paragraph[: m.start()].rstrip()
    # every role's names: "(报道员 骆峰 通讯员 韦一帆)"
    parts = re.split(rf"\S{{0,8}}?(?:{BYLINE_ROLES})[:：/／\s]*|[文图]\s*[/／]\s*", m["who"])[1:]
    names = [n for part in parts for n in parse_names(part)]
    if not names:
        return [], paragraph
    writer = writer_before_outlet(m["who"])
    return ([writer] if writer else []) + names, paragraph[: m.start()].rstrip()


# An outlet's reporter: what stands before the role in a credit (绵阳日报社融媒体记者).
OUTLET_REPORTER = re.compile(r"(?:日报|晚报|报社|融媒|电视台|新闻网)[^()（）]{0,12}?记者")


def writer_before_outlet(credit: str) -> str | None:
    """The text's writer a closing credit names before the photographer's outlet, glued to it
    ((钟莉绵阳日报社融媒体记者 陈冬冬 摄)): a name, by jieba's tags, right before a place's or an
    outlet's name."""
    m = OUTLET_REPORTER.search(credit)
    if not m:
        return None
    words = _tagged(credit[:m.end()].strip("(（ "))
    if len(words) > 1 and words[0].flag.startswith("nr") and 2 <= len(words[0].word) <= 3 \
            and words[1].flag in ("ns", "nt", "nz") and looks_like_name(words[0].word):
        return words[0].word
    return None


def split_trailing_source(paragraph: str) -> tuple[str | None, str]:
    """The outlet of a closing "(来源：某某日报)", and the paragraph without it."""
    m = TRAILING_SOURCE.search(paragraph)
    source = m and (m["source"] or m["paper"]).strip()
    if not m or names_no_outlet(source):
        return None, paragraph
    return source, paragraph[: m.start()].rstrip()


@lru_cache(maxsize=4096)
def _tagged(word: str) -> tuple:
    """jieba's words of `word` with their part-of-speech tags (loaded on first use); kept per word,
    as a crawl meets the same names and labels on page after page."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    return tuple(pseg.lcut(word))


def is_place_name(word: str) -> bool:
    """A place's name by jieba's part-of-speech tag (临沂, 兰山区), one word."""
    words = _tagged(word)
    return len(words) == 1 and words[0].flag == "ns"


def looks_like_name(word: str) -> bool:
    """A person's name by jieba's part-of-speech tags: it starts with a surname
    or is tagged a name (张三, 肖俊峰), not a word (完, 待续, 附件)."""
    words = _tagged(word)
    if not words or word.endswith(("完", "续")):
        return False
    if words[0].flag.startswith("nr"):
        return len(words) <= 2
    # a common surname before a given name jieba reads as words (马|海燕): a name, unless the whole
    # is one word of another kind (高校, 陈述) or the rest holds a verb or a function word
    return is_name(word) and len(words) > 1 and not any(w.flag[:1] in "vdpcumqrf" for w in words[1:])
