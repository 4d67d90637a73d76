"""HTML pages to article records.

parse_html(data, url, headers, fetch) decodes the bytes (parsers.decode),
locates the article (outlet profile, CMS family, generic extractor), reads
metadata from markup, turns the article into Lines with hints, and hands
them to the shared cleaning stages.  A page that cannot be read gives an
error record with the reason, never an exception.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from parsers.decode import Decoded, charset_from_headers, decode_page, input_fault, note_decoding, unreadable_reason
from parsers.html import byline, cascade, density, fields, pages
from parsers.html import meta as M
from parsers.html.generic import teasers
from parsers.html.locate import Located, locate, prepare
from parsers.html.tree import (Segment, clean_tree, join_label_cells, join_table_rows, join_wrapped_lines,
                               parse_tree, read_segments)
from parsers.lines import Line, cut_note, within_text_cap
from parsers.textmeta import read_meta_line
from parsers.record import Article, error_record

from parsers import boilerplate, chinese
from parsers.assemble import assemble

PARSER = "html"
LINKY = 0.6
PAGER = re.compile(r"^共\s*\d+\s*页|[上下]一页|^\s*(?:\d+\s+){2,}\d*\s*$")
WIDGET = re.compile(r"^[^A-Za-z\u3400-\u9fff]{1,6}$")  # no word at all: a counter or a like button ("+1")
BOX_HEADER = 10  # characters of a link box's header line
LEAD_MIN = 60  # characters of prose under the headline kept as a possible lead
TAIL = 5  # segments after the article read for bylines and dates
NEAR = 6  # segments above the article read for a name-prefixed headline


@dataclass
class Page:
    """One page read: its tree, family, <meta>, <title>, segments, the
    article's place among them, and what decoding lost."""

    root: object
    family: object
    meta: dict
    tag_title: str
    segs: list[Segment]
    loc: Located
    decoded: Decoded         # what reading the bytes lost
    cut_off: str | None      # how the markup shows the page was cut off
    unread: str | None       # the note of text left unread past parsers.lines.TEXT_MAX
    canonical: str | None


def _read(data: bytes, url: str | None, headers: dict | None) -> Page | str:
    """The page read, or why it cannot be."""
    got = decode_page(data, charset_from_headers(headers))
    if unreadable := unreadable_reason(data, got.text):
        return unreadable
    text = got.text
    root = parse_tree(text)
    if root is None:
        return "empty page: no markup or text in it"
    meta = M.meta_values(root)
    tag_title = M.title_tag(root)
    canonical = _canonical(root, url)  # in <head>, which cleaning drops
    family = prepare(root, url)
    clean_tree(root)
    segs, stopped = read_segments(root)  # the whole tree: broken pages leave text after </body>
    segs, unread = within_text_cap(segs, lambda seg: seg.text, lambda: len(root.text_content()), stopped)
    segs = join_label_cells(join_wrapped_lines(segs))
    loc = locate(root, segs, url, family)
    segs, loc = _rows_read(segs, loc)
    return Page(root, family, meta, tag_title, segs, loc, got, cut_off(text, data, headers), unread, canonical)


def _rows_read(segs: list[Segment], loc: Located) -> tuple[list[Segment], Located]:
    """The article's data tables read row by row, once it is found."""
    if loc.end >= loc.start:
        body = join_table_rows(segs[loc.start:loc.end + 1])
        segs = segs[:loc.start] + body + segs[loc.end + 1:]
        loc.end = loc.start + len(body) - 1
    return segs, loc


CLOSING = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
OPEN_TAG_AT_END = re.compile(r"<[/!a-zA-Z][^<>]*$")  # "<div cla", "</bod": not "a < b"


def cut_off(text: str, data: bytes, headers: dict | None) -> str | None:
    """How the page shows it was cut off in transfer, or None: fewer bytes
    than the server announced, markup that stops inside a tag, or a page that
    opens <html> or <body> and never closes either."""
    length = next((v for k, v in (headers or {}).items() if str(k).lower() == "content-length"), None)
    if isinstance(length, (list, tuple)):
        length = length[0] if length else None
    if isinstance(length, bytes):
        length = length.decode("latin-1")
    if str(length or "").strip().isdigit() and int(length) > len(data):
        return f"truncated: {len(data):,} of the {int(length):,} bytes the server announced arrived"
    if OPEN_TAG_AT_END.search(text[-2000:]):
        return "truncated: the page ends inside a tag"
    if re.search(r"<(?:html|body)\b", text[:HEAD_SCAN], re.IGNORECASE) and not CLOSING.search(text):
        return "truncated: the page ends before </body> and </html>"
    return None


HEAD_SCAN = 100_000  # characters where <html> or <body> must open for a missing close to count


def zone_line(seg: Segment) -> Line:
    """A line between the headline and the lead: metadata, a subtitle, or chrome."""
    if read_meta_line(seg.text):
        return Line(seg.text, "meta")
    if seg.tag in ("h2", "h3", "h4") and seg.link_ratio < LINKY:
        return Line(seg.text, "subtitle")
    if len(seg.text) >= LEAD_MIN and len(PROSE.findall(seg.text)) >= 2 and seg.link_ratio < LINKY:
        return Line(seg.text, None)  # prose above the located text: a lead the cleaning stages judge
    return Line(seg.text, "chrome")


def body_lines(segs: list[Segment], loc: Located) -> list[Line]:
    """The article's segments as Lines.  Link lists, pagers and the short
    header of a link box set inside the article ("推荐阅读") are chrome;
    plain text blocks carry no hint, so the cleaning stages judge them by
    their text, as they judge a text dump."""
    chosen = segs[loc.start:loc.end + 1]
    listed = teasers(chosen)
    chrome = [(s.link_ratio > LINKY and len(s.text) < 80) or bool(PAGER.search(s.text)) or bool(WIDGET.match(s.text))
              or i in listed for i, s in enumerate(chosen)]
    lines_of_verse = density.verse(chosen) if loc.layer == "density" else set()
    out = []
    for i, seg in enumerate(chosen):
        box_header = len(seg.text) <= BOX_HEADER and all(chrome[i + 1:i + 3]) and i + 2 < len(chosen)
        if chrome[i] or box_header:
            out.append(Line(seg.text, "chrome"))
        elif i in lines_of_verse:
            out.append(Line(seg.text, "paragraph"))  # a poem the second method found
        elif seg.hint != "paragraph" and read_meta_line(seg.text):
            out.append(Line(seg.text, None))  # (责编：…) set beside a picture is still metadata
        else:
            out.append(Line(seg.text, _paragraph_hint(seg)))
    return out


PROSE = re.compile(r"[，。！？；、：,.!?;:]")


def _paragraph_hint(seg: Segment) -> str | None:
    """Markup's hint for a block.  A text block is marked a paragraph only
    when it is prose (long, several clauses) that the shared chrome and
    metadata rules leave alone; otherwise it goes without a hint and those
    rules judge it by its text, as they judge a text dump."""
    if seg.hint == "heading" and _ends_article(seg.text):
        return None  # a heading "网友评论" over readers' comments: the cleaning stages end the article there
    if seg.hint != "paragraph":
        return seg.hint
    text = seg.text
    prose = len(text) >= 30 and len(PROSE.findall(text)) >= 2
    # the chrome rules are written in Simplified script, as the cleaning stages read the text
    probe = chinese.to_simplified(boilerplate.collapse(text)) if prose else text
    if prose and not boilerplate.chrome_rule(probe) and not read_meta_line(text):
        return "paragraph"
    return None


def _ends_article(text: str) -> bool:
    probe = chinese.to_simplified(boilerplate.collapse(text))
    return boilerplate.chrome_rule(probe) in boilerplate.ENDS_ARTICLE


def parse_html(data: bytes, url: str | None = None, headers: dict | None = None, fetch=None,
               input: str | None = None) -> Article:
    """The article of one page; fetch(url) -> bytes | None, when given, reads
    the later pages of a multi-page article."""
    name = input or url or "?"
    try:
        return _parse(data, url, headers, fetch, name)
    except RecursionError:
        return error_record(name, "page nested too deeply to read; save it with a browser and retry", PARSER)


def _parse(data: bytes, url, headers, fetch, name: str) -> Article:
    if not data or not data.strip():
        return error_record(name, "empty page: the file has no bytes; fetch it again", PARSER)
    if fault := input_fault(data):
        return error_record(name, fault, PARSER)
    got = _read(data, url, headers)
    if isinstance(got, str):
        return error_record(name, got, PARSER)
    art = cascade.choose(got, lambda loc: _article(got, loc, url, fetch, name))
    if art is None:
        return error_record(name, "no article text found: every line of the page was navigation, "
                                  "boilerplate or a list of links; check that the URL is an article page", PARSER)
    _note_damage(art, got)
    art.site = (urlsplit(url).hostname if url else None) or None
    art.canonical_url = got.canonical
    return art


def _article(got: Page, loc: Located, url, fetch, name: str) -> Article | None:
    """The record read with the article at loc; None when no line of it is text."""
    root, family, meta, tag_title, segs = got.root, got.family, got.meta, got.tag_title, got.segs
    title, title_i = fields.choose_title(root, segs, loc, meta, tag_title, family)
    title, title_lines = fields.whole_headline(segs, title, title_i, tag_title)
    title_i = title_lines[-1] if title_lines else title_i
    near = segs[max(0, loc.start - NEAR):loc.start + 3]  # a byline may open the located text
    prefixed = byline.name_prefixed_headline([s.text for s in near])
    if prefixed and title == prefixed[0]:
        title = prefixed[1]  # the line taken for the headline was its author's name
    zone = fields.header_zone(segs, loc, title_i)
    body = segs[loc.start:loc.end + 1]
    zone_ids = {id(s) for s in zone} | {id(segs[k]) for k in title_lines[:-1]}
    site = (urlsplit(url).hostname if url else None) or None
    tail = segs[loc.end + 1:loc.end + 1 + TAIL]
    date, date_from = fields.published(root, meta, family, zone, body, url, title_i, segs, tail)
    document_date = fields.document_date(zone, body, tail)
    if date is None and document_date:  # a document that states no publication date of its own
        date, date_from = document_date, "document"
    known = {"title": title, "published": date, "published_from": date_from, "document_date": document_date,
             "forum": fields.forum_counts(root, family),
             **fields.people(root, meta, family, zone, body, tail, M.first(meta, ("SiteName",)) or site,
                             segs[max(0, title_i - 2):title_i] if title_i is not None else [],
                             tag_title, title, [prefixed[0]] if prefixed else [])}
    lines = ([Line(title, "title")] if title else []) + [zone_line(s) for s in zone]
    same_as_title = _squash(title or "")
    lines += [ln for s, ln in zip(body, body_lines(segs, loc))
              if id(s) not in zone_ids and _squash(s.text) != same_as_title]
    if fetch is not None and url:
        lines += pages.follow(url, root, fetch, _later_page)
    art = assemble(lines, known=known, input=name, url=url, parser=PARSER)
    art.editors = byline.persons(art.editors)  # "责任编辑：系统管理员" names no one
    if not known["authors"]:
        art.authors = byline.persons(art.authors)
    return art if art.blocks else None


def _note_damage(art: Article, got: Page) -> None:
    """Damage found reading the page, on the record: never silent."""
    note_decoding(art, got.decoded)
    if got.cut_off:
        art.damage.append(got.cut_off)
        art.flags.truncated = True
    cuts = [cut_note(s.cut, s.cut_more) for s in got.segs if s.cut] + ([got.unread] if got.unread else [])
    art.damage += cuts
    art.flags.oversized |= bool(cuts)


def _later_page(data: bytes, url: str):
    got = _read(data, url, None)
    if isinstance(got, str):
        return None, []
    return got.root, body_lines(got.segs, got.loc)


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text)


def _canonical(root, url: str | None) -> str | None:
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            from urllib.parse import urljoin

            return urljoin(url or "", link.get("href").strip())
    return None
