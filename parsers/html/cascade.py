"""Choosing the article between two methods, the way trafilatura falls
back to its own readability and jusText.

The main method (outlet profile, CMS family, generic extractor) runs
first.  Its confidence is how much of the page's densest text region
(parsers.html.density) its paragraphs cover, with a floor for a family's
own selector.  When the main method finds nothing, or its confidence is
low, the densest region is read as the article too, and the candidate with
the higher score wins: characters of prose, weighed by confidence.  The
record says which method won and how sure it is (extraction_method,
extraction_confidence), so a user can filter doubtful records.
"""
from __future__ import annotations

from collections.abc import Callable

from parsers.html import density, generic
from parsers.html.locate import Located
from parsers.record import Article

LOW = 0.3            # confidence under which the second method runs: a third of the densest region
TRUSTED = 0.8        # floor of an outlet profile's or a CMS family's own selector
MARGIN = 1.2         # how much higher the second method must score to replace the main one


def prose(art: Article | None) -> int:
    """Characters of the record's paragraphs (the cleaning stages judged them text)."""
    if art is None:
        return 0
    return sum(len(b.text) for b in art.blocks if b.kind == "paragraph")


def confidence(art: Article | None, layer: str, reg: density.Region) -> float:
    """0-1: the share of the densest region's prose the record holds."""
    got = prose(art)
    if art is None or not art.blocks:
        return 0.0
    value = min(1.0, got / reg.prose) if reg.prose else (1.0 if got else 0.5)
    if layer.startswith(("profile:", "family:")):
        value = max(value, TRUSTED)
    return round(value, 2)


def score(art: Article | None, conf: float) -> float:
    return prose(art) * (0.5 + 0.5 * conf)


def stamp(art: Article, method: str, conf: float) -> Article:
    art.extraction_method, art.extraction_confidence = method, conf
    return art


def choose(page, read: Callable[[Located], Article | None]) -> Article | None:
    """The better of the main extraction and, when that is missing or
    doubtful, the densest region; None when neither holds text."""
    loc = page.loc
    main = read(loc) if loc.end >= loc.start else None
    reg = density.region(page.segs)
    main_conf = confidence(main, loc.layer, reg)
    if main is not None and main_conf >= LOW:
        return stamp(main, loc.layer, main_conf)
    start, end = density.span(page.segs, reg.node) if reg.node is not None else (0, -1)
    if end >= start:
        end = generic.first_entry(page.segs, start, end)  # a list of entries: the first is the article
    chosen_from = loc.run or (loc.start, loc.end)
    if end < start or (main is not None and (start <= loc.start and loc.end <= end
                                             or chosen_from[0] <= start and end <= chosen_from[1])):
        # the main method chose a part of the same text on purpose (the first
        # entry of a list, one container): the second method overrules it
        # only where they disagree on where the article is
        return stamp(main, loc.layer, main_conf) if main is not None else None
    alt = read(Located(start, end, "density", None, reg.node))
    alt_conf = confidence(alt, "density", reg)
    if alt is not None and (main is None or score(alt, alt_conf) > MARGIN * score(main, main_conf)):
        return stamp(alt, "density", alt_conf)
    return stamp(main, loc.layer, main_conf) if main is not None else None
