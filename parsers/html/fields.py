"""Choosing the record's fields from markup and from the lines around the
headline: title, published date (and where it came from), authors,
editors, source, subtitle."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from parsers.html import byline, dates, meta as M
from parsers.html import selectors as S
from parsers.html.locate import Located, select
from parsers.html.tree import Segment
from parsers.textmeta import FORUM_COUNTS, read_meta_line

LOOK_BACK = 40     # segments before the article searched for its headline
_NORM = re.compile(r"[\s\W_]+")


def _norm(text: str) -> str:
    return _NORM.sub("", text).lower()


def title_candidates(segs: list[Segment], loc: Located) -> list[int]:
    lo, hi = max(0, loc.start - LOOK_BACK), min(len(segs), loc.start + 3)
    picks = [i for i in range(lo, hi) if 4 <= len(segs[i].text) <= 120 and segs[i].link_ratio < 0.5]
    picks += [i for i in range(0, loc.end + 1) if segs[i].tag == "h1" and i not in picks]
    return picks


def choose_title(root, segs: list[Segment], loc: Located, meta: dict, tag_title: str,
                 family) -> tuple[str | None, int | None]:
    """(headline, index of its segment or None): the family's title, the
    ArticleTitle meta, the line near the article that shares most with the
    <title>, og:title, the nearest heading, then the <title> minus its
    site's name; never spam."""
    choices: list[str | None] = []  # best first
    if family is not None and family.title:
        el = select(root, family.title)
        if el is not None:
            choices.append(el.get("content") if el.tag == "meta" else el.text_content())
    choices.append(M.first(meta, ("ArticleTitle",)))
    if not SITE_NAME.search(tag_title or ""):  # else the line repeating <title> is the site's logo
        choices.append(_matching_title_line(segs, loc, tag_title))
    social = M.first(meta, S.META_TITLE[1:])
    if social and (social == M.first(meta, S.META_SITE) or SITE_NAME.search(social)):
        social = None  # og:title holding the site's name
    choices.append(social)
    choices.append(nearest_heading(segs, loc))
    choices += M.title_parts(tag_title)[:1]
    for value in choices:
        value = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", value or "")).strip()
        if len(value) >= 2 and not M.is_spam_title(value):
            return value, _index_of(segs, loc, value)
    return None, None


def whole_headline(segs: list[Segment], title: str | None, title_i: int | None,
                   tag_title: str) -> tuple[str | None, list[int]]:
    """A headline set over several lines of one block (<br> between them),
    joined while the joined text is still part of the <title>; the headline
    and the indexes of its lines."""
    if title is None or title_i is None:
        return title, [] if title_i is None else [title_i]
    norm_title, lines = _norm(tag_title), [title_i]
    def fits(ids):  # noqa: E306
        return _norm("".join(segs[k].text for k in ids)) in norm_title
    while lines[0] > 0 and _same_block_line(segs[lines[0] - 1], segs[lines[0]]) and fits([lines[0] - 1] + lines):
        lines.insert(0, lines[0] - 1)
    while lines[-1] + 1 < len(segs) and _same_block_line(segs[lines[-1]], segs[lines[-1] + 1]) \
            and fits(lines + [lines[-1] + 1]):
        lines.append(lines[-1] + 1)
    if len(lines) == 1:
        return title, lines
    return "".join(segs[k].text for k in lines), lines


def _same_block_line(first: Segment, second: Segment) -> bool:
    return first.at_br and first.el is second.el


# A <title> that names only the site ("某某新闻网", "公共电视台 新闻网"), no headline.
SITE_NAME = re.compile(r"^(?=.{2,14}$)[^_|｜\-—:：，,“”\"《》!！?？]{1,12}?(?:网|網|网站|網站|资讯网|資訊網|电视台|電視台|广播电台|廣播電台|频道|頻道|报|報)$")


def _matching_title_line(segs: list[Segment], loc: Located, tag_title: str) -> str | None:
    """The line near the article that shares the longest run of characters
    with the <title> (most of the line, at least four characters): the
    <title> repeats the headline, plus the site's name, minus a time stamp."""
    norm_title = _norm(tag_title)
    found = []
    for i in title_candidates(segs, loc):
        n = _norm(segs[i].text)
        if len(n) < 4 or not norm_title:
            continue
        m = SequenceMatcher(None, n, norm_title, autojunk=False).find_longest_match(0, len(n), 0, len(norm_title))
        if m.size >= 4 and m.size >= 0.6 * len(n):
            found.append((m.size * 10 - abs(loc.start - i), i))
    return segs[max(found)[1]].text if found else None


HEADLINE_MAX = 50  # characters of a line taken for a headline without other evidence


def nearest_heading(segs: list[Segment], loc: Located) -> str | None:
    """With no <title> to match: the h1-h3 nearest the article's start, or
    the short plain line right above it."""
    picks = title_candidates(segs, loc)
    heads = [i for i in picks if segs[i].tag in ("h1", "h2", "h3") and len(segs[i].text) <= 80]
    if heads:
        return segs[min(heads, key=lambda i: abs(loc.start - i))].text
    for seg in reversed(segs[max(0, loc.start - 3):loc.start]):
        if len(seg.text) <= HEADLINE_MAX and seg.links == 0 and not NOT_HEADLINE.search(seg.text):
            return seg.text
    return None


# Sentences, labels ("一、培养目标："), breadcrumbs and dates are not headlines.
NOT_HEADLINE = re.compile(r"[。！？；：:]\W*$|^(?:[一二三四五六七八九十]+|\d+)[、.．]|[>»]|^\W*\d{4}[-/年.]")


def _index_of(segs: list[Segment], loc: Located, value: str) -> int | None:
    target = _norm(value)
    for i in title_candidates(segs, loc):
        if _norm(segs[i].text) == target:
            return i
    return None


def header_zone(segs: list[Segment], loc: Located, title_i: int | None) -> list[Segment]:
    """Segments between the headline and the article's first paragraph."""
    if title_i is None:
        return segs[max(0, loc.start - 4):loc.start]
    if title_i < loc.start:
        zone = segs[title_i + 1:loc.start]
        for seg in segs[loc.start:loc.end + 1]:  # a subtitle or byline that opens the located text
            header = seg.tag in ("h2", "h3", "h4") or read_meta_line(seg.text) \
                or (len(seg.text) <= 80 and dates.find_date(seg.text) and not SENTENCES.search(seg.text))
            if not header:
                break
            zone.append(seg)
        return zone
    zone = []
    for seg in segs[title_i + 1:loc.end + 1]:
        if seg.hint == "paragraph" and (len(seg.text) > 60 or SENTENCES.search(seg.text)):
            break
        zone.append(seg)
    return zone


# Two clauses or more ending in a full stop: a paragraph, however short.
SENTENCES = re.compile(r"^.{8,}[，,；;].{4,}[。！？!?]$")


def published(root, meta: dict, family, zone: list[Segment], body: list[Segment],
              url: str | None, title_i: int | None, segs: list[Segment], tail: list[Segment]) -> tuple[str | None, str | None]:
    """(ISO date, where it came from): the page's own publication time, from
    forum markup, a labelled date under the headline, <meta>, any date under the headline, dates at the
    article's edges, the URL, a dateline with a year known from the URL."""
    if family is not None:
        for sel in family.date:
            el = select(root, (sel,))
            if el is None:
                continue
            value = M.discuz_post_date(el) if family.forum else dates.find_date(el.get("content") or el.text_content())
            if value:
                return value, "forum" if family.forum else "meta"
    zone_text = " ".join(s.text for s in zone)
    under = _date_lines(segs[title_i + 1:title_i + 6]) if title_i is not None else ""
    above = _date_lines(segs[max(0, title_i - 2):title_i]) if title_i is not None else ""
    edges = _date_lines(body[:5] + body[-5:] + tail)
    steps = ((dates.labelled_date, zone_text, "line"), (None, None, "meta"),
             (dates.find_date, zone_text + " " + under, "line"), (dates.find_date, above, "line"),
             (dates.labelled_date, edges, "line"), (dates.find_date, edges, "line"))
    found = [(v, origin) for fn, text, origin in steps
             if (v := M.published_in_meta(meta) if fn is None else fn(text))]
    if found:
        value, origin = found[0]
        # one source often gives the day alone, another the same day with its time
        timed = next((v for v, _ in found if "T" in v and v.startswith(value)), value)
        return timed, origin
    if value := dates.date_from_url(url):
        return value, "url"
    year = int(y) if (y := _year_in(url)) else None
    if value := dates.dateline_date(" ".join(s.text for s in body[:2]), year):
        return value, "dateline"
    if value := dates.labelled_date(" ".join(s.text for s in segs)):
        return value, "line"
    if value := dates.issue_month(" ".join(s.text for s in body[-3:] + tail[:2])):
        return value, "line"
    return None, None


DATE_LINE_MAX = 80  # characters of a line that states a date rather than mentions one


def _date_lines(segs: list[Segment]) -> str:
    """The lines that may state the page's own date: short lines that are
    not sentences (a date under the headline, a signature, a footer).  A
    date mentioned in a sentence of the text ("早在1995年…") never is."""
    return " ".join(s.text for s in segs if len(s.text) <= DATE_LINE_MAX and not SENTENCE_END.search(s.text))


SENTENCE_END = re.compile(r"[。！？!?…][”」』\"）)]?$")


def document_date(zone: list[Segment], body: list[Segment], tail: list[Segment]) -> str | None:
    """An official document's own date (成文日期, or the date under its
    signature), kept apart from the page's publication date."""
    return dates.document_date(*_document_parts(zone, body, tail))


def _document_parts(zone: list[Segment], body: list[Segment], tail: list[Segment]) -> tuple[str, list[str]]:
    """The text where an official document states its fields (above and at
    the top of the article), and the lines at its foot."""
    head = " ".join(s.text for s in zone + body[:40])
    return head, [s.text for s in body[-8:] + tail[:4]]


def _year_in(url: str | None) -> str | None:
    m = re.search(r"/((?:19|20)\d{2})(?:\d{2}|[-/_])", url or "")
    return m.group(1) if m else None


def people(root, meta: dict, family, zone: list[Segment], body: list[Segment],
           tail: list[Segment], site: str | None, above: list[Segment] = (), tag_title: str = "",
           headline: str | None = None, prefixed: list[str] = ()) -> dict:
    """authors, editors and source from the forum markup, the header zone,
    <meta>, and the first and last lines of the article and what follows it."""
    authors: list[str] = []
    if family is not None and family.author:
        el = select(root, family.author)
        if el is not None and el.text_content().strip():
            authors.append(el.text_content().strip())
    zone_text = "\n".join(s.text for s in zone)
    above_text = "\n".join(s.text for s in above)
    edge_text = "\n".join(s.text for s in body[:2] + body[-3:] + tail)
    closing = [s.text for s in body[-1:] + tail[:2]]
    issuer = dates.issuing_body(*_document_parts(zone, body, tail))
    # bylines must name persons; a post's user name, a document's issuing
    # body and a blog's owner are what the markup or the document says
    persons = byline.persons
    for found in (lambda: persons(byline.authors_in(zone_text, zone=True)), lambda: byline.poster(zone),
                  lambda: [issuer] if issuer else [],
                  lambda: persons(list(prefixed)),
                  lambda: persons(byline.authors_in(above_text)),
                  lambda: next((n for t in closing if (n := persons(byline.closing_authors(t)))), []),
                  lambda: persons(byline.authors_in(edge_text)), lambda: persons(M.authors_in_meta(meta, site)),
                  lambda: [owner] if (owner := M.blog_owner(tag_title, headline))
                  and not byline.NOT_NAME_END.search(owner) else []):
        if not authors:
            authors = found()
    editors = byline.editors_in(zone_text) or byline.editors_in(edge_text)
    source = M.first(meta, S.META_SOURCE)
    source = byline.source_in(source) or source if source else None
    source = source or byline.source_in(zone_text) or byline.source_in(edge_text)
    return {"authors": authors, "editors": editors, "source": source}


def forum_counts(root, family) -> dict[str, int] | None:
    """Views and replies from a forum thread's counter (查看: N | 回复: M)."""
    if family is None or not family.forum or "counts" not in family.extra:
        return None
    el = select(root, family.extra["counts"])
    m = FORUM_COUNTS.search(re.sub(r"\s+", " ", el.text_content())) if el is not None else None
    return {"views": int(m["views"]), "replies": int(m["replies"])} if m else None
