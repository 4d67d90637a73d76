"""The second method of the cascade: the page's densest text region.

It knows nothing of class names, lists or CMS families: every block of
prose (its own characters outside links, with sentence punctuation)
credits the elements above it, a few levels up; link text costs.  The
region is the element with the most prose net of links.  It is the yard-
stick the main extraction is measured against (an article much shorter
than the densest region is doubtful) and the article when the main
extraction finds none or a doubtful one.

Each segment walks at most UP ancestors, so the cost stays linear in the
page's size however deep its markup is nested.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers import boilerplate, chinese
from parsers.html.tree import Segment

PUNCT = re.compile(r"[，。！？；：、,.!?;:“”「」（）]")
SENTENCE = re.compile(r"[。！？!?；;]")
CJK = re.compile(r"[\u3400-\u9fff]")
UP = 8              # ancestors a segment credits
PROSE_MIN = 10      # own characters from which a block counts as prose
LINK_COST = 1.5     # a character of link text against a character of prose
LINKY = 0.5         # link ratio above which a block is navigation


@dataclass
class Region:
    node: object        # the element holding the region; None when the page has no prose
    prose: int          # characters of prose in it
    links: int          # characters of link text in it


def prose_chars(seg: Segment) -> int:
    """Characters of a block that read as prose: its own text outside links,
    when the block is not navigation and carries punctuation or is long.
    Blocks the markup marks as page furniture (footer, comments, sidebar)
    and the outlet's notices that the chrome rules name count for nothing."""
    own = len(seg.text) - seg.links
    if own < PROSE_MIN or seg.link_ratio > LINKY or seg.chrome is not None or not CJK.search(seg.text):
        return 0
    if not (PUNCT.search(seg.text) or own >= 3 * PROSE_MIN):
        return 0
    if boilerplate.chrome_rule(chinese.to_simplified(boilerplate.collapse(seg.text))):
        return 0
    return own


VERSE_LINES = 4     # lines of one block, broken by <br>, that make a poem or a lyric
VERSE_LINE_MAX = 40  # characters of a line of verse
VERSE_MIN = 40      # characters of a poem


def verse(segs: list[Segment]) -> set[int]:
    """Indexes of lines of verse: four or more short lines of one block
    broken by <br>, in words, not links nor fields.  They carry no
    punctuation, so they never read as prose, yet they are the text."""
    from parsers.html.tree import FIELD_START

    found: set[int] = set()
    i = 0
    while i < len(segs):
        j = i + 1
        while j < len(segs) and segs[j].el is segs[i].el:
            j += 1
        run = range(i, j)
        lines_ok = all(segs[k].link_ratio < 0.3 and CJK.search(segs[k].text) and len(segs[k].text) <= VERSE_LINE_MAX
                       and not FIELD_START.match(segs[k].text) for k in run)
        if j - i >= VERSE_LINES and lines_ok and sum(len(segs[k].text) for k in run) >= VERSE_MIN:
            found.update(run)
        i = j
    return found


def region(segs: list[Segment]) -> Region:
    """The element with the most prose net of link text."""
    from parsers.html.generic import teasers

    listed = teasers(segs)  # a linked headline and its summary, repeated, is no article's prose
    lines = verse(segs)
    credit: dict[int, list] = {}
    for i, seg in enumerate(segs):
        prose = 0 if i in listed else len(seg.text) if i in lines else prose_chars(seg)
        el = seg.el
        for _ in range(UP):
            if el is None or not isinstance(el.tag, str):
                break
            c = credit.setdefault(id(el), [0, 0, el])
            c[0] += prose
            c[1] += seg.links
            el = el.getparent()
    if not credit:
        return Region(None, 0, 0)
    best = max(credit.values(), key=lambda c: c[0] - LINK_COST * c[1])
    if best[0] <= 0:
        return Region(None, 0, 0)
    return Region(best[2], best[0], best[1])


def span(segs: list[Segment], node) -> tuple[int, int]:
    """Indexes of the first and last segment inside node, trimmed of the
    navigation at its edges."""
    inside = {id(el) for el in node.iter()}
    hits = [i for i, s in enumerate(segs) if id(s.el) in inside]
    if not hits:
        return 0, -1
    start, end = hits[0], hits[-1]
    while start < end and not prose_chars(segs[start]) and segs[start].link_ratio > LINKY:
        start += 1
    while end > start and not prose_chars(segs[end]) and segs[end].link_ratio > LINKY:
        end -= 1
    return start, end
