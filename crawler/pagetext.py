"""A cheap look at a page's words, for the topic filter and for telling edits apart.

Not the article parser (parsers/ does that): this takes the page's title and
the text outside links, scripts and styles, folded to Simplified script with
pinyin annotations dropped, so a mirror copy and the original read alike.
"""
from __future__ import annotations

import hashlib
import re

import lxml.html

from parsers.chinese import to_simplified

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    return to_simplified(PINYIN.sub("", text))


def page_text(html: str) -> tuple[str, str]:
    """(title, text outside links) of an HTML page, folded; ("", "") when it is not HTML."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return "", ""
    title = root.findtext(".//title") or ""
    for el in root.xpath("//script|//style|//a|//noscript"):
        el.drop_tree()  # keeps the text after the element
    return fold(title.strip()), fold(SPACE.sub(" ", root.text_content()).strip())


def text_hash(texts: list[str]) -> str:
    """A hash of the page words: the same text in a new template or with new counters hashes alike."""
    return hashlib.sha1("\n".join(texts).encode()).hexdigest()[:20]
