"""Locating the article: an outlet profile, then CMS-family rules keyed on
markup, then the generic extractor."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from lxml.cssselect import CSSSelector

from parsers.html import generic
from parsers.html import selectors as S
from parsers.html.tree import Segment

MIN_TEXT = 20  # a family's node with less text than this is an empty template


@dataclass
class Located:
    start: int            # first article segment
    end: int              # last article segment (inclusive); end < start: nothing found
    layer: str            # "profile:<name>" | "family:<name>" | "generic" | "density"
    family: S.Family | None = None
    node: object = None
    run: tuple[int, int] | None = None  # the run of text the article was chosen from (generic)


@lru_cache(maxsize=None)
def css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def select(root, selectors: tuple[str, ...]):
    for sel in selectors:
        found = css(sel)(root)
        if found:
            return found[0]
    return None


def profile_for(url: str | None) -> S.Family | None:
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if host in S.PROFILES:
        return S.PROFILES[host]
    return next((fam for domain, fam in S.PROFILE_DOMAINS.items() if host.endswith("." + domain)), None)


def family_for(root) -> S.Family | None:
    for fam in S.FAMILIES:
        if css(fam.marker)(root):
            return fam
    return None


def drop_inside(node, family: S.Family) -> None:
    for sel in family.drop:
        for el in css(sel)(node):
            if el.getparent() is not None:
                el.drop_tree()


def span_of(segs: list[Segment], node) -> tuple[int, int]:
    """Indexes of the first and last segment whose block lies inside node."""
    inside = {id(el) for el in node.iter()}
    hits = [i for i, s in enumerate(segs) if id(s.el) in inside]
    return (hits[0], hits[-1]) if hits else (0, -1)


def by_family(root, segs: list[Segment], family: S.Family, layer: str) -> Located | None:
    node = select(root, family.body)
    if node is None:
        return None
    start, end = span_of(segs, node)
    if end < start or sum(len(s.text) for s in segs[start:end + 1]) < MIN_TEXT:
        return None
    return Located(start, end, layer, family, node)


def prepare(root, url: str | None) -> S.Family | None:
    """The family whose rules apply (profile first), its drops applied."""
    family = profile_for(url) or family_for(root)
    if family is not None:
        node = select(root, family.body)
        if node is not None:
            drop_inside(node, family)
    return family


def locate(root, segs: list[Segment], url: str | None, family: S.Family | None) -> Located:
    if family is not None:
        layer = f"profile:{family.name}" if profile_for(url) is family else f"family:{family.name}"
        found = by_family(root, segs, family, layer)
        if found is not None:
            return found
    start, end, run = generic.locate_run(segs)
    return Located(start, end, "generic", run=run)
