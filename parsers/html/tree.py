"""Markup to segments: the page's text in reading order, one segment per
block, each with what the markup says about it (link text, bold, images,
chrome class names, the block element).  Segments become Lines for the
cleaning stages once the article is located.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from parsers.html import selectors as S
from parsers.lines import block_overflows, capped, over_cap
from parsers.textmeta import read_meta_line

SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
CHROME = re.compile(rf"(?:^|[\s_\-\d])(?:{S.CHROME_WORDS})(?:$|[\s_\-\d])", re.IGNORECASE)
HIDDEN = re.compile(S.HIDDEN_STYLE, re.IGNORECASE)
INLINE_HIDDEN_MAX = 300  # hidden blocks with more text are kept (tabs shown by script)


@dataclass
class Segment:
    text: str
    tag: str                 # the block element's tag
    el: object               # the block element
    links: int = 0           # characters inside <a>
    bold: int = 0            # characters inside <strong>/<b>
    img: bool = False        # an image in the same block, before the text
    chrome: object = None    # the nav/aside/footer or chrome-class element it lies in
    hint: str | None = None  # "heading" | "caption" | "paragraph"
    cut: int = 0             # the block's length before it was cut to parsers.lines.BLOCK_MAX
    cut_more: bool = False   # ... at least: the rest of it was not read (the page's size cap)
    at_br: bool = False      # the line ends at a <br>, and the same block goes on after it

    @property
    def link_ratio(self) -> float:
        return self.links / len(self.text) if self.text else 0.0


def parse_tree(text: str):
    """An lxml tree from decoded markup; None when there is no markup at all.

    Text nodes of any size are read (huge_tree).  Markup nested deeper than
    MAX_DEPTH (libxml2 stops at 2,048 levels, the walk below at about 900)
    is read again flattened (see flatten): chains of bare wrappers lose their
    tags first, other elements only if that is not enough; text is never lost."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        return None
    root = _parse(text)
    for spared in SPARED:  # wrappers' tags go first; headings and paragraphs keep theirs longest
        if root is None or not _deeper_than(root, MAX_DEPTH):
            break
        root = _parse(flatten(text, spared))
    if root is None:
        return None
    _adopt_stray_roots(root)
    return root


MAX_DEPTH = 400  # levels of elements read as nested; a deeper page is flattened ...
FLAT_DEPTH = 200  # ... to this many levels of the elements it opens


def _parse(text: str):
    try:
        return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        return None


def _deeper_than(root, levels: int) -> bool:
    """Whether any element lies more than `levels` below root (one XPath
    step per level, each over the elements of that level: linear).
    libxml2 stops at its own limit without a word: a tree cut there is deep too."""
    return bool(root.xpath("boolean(self::*" + "/*" * levels + ")"))


TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*?)(/?)>")
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
WRAPPERS = frozenset("div span font section article main center blockquote b i u em strong small big".split())
TEXT_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd figcaption pre".split())
# Elements kept however deep, pass by pass, by (tag, whether it has attributes):
# all but bare wrappers; text blocks and elements with a class or id; text blocks; none.
SPARED = (lambda name, named: named or name not in WRAPPERS,
          lambda name, named: named or name in TEXT_BLOCKS,
          lambda name, named: name in TEXT_BLOCKS,
          lambda name, named: False)


def flatten(text: str, spared=SPARED[-1]) -> str:
    """The markup with the tags of elements opened below FLAT_DEPTH kept
    elements dropped (their text stays, in the element above), but for
    those spared(name, has attributes): the chains of bare wrappers go, the
    article's container and its paragraphs stay.  One pass; a close tag
    closes everything opened after its element, as browsers do."""
    out, at, stack, count, kept = [], 0, [], {}, 0
    for m in TAG.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        if name in VOID or m.group(4):
            continue
        keep = True
        if not closing:
            keep = kept < FLAT_DEPTH or spared(name, "=" in m.group(3))
            kept += keep
            stack.append((name, keep))
            count[name] = count.get(name, 0) + 1
        elif count.get(name):
            while True:  # each element is pushed once and popped once: linear
                top, keep = stack.pop()
                count[top] -= 1
                kept -= keep
                if top == name:
                    break
        if not keep:
            out.append(text[at:m.start()])
            at = m.end()
    out.append(text[at:])
    return "".join(out)


def _adopt_stray_roots(root) -> None:
    """Pages that open a second <html> leave it beside the root, where a walk
    from the root never goes: move its content into the first body."""
    body = root.find("body")
    if body is None:
        return
    for stray in list(root.itersiblings()):
        if not isinstance(stray.tag, str):
            continue
        inner = stray.find("body")
        for child in list(inner if inner is not None else stray):
            if child.tag != "head":
                body.append(child)


def clean_tree(root) -> None:
    """Drop what is never article text: scripts, styles, forms' widgets,
    hidden jammer text.  Comments stay (some CMS mark the article with them)
    but are never read as text."""
    for el in list(root.iter(*S.DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for sel in S.JAMMER:
        for el in root.cssselect(sel):
            el.drop_tree()
    for el in list(root.xpath("//*[@style or @hidden]")):
        style = el.get("style") or ""
        if el.get("hidden") is not None or HIDDEN.search(style):
            if not _text_longer_than(el, INLINE_HIDDEN_MAX) and el.getparent() is not None:
                el.drop_tree()


def _text_longer_than(el, limit: int) -> bool:
    """Whether el holds more than limit characters of text; reads no further
    than that, so nested hidden blocks cost no more than the page."""
    n = 0
    for text in el.itertext():
        n += len(text)
        if n > limit:
            return True
    return False


class _Walker:
    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.buf: list[str] = []
        self.links = self.bold = 0
        self.img = False
        self.chars = self.held = 0  # characters in segments, in the block being read
        self.full = False  # past the size cap of parsers.lines: the rest of the tree (or block) is not walked
        self.more = False  # the block being read was left before its end

    def add(self, text: str | None, link: bool, bold: bool) -> None:
        if not text:
            return
        self.buf.append(text)
        self.held += len(text)
        self.full = self.full or block_overflows(self.held) or over_cap(self.chars + self.held, len(self.segments))
        n = len(text.strip())
        self.links += n if link else 0
        self.bold += n if bold else 0

    def flush(self, block, tag: str, chrome, at_br: bool = False) -> None:
        text, cut = capped(SPACES.sub(" ", "".join(self.buf)).strip())
        if text:
            cut = cut or (len(text) if self.more else 0)  # a block read only in part is cut too
            self.segments.append(Segment(text, tag, block, self.links, self.bold, self.img, chrome,
                                         cut=cut, cut_more=self.more, at_br=at_br))
            self.img = False
            self.chars += len(text)
            self.full = over_cap(self.chars, len(self.segments))  # a cut block lets the walk go on
        elif at_br and self.segments and self.segments[-1].el is block:
            self.segments[-1].at_br = False  # a blank line (<br><br>) ends a paragraph
        self.buf, self.links, self.bold, self.held, self.more = [], 0, 0, 0, False

    def walk(self, el, block, btag: str, chrome, link: bool, bold: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # comment or processing instruction: its tail is read by the parent
            return
        tag = tag.lower()
        if tag == "img":
            self.img = True
        if tag in S.BLOCK_TAGS:
            self.flush(block, btag, chrome, at_br=tag == "br")
            names = f"{el.get('class', '')} {el.get('id', '')}"
            if tag in S.CHROME_TAGS or CHROME.search(names):
                chrome = el
            if tag not in ("br", "hr"):
                block, btag = el, tag
        link = link or (tag == "a" and not _prose_link(el))
        bold = bold or tag in ("strong", "b")
        self.add(el.text, link, bold)
        for child in el:
            if self.full:  # past the cap: the block ends here (its flush below may let the walk go on)
                self.more = True
                break
            self.walk(child, block, btag, chrome, link, bold)
            self.add(child.tail, link, bold)
        if tag in S.BLOCK_TAGS:
            self.flush(block, btag, chrome)


def segments(node) -> list[Segment]:
    """The text under node, one segment per block, in reading order."""
    return read_segments(node)[0]


def read_segments(node) -> tuple[list[Segment], bool]:
    """segments(node), and whether the walk stopped at the size cap of
    parsers.lines before the end of the tree."""
    w = _Walker()
    w.walk(node, node, node.tag if isinstance(node.tag, str) else "div", None, False, False)
    w.flush(node, "div", None)
    for seg in w.segments:
        seg.hint = hint_for(seg)
    _unmark_wrappers(w.segments)
    return w.segments, w.full


CHROME_SHARE = 0.4  # a "chrome" element holding this share of the page's text is a wrapper


def _unmark_wrappers(segs: list[Segment]) -> None:
    """A page wrapped whole in <div id="top_wrap"> is not chrome."""
    total = sum(len(s.text) for s in segs) or 1
    held: dict[int, int] = {}
    for s in segs:
        if s.chrome is not None:
            held[id(s.chrome)] = held.get(id(s.chrome), 0) + len(s.text)
    for s in segs:
        if s.chrome is not None and held[id(s.chrome)] > CHROME_SHARE * total:
            s.chrome = None


def _prose_link(el) -> bool:
    """An <a> wrapping a whole paragraph of prose is not navigation."""
    text = el.text_content()
    return len(text) > PROSE_LINK and len(SENTENCE_END.findall(text)) >= 2


PROSE_LINK = 80
SENTENCE_END = re.compile(r"[。！？!?；;]")


def hint_for(seg: Segment) -> str:
    if seg.tag in S.HEADING_TAGS and len(seg.text) <= 80:
        return "heading"
    if seg.tag == "figcaption":
        return "caption"
    short = len(seg.text) <= 60 and not SENTENCE_END.search(seg.text[:-1])
    if short and seg.bold >= len(seg.text.replace(" ", "")) * 0.9:
        return "heading"
    if short and seg.img:
        return "caption"
    return "paragraph"


WRAP_END = re.compile(r"[。！？!?…」』”\"]$|[:：]$")
CLAUSE_END = re.compile(r"[，,；;、]$")
WRAP_MIN = 20       # characters of a line broken mid-sentence at a fixed width
WRAP_LINKY = 0.3
FIELD_START = re.compile(r"^\s*[\[【(（]?[\u4e00-\u9fa5 \u3000]{2,6}[\]】)）:：]")  # "[联系人] …", "地址：…"


def join_wrapped_lines(segs: list[Segment]) -> list[Segment]:
    """Lines of one block broken by <br> in the middle of a sentence read as
    one line, as a reader reads them: prose hard-wrapped at a fixed width
    (a long line that does not end a sentence) and verse or lists of clauses
    (a line ending in a comma or semicolon).  A line that ends a sentence,
    a label ending in a colon, or a metadata line ends the run."""
    out: list[Segment] = []
    for seg in segs:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, seg):
            prev.text = prev.text + seg.text if _cjk_edge(prev.text, seg.text) else f"{prev.text} {seg.text}"
            prev.links += seg.links
            prev.bold += seg.bold
            prev.at_br = seg.at_br
            prev.hint = hint_for(prev)
            continue
        out.append(seg)
    return out


def _continues(prev: Segment, seg: Segment) -> bool:
    if not prev.at_br or prev.el is not seg.el or prev.hint == "heading" or seg.hint == "heading":
        return False
    if prev.link_ratio > WRAP_LINKY or seg.link_ratio > WRAP_LINKY or WRAP_END.search(prev.text):
        return False
    if read_meta_line(prev.text) or read_meta_line(seg.text) or FIELD_START.match(seg.text) \
            or FIELD_START.match(prev.text):
        return False  # fields of a form or a contact box, one a line
    return len(prev.text) >= WRAP_MIN or bool(CLAUSE_END.search(prev.text))


def _cjk_edge(a: str, b: str) -> bool:
    return bool(re.match(r"[\u3000-\u9fff\uff00-\uffef]", a[-1:]) or re.match(r"[\u3000-\u9fff\uff00-\uffef]", b[:1]))


CELL_TAGS = ("td", "th", "dt", "dd")
LABEL_CELL = re.compile(r"^[\u4e00-\u9fa5 \u3000]{2,10}[:：]$")
VALUE_CELL_MAX = 80


def join_label_cells(segs: list[Segment]) -> list[Segment]:
    """A table of fields ("发文机关：" in one cell, its value in the next)
    read as "label：value" lines, the way a text page writes them, so that
    the metadata and chrome rules can read them."""
    out: list[Segment] = []
    skip = False
    for i, seg in enumerate(segs):
        if skip:
            skip = False
            continue
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        if (nxt is not None and seg.tag in CELL_TAGS and nxt.tag in CELL_TAGS and LABEL_CELL.match(seg.text)
                and not LABEL_CELL.match(nxt.text) and len(nxt.text) <= VALUE_CELL_MAX
                and not re.search(r"[。！？]", nxt.text)):  # a field's value, not a paragraph under a heading
            seg.text = re.sub(r"[ \u3000]+", "", seg.text) + nxt.text
            seg.links += nxt.links
            skip = True
        out.append(seg)
    return out


ROW_CELL_MAX = 60  # characters of a data cell; longer text is a layout cell holding prose


def join_table_rows(segs: list[Segment]) -> list[Segment]:
    """A row of a data table as one line ("01艺术学原理 刘梦溪 1、英语"),
    as a reader reads it: its cells are short, hold no links, and the row
    holds no other table.  Layout rows (a column of prose) stay apart."""
    out: list[Segment] = []
    i = 0
    while i < len(segs):
        row = _data_row(segs[i])
        j = i + 1
        while row is not None and j < len(segs) and _data_row(segs[j]) is row:
            j += 1
        group = segs[i:j]
        if j - i >= 2 and all(len(s.text) <= ROW_CELL_MAX and s.link_ratio < 0.5 for s in group):
            first = group[0]
            first.text = " ".join(s.text for s in group)
            first.links = sum(s.links for s in group)
            out.append(first)
        else:
            out.extend(group)
        i = j
    return out


def _data_row(seg: Segment):
    """The innermost <tr> of seg when it has several cells and no nested table."""
    tr = seg.el if seg.el.tag == "tr" else next(seg.el.iterancestors("tr"), None)
    if tr is None or len([c for c in tr if c.tag in ("td", "th")]) < 2:
        return None
    if next(tr.iter("table"), None) is not None:
        return None
    return tr
