"""The generic extractor: where the article is on a page nobody profiled.

Every segment gets a score: long text with sentence punctuation and few
links is article-like (positive), link lists and chrome are not (negative),
short lines in between (subheadings, dates, captions) cost a little so the
article can bridge them.  The article is the contiguous run of segments
with the highest total (a maximum-sum subarray), then widened to the
smallest element that holds that run's text, so short lines at its edges
that belong to the same container are kept.
"""
from __future__ import annotations

import re

from parsers.html.tree import Segment

PUNCT = re.compile(r"[，。！？；：、,.!?;:“”「」（）]")
CJK = re.compile(r"[\u3400-\u9fff]")
LONG = 12          # characters from which a segment counts as text
LINKY = 0.5        # link ratio above which a segment is navigation
CHROME_COST = 5.0  # taken from a text segment inside nav/footer/sidebar markup
MIN_ARTICLE = 30.0  # total score below which a page holds no article


LIST_REPEATS = 3   # a skeleton with a date, time or count seen this often is a list item
NUMBERS = re.compile(r"\d+")
NOT_SKELETON = re.compile(r"[^0\-:/【】\[\]()（）]+")
NUMBER_PAIR = re.compile(r"0[-:/]0")


def skeleton(text: str) -> str:
    """Numbers and the marks between them, the rest as X: items of one list
    (title, name, date or time, counts) share it; paragraphs do not."""
    return NOT_SKELETON.sub("X", NUMBERS.sub("0", text))


def list_items(segs: list[Segment]) -> set[int]:
    """Indexes of segments that are items of a repeated list with dates,
    times or counts (reply lists, headline lists with dates)."""
    shapes = [skeleton(s.text) if len(s.text) <= 120 else "" for s in segs]
    counts: dict[str, int] = {}
    for sh in shapes:
        if NUMBER_PAIR.search(sh):
            counts[sh] = counts.get(sh, 0) + 1
    return {i for i, sh in enumerate(shapes) if counts.get(sh, 0) >= LIST_REPEATS} | teasers(segs)


TEASER_LINK_MAX = 40     # characters of a teaser's linked headline
TEASER_SUMMARY_MAX = 150  # characters of its summary
TEASER_PAIRS = 2         # linked headlines each followed by a summary, in a row


def teasers(segs: list[Segment]) -> set[int]:
    """Indexes of teasers: a linked headline followed by a short summary,
    repeated (a sidebar or a box of "related" stories set under the
    article).  Their summaries read like prose, but they are a list."""
    def headline(s: Segment) -> bool:
        return s.link_ratio >= 0.8 and 4 <= len(s.text) <= TEASER_LINK_MAX

    def summary(s: Segment) -> bool:
        return s.link_ratio < 0.5 and len(s.text) <= TEASER_SUMMARY_MAX

    found: set[int] = set()
    i = 0
    while i + 1 < len(segs):
        j = i
        while j + 1 < len(segs) and headline(segs[j]) and summary(segs[j + 1]):
            j += 2
        if (j - i) // 2 >= TEASER_PAIRS:
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


CODE = re.compile(r"[{};=<>]|function|var |\$\(")


def looks_like_code(text: str) -> bool:
    """Style sheets or scripts left as text (a self-closed <style/>)."""
    return len(CODE.findall(text)) >= 3 and len(CJK.findall(text)) < 0.2 * len(text)


def score(seg: Segment, listed: bool = False) -> float:
    n = len(seg.text)
    punct = len(PUNCT.findall(seg.text))
    if seg.link_ratio > LINKY or listed or looks_like_code(seg.text):
        return -max(2.0, 0.5 * n)
    own = n - seg.links
    if own >= LONG and punct:
        value = own * (1 - seg.link_ratio) + 2 * punct
    elif own >= LONG:
        value = 0.2 * own if CJK.search(seg.text) else -1.0
    else:
        value = -1.5
    if seg.chrome is not None:
        value = value * 0.3 - CHROME_COST if value > 0 else value * 2
    return value


SCORER = "rules"  # or "learned": block weights from parsers/html/model/blocks.json


def block_scores(segs: list[Segment], listed: set[int]) -> list[float]:
    """Each segment's score: by the rules above, or by the learned block
    weights (a probability of being article text, scaled by the length)."""
    if SCORER == "learned":
        from parsers.html import blocks

        probs = blocks.probabilities(segs, listed)
        if probs is not None:
            return [(2 * p - 1) * max(len(s.text), 2) for s, p in zip(segs, probs)]
    return [score(s, i in listed) for i, s in enumerate(segs)]


def best_run(scores: list[float]) -> tuple[int, int]:
    """(start, end) inclusive of the maximum-sum run; (0, -1) when all are negative."""
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def locate(segs: list[Segment]) -> tuple[int, int]:
    """Indexes (start, end) of the article's segments in segs."""
    start, end, _ = locate_run(segs)
    return start, end


def locate_run(segs: list[Segment]) -> tuple[int, int, tuple[int, int]]:
    """(start, end) of the article and the run of text it was chosen from
    (a whole list of entries when the article is its first entry)."""
    if not segs:
        return 0, -1, (0, -1)
    listed = list_items(segs)
    scores = block_scores(segs, listed)
    start, end = best_run(scores)
    run = (start, end)
    if end >= start and (cut := first_entry(segs, start, end)) < end:
        # a list of entries: the first is the article
        scores = [sc if start <= i <= cut else min(sc, 0) - OUTSIDE for i, sc in enumerate(scores)]
    node = main_node(segs, scores)
    first = len(segs)
    if node is not None:
        first = _first_inside(segs, node)
        node = widen(node, segs, scores, listed)
        inside = {id(el) for el in node.iter()}
        scores = [sc if id(seg.el) in inside else min(sc, 0) - OUTSIDE for seg, sc in zip(segs, scores)]
    start, end = best_run(scores)
    if sum(scores[start:end + 1]) < MIN_ARTICLE:
        return 0, -1, run
    while start < min(first, end) and _header_line(segs[start]):
        start += 1  # the headline and bylines a wider element took in are the header, not the body
    end = attached_table(segs, start, end)
    return start, end, (min(start, run[0]), max(end, run[1]))


ATTACHED = re.compile(r"^(?:(?:附|附件|附表)\s*\d*\s*[:：]|参考文献\s*[:：]?\s*$)")


def attached_table(segs: list[Segment], start: int, end: int) -> int:
    """End of the article widened over a table it announces under its last
    line ("附：招生专业及考试科目", "附件1：志愿者名单", "参考文献"): the table's cells are
    short, so they score as chrome, but they are the article's data.  The
    table is the innermost one after the header that holds none of the
    article's text, and only its cells without links are taken."""
    k = end + 1
    if k + 1 >= len(segs) or not ATTACHED.match(segs[k].text) or segs[k].link_ratio > LINKY:
        return end
    table = next((el for el in segs[k + 1].el.iterancestors("table")), None)
    if segs[k + 1].el.tag == "table":
        table = segs[k + 1].el
    if table is None:
        return end
    inside = {id(el) for el in table.iter()}
    if any(id(s.el) in inside for s in segs[start:end + 1]):
        return end  # a layout table that holds the article too
    j = k + 1
    while j < len(segs) and id(segs[j].el) in inside and segs[j].link_ratio <= LINKY:
        j += 1
    return j - 1 if j > k + 1 else end


OUTSIDE = 5.0  # cost of a segment outside the main node


def main_node(segs: list[Segment], scores: list[float]):
    """The element holding most of the article-like text: each positive
    segment credits its block's parent fully and the grandparent by half."""
    credit: dict[int, float] = {}
    nodes: dict[int, object] = {}
    for seg, sc in zip(segs, scores):
        if sc <= 0:
            continue
        parent = seg.el.getparent() if seg.tag in ("p", "br", "h1", "h2", "h3", "h4", "li") else seg.el
        for weight, el in ((1.0, parent), (0.5, parent.getparent() if parent is not None else None)):
            if el is None:
                continue
            credit[id(el)] = credit.get(id(el), 0.0) + weight * sc
            nodes[id(el)] = el
    if not credit:
        return None
    return nodes[max(credit, key=credit.get)]


PROSE_MIN = 30      # characters of a block that is a paragraph of prose


def is_prose(seg: Segment) -> bool:
    """A paragraph: long enough, several clauses, few links."""
    return len(seg.text) >= PROSE_MIN and len(PUNCT.findall(seg.text)) >= 2 and seg.link_ratio <= 0.2


WIDEN_UP = 4        # levels the article's element may grow by
WIDEN_COST = 2.0    # prose gained must outweigh this many times the navigation taken along


def widen(node, segs: list[Segment], scores: list[float], listed: set[int]):
    """The article's element grown to its parent while what the parent adds
    is prose: a body split over several blocks (a lead block, then the text;
    chapters; one table row per paragraph).  Growth stops at the first level
    that would add more navigation than prose, text in chrome markup (a
    comment box), or items of a repeated list (comments, teasers, replies).
    Links in chrome markup (an advertisement slot between chapters) only cost."""
    inside = {id(el) for el in node.iter()}
    for _ in range(WIDEN_UP):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        wider = {id(el) for el in parent.iter()}
        added = [i for i, seg in enumerate(segs) if id(seg.el) in wider and id(seg.el) not in inside]
        gain = sum(scores[i] for i in added if scores[i] > 0 and is_prose(segs[i]))
        cost = -sum(scores[i] for i in added if scores[i] < 0)
        boxed = any(segs[i].chrome is not None and segs[i].link_ratio <= LINKY for i in added)  # a comment box
        if boxed or any(i in listed for i in added) or gain < WIDEN_COST * cost \
                or (added and gain <= 0) or _text_above_headline(segs, added, inside):
            break
        node, inside = parent, wider
    return node


SENTENCE_END = re.compile(r"[。！？!?…]$")
HEADER_MAX = 80  # characters of a byline or date line


def _header_line(seg: Segment) -> bool:
    """A headline, byline or date line: short, no full stop at its end."""
    return not SENTENCE_END.search(seg.text) and (not is_prose(seg) or len(seg.text) <= HEADER_MAX)


def _first_inside(segs: list[Segment], node) -> int:
    inside = {id(el) for el in node.iter()}
    return next((i for i, seg in enumerate(segs) if id(seg.el) in inside), len(segs))


def _text_above_headline(segs: list[Segment], added: list[int], inside: set[int]) -> bool:
    """Whether the parent adds prose above the article that is cut off from
    it by lines that are not prose (a headline, a date line, a link): text
    above the headline, such as an outlet's promotions."""
    first = next((i for i, seg in enumerate(segs) if id(seg.el) in inside), None)
    before = [i for i in added if first is not None and i < first]
    gap = False
    for i in reversed(before):
        if is_prose(segs[i]):
            if gap:
                return True
        elif segs[i].hint != "caption":
            gap = True
    return False


DATE_SHAPE = re.compile(r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
SEPARATOR_MAX = 30   # characters; a line repeated between entries is short
ENTRY_MIN = 80       # characters of text before a separator makes an entry


def _shape(seg: Segment) -> str | None:
    """What a separator between entries looks like, or None if seg is not one:
    short, repeated, and either a link, a date line or nearly no words."""
    text = seg.text
    if len(text) > SEPARATOR_MAX:
        return None
    rule = len(text) >= 3 and not re.search(r"\w", text) and not PUNCT.search(text)
    if FLOOR.match(text):
        return FLOOR.match(text).group(0).translate(DIGITS_TO_0)  # "2楼 某某": the next reply
    if seg.link_ratio > LINKY or DATE_SHAPE.search(text) or rule:
        return re.sub(r"\d+", "0", text)
    return None


# The number of a reply in a thread: "2楼", "#3", "5F", "第6楼".
FLOOR = re.compile(r"^\s*(?:第\s*\d{1,5}\s*[楼樓]|\d{1,5}\s*(?:楼|樓|#|＃|F)|[#＃]\s*\d{1,5})(?=\s|$|[:：])")
DIGITS_TO_0 = str.maketrans("0123456789", "0000000000")


def first_entry(segs: list[Segment], start: int, end: int) -> int:
    """End of the first entry when the run is a list of entries (blog
    archives, forum threads) split by a repeated separator line."""
    shapes = [_shape(s) for s in segs[start:end + 1]]
    counts: dict[str, int] = {}
    for sh in shapes:
        if sh:
            counts[sh] = counts.get(sh, 0) + 1
    if not any(sh and counts[sh] >= 2 and (DATE_SHAPE.search(sh) or FLOOR.match(sh)) for sh in shapes) and \
            sum(1 for s in segs[start:end + 1] if len(s.text) <= SEPARATOR_MAX and DATE_SHAPE.search(s.text)) < 2:
        return end  # entries carry their dates; chapters split by a repeated link do not
    text = 0
    for i, sh in enumerate(shapes):
        seg = segs[start + i]
        if sh and counts[sh] >= 2 and text >= ENTRY_MIN:
            return start + i - 1
        if score(seg) > 0:
            text += len(seg.text)
    return end
