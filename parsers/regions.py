"""Where the article stands among a page's lines: the lead, the end, the
photo captions, and in a whole page's text the densest run of prose.

Part of the cleaning stages of `parsers/assemble.py`; every line is an Item
there classified as content, metadata or chrome.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import boilerplate
from .textmeta import TRAILING_NAMES, TextMeta, split_dateline, split_trailing_byline

SENTENCE_END = re.compile(r"[。！？!?…；;”」』\"')）]$")
# Photo captions and credits: 图为…, ▲…, …摄, XX供图, 新华网发 (记者 某某 摄).
CAPTION = re.compile(
    r"^(?:图为|图片?[:：]|▲|△|↑|上图|下图|左图|右图)|(?:摄|供图|图片来源.{0,12}|图片均由.{1,20}提供)[)）]?$"
    r"|^[(（].{0,20}(?:摄|供图|提供)[)）]$|^\S{2,8}(?:网|社|报)发(?:\s*[(（][^()（）]{0,20}[)）])?$"
    r"|[(（]摄影?[:：\s]+[^()（）\s]{2,12}[)）]$"  # the credit before the name: …（摄影 某某）
)
# Where a photo stood: a file name or a CMS placeholder ("…_fororder_图片3").
IMAGE_PLACE = re.compile(boilerplate.CHROME["image file name"].pattern + r"|_fororder_|^\[?图片\d*\]?$", re.I)


@dataclass
class Item:
    kind: str               # "content", "meta", "chrome"
    text: str
    hint: str | None = None
    meta: TextMeta = field(default_factory=TextMeta)
    rule: str | None = None  # the chrome rule, for counting and tests
    spam_cut: bool = False   # spam keywords were cut from the end of this line


def introduces(text: str) -> bool:
    """A sentence that opens what follows (…发出如下倡议：, 据了解，主要内容包括：): prose, not a label."""
    return text.endswith((":", "：")) and re.search("[，。；]", text) is not None


def is_paragraph(item: Item) -> bool:
    if item.hint:
        return item.hint == "paragraph"
    text = item.text
    if split_dateline(text)[0]:
        return True
    if is_menu(text):
        return False
    return len(text) >= 60 or (len(text) >= 16 and bool(SENTENCE_END.search(text) or introduces(text))
                               and not text.endswith("——"))


# A post's floor: 11#, 第 3 楼, 12楼 on a line of its own; 11楼 or 楼主 # in its header (只看该作者 11楼 发表于…).
FLOOR_NUMBER = re.compile(r"^(?:第\s*)?(?P<n>\d{1,4})\s*[#楼]$|^(?:只看该作者|只看楼主)?\s*(?P<m>\d{1,4})\s*楼\s*(?:#|发表于)"
                          r"|^(?:电梯直达\s*)?(?P<first>楼主)(?:\s*#|$)")  # (楼主: the first post's floor)


def replies_only(items: list[Item]) -> bool:
    """A later page of a thread: the first post's floor shown is not the first
    (11#, 6#): the page holds replies, and no headline of its own."""
    for it in items:
        m = FLOOR_NUMBER.match(it.text)
        if m:
            return not m["first"] and int(m["n"] or m["m"]) > 1
    return False


def reply_span(items: list[Item]) -> tuple[int, int] | None:
    """The posts of a page of a thread's replies: from the first post's text to
    the last one's, the posters' names between them set apart as chrome (a short
    line with no sentence's stop next to a post's date or floor)."""
    floors = [i for i, it in enumerate(items) if FLOOR_NUMBER.match(it.text)]
    if not floors:
        return None
    shown = [i for i, it in enumerate(items) if it.rule != "blank"]
    for n, i in enumerate(shown):
        it = items[i]
        if it.kind != "content" or it.rule or len(it.text) > 20 or re.search(r"[，。！？,.!?：:；;“”]", it.text):
            continue
        near = [items[j] for j in shown[max(0, n - 1):n + 2] if j != i]
        if any(x.rule in boilerplate.FORUM_RULES or (x.kind == "meta" and x.meta.published) for x in near):
            it.kind, it.rule = "chrome", "forum poster"
    start = next((j for j in range(floors[0], len(items)) if items[j].kind == "content" and not items[j].rule), None)
    if start is None:
        return None
    end, signature = start + 1, False
    for j in range(start, len(items)):
        it = items[j]
        if it.rule == "lone mark":  # ------ over a post's signature (志愿路上，你我同行): the poster's, not the post
            signature = True
            continue
        if it.kind == "chrome" and it.rule not in boilerplate.FORUM_RULES + ("forum poster", "blank"):
            break
        if signature and it.kind == "content" and not it.rule:
            it.kind, it.rule, signature = "chrome", "forum signature", False
        elif it.kind == "content" and not it.rule:
            end = j + 1
    return start, end


def find_body(items: list[Item], page_text: bool = False, replies: bool = False) -> tuple[int, int]:
    """Index of the lead paragraph and of the first trailer line; in a whole
    page's text, within its densest run of prose. On a page of a thread's
    replies (`replies`: replies_only), the text is the replies, not the first of them."""
    span = reply_span(items) if replies else None
    if span is not None:
        return span
    start = next((i for i, it in enumerate(items) if it.kind == "content" and not it.rule and is_paragraph(it)),
                 None)
    if start is None:
        return no_paragraph_body(items) if page_text else (len(items), len(items))
    start = dateline_lead(items, below_meta(items, start))
    prose_end = len(items)
    if page_text:
        start, prose_end = prose_span(items, start)
    start = salutation(items, start)
    end = prose_end
    for i in range(start + 1, prose_end):
        it = items[i]
        if it.rule == "related links header" and prose_follows(items[i + 1:]):
            continue  # a box of links set inside the article, which goes on below it
        next_one = it.rule == "navigation link" and NEXT_ONE.match(it.text)  # 下一篇, then the next story's head
        if it.rule in boilerplate.ENDS_ARTICLE or it.rule == "forum post header" or next_one or (
                it.meta.editors and not it.meta.authors):
            end = i if not page_text else last_prose(items, start, i)
            break
    if page_text:
        end = min(end, next_post(items, start))
    return start, tail_start(items, start, end)


NEXT_ONE = re.compile(r"^(?:上一|下一)[篇则条]")


def next_post(items: list[Item], start: int) -> int:
    """Where the next post of a thread or comment list begins: the posts' stamp
    (a date line with the poster's name or the site's words, one shape
    repeated: 〓 某某论坛 发布时间 2005/03/16 01:08:28 by 某某 〓) seen twice or
    more below the text's start; the text is the first post, above the first
    stamp below its start (the stamp under a post, or over the next one)."""
    shapes: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        if it.kind == "meta" and it.meta.published:
            shape = re.sub(r"\d+", "0", it.text)
            shape = shape[:shape.rfind("0") + 1]
            if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", shape)) >= 2:  # more than a bare date
                shapes.setdefault(shape, []).append(i)
    below = [[i for i in lines if i > start] for lines in shapes.values()]
    return min((lines[0] for lines in below if len(lines) >= 2), default=len(items))


def last_prose(items: list[Item], start: int, end: int) -> int:
    """Where the text is over when a line of the site's (相关链接, 分享到) closes it:
    after its last paragraph and its closing run (closing_run, as prose_span
    reads a text's end); the ads and widgets standing between that and the
    closing line are the site's."""
    last = next((i for i in range(end - 1, start - 1, -1) if items[i].kind == "content" and not items[i].rule
                 and prose_weight(items[i]) > 0), None)
    if last is None:
        return end
    k = closing_run(items, last + 1, end, lists=True)
    dropped = sum(1 for it in items[k:end] if it.kind == "content")
    return k if dropped >= 3 else end  # (a stray short line or two may still be the writer's)


# The addressee of a letter, notice or call (各街道党工委、办事处，区直各单位： / 全县广大团员青年、青年志愿者： /
# 各位居民朋友们：): the line that opens its text.
SALUTATION = re.compile(r"^(?:[^。！？：:]{2,40}[、，][^。！？：:]{2,40}|[^。！？：:]{2,30}们)[：:]$")


def salutation(items: list[Item], start: int) -> int:
    """The lead moved up to the salutation set right above it."""
    above = next((i for i in range(start - 1, -1, -1) if items[i].rule != "blank"), None)
    if above is not None and items[above].kind == "content" and SALUTATION.match(items[above].text):
        return above
    return start


def no_paragraph_body(items: list[Item]) -> tuple[int, int]:
    """A page with no paragraph-like line (short lines, a long caption): the
    text is what follows its date/来源 line, or starts at its longest line
    when it has none; a page with no sentence at all has no text."""
    content = [i for i, it in enumerate(items) if it.kind == "content" and not it.rule]
    if not any(re.search("[，。！？]", items[i].text) for i in content):
        return len(items), len(items)  # links and labels only: no article here
    anchors = [i for i, it in enumerate(items) if it.meta.source or it.meta.published]
    after = [i for i in content if anchors and i > anchors[0]]
    start = after[0] if after else max(content, key=lambda i: len(items[i].text))
    return start, len(items)


def is_menu(text: str) -> bool:
    """A menu's links set apart by bars (关于我们 | About us | 联系我们 | …), no sentence among them."""
    return len(re.findall("[|｜│]", text)) >= 2 and not re.search("[，。！？；]", text)


RUN_TOGETHER_MAX = 80  # a longer unpunctuated block (a cut giant block, damage) costs no more than this


def prose_weight(it: Item, after: Item | None = None) -> float:
    """How much a line reads as the article's prose: its length for a sentence
    with commas, or for one that opens the numbered list after it (…入选：/ 1. …);
    a cost for menu lines, link lists and furniture."""
    text = it.text
    if it.kind == "meta" or it.rule == "blank":
        return 0.0
    if it.kind == "chrome":
        return -4.0
    if is_menu(text):
        return -len(text) / 2
    opens_list = after is not None and introduces(text) and boilerplate.NUMBERED_ITEM.match(after.text)
    if (SENTENCE_END.search(text) or opens_list) and re.search("[，,；;]", text) or split_dateline(text)[0]:
        return float(len(text))
    if len(text) >= 40 and not re.search("[，,。；;]", text):
        return -min(len(text), RUN_TOGETHER_MAX) / 2  # headlines of a link list run together

    return -6.0 if len(text) < 40 else len(text) / 4


# A text's own section heading, numbered in Chinese (一、助老助残类, 二、“最佳志愿服务项目”（5个）).
SECTION = re.compile(r"^(?P<n>[一二三四五六七八九十])、[^。！？]{1,40}$")
_NUMERALS = "一二三四五六七八九十"


def sections(items: list[Item], start: int) -> set[int]:
    """The lines of the text's numbered sections: each heading of a run numbered in order
    (一、 then 二、) and the short lines under it, up to the next prose or the site's lines:
    the text's own lists (a publicity list's names, an award list's items), not a site's links."""
    heads = [(i, m["n"]) for i in range(start, len(items))
             if items[i].kind == "content" and (m := SECTION.match(items[i].text))]
    ordered = {i for (i, n), (_, m) in zip(heads, heads[1:]) if _NUMERALS.find(m) == _NUMERALS.find(n) + 1}
    ordered |= {j for (i, n), (j, m) in zip(heads, heads[1:]) if i in ordered}
    out: set[int] = set()
    for i in sorted(ordered):
        out.add(i)
        for j in range(i + 1, len(items)):
            it = items[j]
            if it.rule == "blank":
                continue
            if it.kind != "content" or j in ordered or len(it.text) >= 40 or re.search(r"[。！？!?…；;]$", it.text):
                break
            out.add(j)
    return out


def prose_span(items: list[Item], start: int) -> tuple[int, int]:
    """The densest run of prose (the largest sum of prose_weight over a run of
    lines, found in one pass): where the lead of a whole page's text starts,
    past menus and link lists, and where the text is over (a few short
    lines after its last long sentence still belong to it: a closing
    sentence, a signature and date, a caption)."""
    best, best_start, best_end, run, run_start = 0.0, start, len(items), 0.0, start
    last = max((i for i, it in enumerate(items) if it.kind == "content"), default=-1)
    weights: dict[int, float] = {}
    slide = False  # the line before was a gallery's slide counter (2/5): this one is the slide's caption, the text
    listed = sections(items, start)  # the text's numbered sections and their lists: no cost
    for i in range(start, len(items)):
        if run <= 0:
            run, run_start = 0.0, i
        it = items[i]
        cut_off = i == last and (len(it.text) >= 40 and re.search("[，,；;]", it.text)
                                 or len(it.text) >= 10 and weights.get(i - 1, 0.0) > 0)  # prose cut off
        after = next((x for x in items[i + 1:i + 3] if x.rule != "blank"), None)
        counter = it.rule == "gallery controls" and boilerplate.SLIDE_COUNTER.match(it.text) is not None
        weights[i] = (0.0 if counter else len(it.text) if cut_off or (slide and it.kind == "content")
                      else prose_weight(it, after))  # (cut off: where the page ends)
        if i in listed:
            weights[i] = max(weights[i], 0.0)
        if it.rule != "blank":
            slide = counter
        run += weights[i]
        if run > best:
            best, best_start, best_end = run, run_start, i + 1
    best_start = header_inside(items, best_start, best_end, weights)
    first = next((j for j in range(best_start, len(items)) if items[j].kind == "content" and not items[j].rule
                  and is_paragraph(items[j])), start)
    end = closing_run(items, best_end, len(items))
    return max(start, first), max(end, max(start, first) + 1)


def closing_run(items: list[Item], k: int, end: int, lists: bool = False) -> int:
    """Past the lines that may still close a text after its last paragraph: a
    few short closing lines (a sentence, a signature and date, a caption), a
    list that a sentence of the text opens (据悉，…分别是： / ◆… ◆…) and, with
    `lists`, any list set under it (★ items, and the line over them that
    names the list: only where a line of the site marks the text's end, for
    bulleted lines after a text are as often its site's links)."""
    item = lambda it: it.kind == "content" and bool(  # noqa: E731
        boilerplate.LIST_MARK.match(it.text) or boilerplate.NUMBERED_ITEM.match(it.text))
    listed = lambda it: lists and item(it)  # noqa: E731
    following: dict[int, Item | None] = {}  # the next line that is not blank, for each line: one pass back
    nxt = None
    for j in range(min(end, k + 64) - 1, k - 1, -1):  # (a text's closing lines are few: a bounded look)
        following[j] = nxt
        if items[j].rule != "blank":
            nxt = items[j]
    short, announced = 0, False  # announced: a sentence of the text opened the list below (…分别是：)
    while k < end and short < 3:
        it = items[k]
        after = following.get(k)
        if listed(it) or (announced and item(it)):
            pass  # a list under the text
        elif it.kind == "content" and after is not None and item(after) and (
                introduces(it.text) or (lists and len(it.text) <= 30)):
            announced = announced or introduces(it.text)  # the line that names the list, or opens it
        elif it.kind == "content" and not it.rule and len(it.text) < 60 and closing_line(it.text):
            short += 1
        elif not (it.rule == "blank" or it.kind == "meta"):
            break
        k += 1
    return k


def header_inside(items: list[Item], start: int, end: int, weights: dict[int, float]) -> int:
    """A portal's teasers can make one long run with the article below them:
    the article's own header inside the run (its breadcrumb, its date or 来源
    line) starts the text, when most of the run's prose comes after it."""
    total = sum(w for i, w in weights.items() if start <= i < end and w > 0)
    after, best = 0.0, start
    for i in range(end - 1, start, -1):
        after += max(weights.get(i, 0.0), 0.0)
        it = items[i]
        anchor = it.rule == "breadcrumb" or it.meta.published or it.meta.source
        if anchor and after >= 0.5 * total:
            return i
    return best


SIGNATURE = re.compile(r"(?:办事处|委员会|办公室|办|政府|中心|局|委|部|社区|协会|联合会|街道)$")


SIGNED_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")  # the date under a signature, on its own line
# the signers and the date on one line (某某县文明办 某某县志愿服务联合会 2024年4月28日)
SIGNED_LINE = re.compile(rf"(?P<by>\S.{{1,40}}?)\s+{SIGNED_DATE.pattern}")


def dated_signature(text: str) -> bool:
    """The date under a signature, alone or after the signers on its line."""
    text = text.strip()
    m = SIGNED_LINE.fullmatch(text)
    return bool(SIGNED_DATE.fullmatch(text) or m and SIGNATURE.search(m["by"]))


def signs(text: str) -> bool:
    """A line of a letter's or notice's signature: its signer (某某委员会), its date, or both."""
    return bool(SIGNATURE.search(text.strip())) or dated_signature(text)


def closing_line(text: str) -> bool:
    """A short line that may close an article: a sentence, a caption, a
    signature (某某街道办事处) or its date, a closing byline in brackets (【某某】)."""
    return bool(SENTENCE_END.search(text) or CAPTION.search(text) or signs(text)
                or TRAILING_NAMES.fullmatch(text) and bool(split_trailing_byline(text)[0]))


def below_meta(items: list[Item], start: int, look: int = 6) -> int:
    """A line set just above the date/来源 line is the headline, not the lead:
    the lead is then the first paragraph below that line."""
    if re.search("[。！？]", items[start].text[:-1]) or len(items[start].text) > 80:
        return start  # sentences, not a headline
    for i in range(start + 1, min(len(items), start + look)):
        it = items[i]
        if it.kind == "content" and is_paragraph(it):
            return start
        if it.meta.source or it.meta.published:
            return next((j for j in range(i + 1, len(items)) if items[j].kind == "content" and not items[j].rule
                         and is_paragraph(items[j])), start)
    return start


def dateline_lead(items: list[Item], start: int, look: int = 3) -> int:
    """The lead moved down to a dateline paragraph ("某某网讯 …") when only short
    lines (photo captions set above the text) stand before it."""
    seen = 0
    for i in range(start, len(items)):
        it = items[i]
        if it.kind != "content" or it.hint not in (None, "paragraph"):
            continue
        if split_dateline(it.text)[0]:
            return i if i > start else start
        seen += 1
        if seen >= look or len(it.text) >= 60:
            return start
    return start


def mark_captions(items: list[Item]) -> None:
    """Photo captions told by where they stand: the short one-clause line under a
    picture's file name or placeholder, and a short sentence the page shows twice (a
    caption shown again under the text: the repeat is dropped).  A short line
    shown three times or more is the site's, not the article's."""
    counts: dict[str, int] = {}
    for it in items:
        if it.kind == "content":
            counts[it.text] = counts.get(it.text, 0) + 1
    seen: set[str] = set()
    shown_in = caption_repeats(items)
    for n, it in enumerate(items):
        if it.rule == "image file name" or (it.kind == "content" and IMAGE_PLACE.search(it.text)):
            it.kind, it.rule = "chrome", "image place"
            nxt = next((x for x in items[n + 1:] if x.rule != "blank"), None)
            if nxt and nxt.kind == "content" and len(nxt.text) <= 60 and not nxt.hint and not re.search("[,，;；]", nxt.text):
                nxt.hint = "caption"
        elif it.kind != "content":
            continue
        elif len(it.text) < 80 and not it.hint and counts[it.text] >= 3:
            it.kind, it.rule = "chrome", "repeated line"
        elif it.text in shown_in and not it.hint:  # a caption shown again, with its place cut off
            it.kind, it.rule = "chrome", "repeated line"
            items[shown_in[it.text]].hint = "caption"
        elif len(it.text) < 80 and not it.hint and counts[it.text] == 2 and SENTENCE_END.search(it.text):
            if it.text in seen:
                it.kind, it.rule = "chrome", "repeated line"
            else:
                it.hint = "caption"
            seen.add(it.text)


def caption_repeats(items: list[Item], short: int = 80, least: int = 8) -> dict[str, int]:
    """Short sentences that end another short line ("志愿者在发放资料。" under
    "在某小区，志愿者在发放资料。"): text -> index of the longer line."""
    ends: dict[str, int] = {}
    for n, it in enumerate(items):
        if it.kind == "content" and len(it.text) < short and SENTENCE_END.search(it.text):
            for i in range(1, len(it.text) - least + 1):
                ends.setdefault(it.text[i:], n)
    return {it.text: ends[it.text] for it in items
            if it.kind == "content" and it.text in ends and items[ends[it.text]] is not it}


def tail_start(items: list[Item], start: int, end: int) -> int:
    """The body's end moved above a closing run of chrome that holds lines
    which are chrome only there (the outlet's contact fields)."""
    k = end
    while k - 1 > start and (items[k - 1].kind == "chrome" or items[k - 1].rule in boilerplate.TAIL_ONLY):
        k -= 1
    return k if any(items[j].rule in boilerplate.TAIL_ONLY for j in range(k, end)) else end


def prose_follows(items: list[Item], look: int = 6) -> bool:
    """Whether one of the next few content lines is a long paragraph of prose:
    related headlines are short lines, the article's paragraphs are not."""
    content = [it for it in items if it.kind == "content"][:look]
    return any(len(it.text) >= 60 and SENTENCE_END.search(it.text) and it.text.count("，") >= 2 for it in content)
