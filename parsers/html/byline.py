"""Bylines in the lines around a headline: authors apart from editors, and
来源.  Only the header zone (between the headline and the first paragraph)
and the edges of the article are read; the cleaning stages read the rest.

A name must start with a common Chinese surname, so that running text after
a label (记者致电上海…) is not taken for a name."""
from __future__ import annotations

import re

from ..names import NOT_NAMES, SURNAMES_ONE, SURNAMES_TWO, is_name  # noqa: F401 (read from here too)

NAME = r"[\u4e00-\u9fa5·]{2,4}"
NAMES = rf"{NAME}(?:(?:\s*[、，,\s]\s*){NAME})*"
EDITOR_LABEL = r"(?:责任编辑|责编|编辑|审核|初审|复审|终审|校对|监制|值班编辑|网络编辑)"
AUTHOR_LABEL = (r"(?:本报记者|全媒体记者|融媒体记者|见习记者|特约记者|实习生|记者|作者|撰稿|撰文|通讯员|"
                r"摄影|文/图|图/文|发布者|发表者|发帖人|楼主|署名)")
AUTHOR = re.compile(rf"(?<!编辑)(?:{AUTHOR_LABEL}\s*([:：/]?)|(?<![\u4e00-\u9fa5])文\s*([:：/]))\s*({NAMES})")
HANDLE = re.compile(r"(?:作者|发帖人|楼主|发表者|Posted by)\s*[:：]\s*([A-Za-z][\w.\-]{1,30})(?![\w.\-]|\s*=)"
                    r"|\d{1,2}:\d{2}(?::\d{2})?\s+by\s+([A-Za-z][\w.\-]{1,30}|[\u4e00-\u9fa5]{2,8})(?![\w.\-])")
POSTED = re.compile(r"(?:^|\s)([A-Za-z][\w.\-]{1,30}|[\u4e00-\u9fa5]{2,8})\s+(?:发表于|发表时间|posted)")
EDITOR = re.compile(rf"{EDITOR_LABEL}\s*[:：]\s*({NAMES})(?![\u4e00-\u9fa5])")
SOURCE = re.compile(r"(?:来源|稿源|出处|来自)\s*[:：]\s*\[?\s*([^\s|｜/【】\[\]()（）]{2,30})")
CREDIT = re.compile(rf"({NAME})\s*/\s*(?:文|摄|图)")
BRACKETED = re.compile(rf"[\[【（(]\s*(?:记者\s*)?({NAMES})\s*[\]】）)]")
NAME_LINE = re.compile(rf"^\s*({NAMES})\s*$")
NAME_SPLIT = re.compile(r"[、，,\s]+")
FUNCTION_CHARS = re.compile(r"[的了在是和与及从对为把被就都也还又这那我你他她它们日月年时]")


# A person's name never ends in a morpheme that makes a word for a name,
# a text, a version, a group, an office or a member of staff (佚名, 简介,
# 修订版, 报道组, 宣传部, 管理员): such a "byline" names no one.
NOT_NAME_END = re.compile(r"[名介版稿组部办处科室队团社站网台员刊委会局厅院所]$")
CJK_NAME = re.compile(r"[\u4e00-\u9fa5]{2,4}")
FOREIGN_NAME = re.compile(r"[\u4e00-\u9fa5]{1,8}(?:[·•][\u4e00-\u9fa5]{1,8}){1,3}")
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.\-' ]{1,40}")


def is_person(text: str) -> bool:
    """Whether a byline's value can be a person: two to four Chinese
    characters (a foreign name with ·, a name in Latin letters) that do not
    end in a morpheme of names, texts, groups, offices or staff."""
    name = re.sub(r"\s+", "", text) if not text.isascii() else text.strip()
    if not name or name in NOT_NAMES or NOT_NAME_END.search(name):
        return False
    return bool(CJK_NAME.fullmatch(name) or FOREIGN_NAME.fullmatch(name) or LATIN_NAME.fullmatch(name))


def persons(names: list[str]) -> list[str]:
    """The names that can be persons, their role labels ("记者傅勇涛") taken off."""
    found = [re.sub(rf"^{AUTHOR_LABEL}\s*", "", n.strip()) for n in names]
    return [n for n in found if is_person(n)]


def tail_name(text: str) -> str | None:
    """The name that ends text ('者马俊峰' -> '马俊峰')."""
    for k in (3, 2, 4):
        if len(text) >= k and is_name(text[-k:]):
            return text[-k:]
    return None


def _names(found: str, labelled: bool = False) -> list[str]:
    """Names in a byline value.  After a label with a colon or slash
    (作者：, 文/) any 2-4 characters that are not words of running text
    count, pen names included; otherwise a name needs a common surname."""
    out = []
    first = True
    for n in NAME_SPLIT.split(found.strip()):
        if re.fullmatch(AUTHOR_LABEL, n):  # "记者 甲 通讯员 乙": the next label
            first = True
            continue
        n = re.sub(r"(?:报道|摄影|摄|供图|编辑|通讯员|记者)$", "", n)
        pen_name = labelled and first and 2 <= len(n) <= 4 and n not in NOT_NAMES \
            and not FUNCTION_CHARS.search(n)
        if is_name(n) or pen_name:
            out.append(n)
        elif not first:
            break  # the byline ended; what follows is page text
        first = False
    return out


def _add(found: list[str], names: list[str]) -> None:
    found += [n for n in names if n not in found]


def authors_in(text: str, zone: bool = False) -> list[str]:
    """Names after author labels, 'NAME/摄' credits, forum handles; in the
    header zone also a line that is only names, and '[ NAME ]'."""
    found: list[str] = []
    for m in AUTHOR.finditer(text):
        _add(found, _names(m.group(3), labelled=bool(m.group(1) or m.group(2))))
    for m in CREDIT.finditer(text):
        _add(found, [n for n in [tail_name(m.group(1))] if n])
    for pattern in (HANDLE, POSTED):
        for m in pattern.finditer(text):
            name = next(g for g in m.groups() if g)
            if name.isascii() or is_name(name):
                _add(found, [name])
    if zone and not found:
        for line in text.splitlines():
            m = NAME_LINE.match(line) or BRACKETED.search(line)
            if m:
                _add(found, _names(m.group(1)))
    return found


POST_TIME = re.compile(r"(?:发表于|发表时间|发帖时间|发布于|\d+\s*(?:楼|樓|#|＃|F)\s*)\s*[:：]?\s*(?:19|20)\d{2}[-/.年]")
HANDLE_TEXT = re.compile(r"^[\w\u4e00-\u9fa5·.\-]{2,20}$")
POSTER_LOOK = 4  # lines above a post's time searched for its poster


def poster(segs) -> list[str]:
    """The user who wrote a forum post: the linked user name that opens a
    line of the post's header, a few lines above its post time
    ("1# 发表于 2008-3-2 10:26", "1楼 2020-08-17 19:02")."""
    for k, seg in enumerate(segs):
        if not POST_TIME.search(seg.text):
            continue
        for above in reversed(segs[max(0, k - POSTER_LOOK):k]):
            for link in above.el.iter("a"):
                text = re.sub(r"\s+", "", link.text_content())
                if text and text in above.text and above.text.startswith(text) and HANDLE_TEXT.match(text) \
                        and text not in NOT_NAMES and not FUNCTION_WORD.search(text):
                    return [text]
        return []
    return []


# Words of navigation and site furniture that a user name never is.
FUNCTION_WORD = re.compile(r"首页|论坛|社区|登录|注册|搜索|返回|帮助|设置|消息|个人空间|我的|更多")


def closing_authors(text: str) -> list[str]:
    """'（袁源）' or '（记者 张倩）' closing the article's last paragraph."""
    m = re.search(rf"[（(]\s*(?:[\u4e00-\u9fa5]{{0,6}}记者\s*)?({NAMES})\s*[)）]\s*$", text)
    return _names(m.group(1)) if m else []


def editors_in(text: str) -> list[str]:
    found: list[str] = []
    for m in EDITOR.finditer(text):
        _add(found, persons(_names(m.group(1), labelled=True)))
    return found


def source_in(text: str) -> str | None:
    m = SOURCE.search(text)
    if not m:
        return None
    value = re.split(r"(?:作者|记者|发布|时间|编辑|日期|浏览|点击|\d{4}[-年])", m.group(1))[0]
    return value.strip(" :：") or None


# Words set before a colon at the head of a headline that are kickers, not names.
KICKERS = {"通知", "公告", "通告", "声明", "提示", "提醒", "注意", "重要", "特别", "最新", "独家", "快讯", "专题",
           "评论", "时评", "社论", "观点", "图文", "视频", "直播", "问答", "访谈", "专访", "聚焦", "关注", "热点",
           "导读", "头条", "要闻", "速览", "解读", "权威发布", "新闻", "本期", "今日", "附件"}
NAME_PREFIXED = re.compile(r"^(?P<name>[^\s:：，。！？,.!?\d]{2,6})\s*[:：]\s*(?P<headline>[^。！？]{4,60})$")


def name_prefixed_headline(texts: list[str]) -> tuple[str, str] | None:
    """(author, headline) of a commentary headline written "某某：标题" when
    the name also stands alone on a line near it, as a byline does."""
    alone = {t.strip() for t in texts}
    for t in texts:
        m = NAME_PREFIXED.match(t.strip())
        if m and m["name"] in alone and m["name"] not in NOT_NAMES | KICKERS and not FUNCTION_CHARS.search(m["name"]):
            return m["name"], m["headline"].strip()
    return None
