"""The article record every parser returns.

A record is plain data: parsers fill it, pipelines enrich and store it, the
CLI prints it as one JSON object per line.  Keys follow the design's record
(see README, "The record").
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

PARSER_VERSION = "0.1.0"


@dataclass
class Flags:
    """Quality signs found while cleaning; each is a yes/no a user can filter on."""

    script_converted: bool = False   # Traditional script converted to Simplified
    pinyin_annotated: bool = False   # pinyin in brackets after converted characters
    byte_damage: bool = False        # GBK bytes read out of step ("?;顒")
    seo_spam: bool = False           # injected junk tags or a gambling title
    mirror: bool = False             # signs of a spam-mirror copy
    truncated: bool = False          # the page was cut off: mid-character, mid-tag, before </html>
    mixed_encoding: bool = False     # runs of UTF-8 and GBK text, each read in its own encoding
    oversized: bool = False          # a block beyond the size cap was cut (see damage)


@dataclass
class Block:
    """One line of the article in reading order, told apart by kind."""

    kind: str   # "paragraph" | "heading" | "caption" | "signature" (a letter's signer and date)
    text: str


@dataclass
class Article:
    input: str | None = None          # file name, or the URL for fetched pages
    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None           # host the page was read from
    source: str | None = None         # 来源: the outlet that wrote it
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None      # ISO 8601, +08:00; a date alone when only that is known
    published_from: str | None = None  # where the date was read: meta, line, dateline, url, forum
    document_date: str | None = None  # an official document's own date (成文日期, the date under its signature)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    dateline: str | None = None
    blocks: list[Block] = field(default_factory=list)
    flags: Flags = field(default_factory=Flags)
    forum: dict[str, int] | None = None
    damage: list[str] = field(default_factory=list)  # spans of lost bytes that could not be repaired
    fetched_at: str | None = None
    parser: str = ""
    parser_version: str = PARSER_VERSION
    places: list[dict[str, Any]] = field(default_factory=list)
    teams: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    genre: str | None = None           # activity_report, notice, meeting_summary, list_award, policy, other (pipelines/enrich/genre.py)
    enrichment_note: str | None = None  # why enrichment read less than the whole text
    error: str | None = None
    extraction_method: str | None = None  # how the article was found: profile:…, family:…, generic, density
    extraction_confidence: float | None = None  # 0-1; low values mark records worth a second look
    # The source is provisional while reading: the outlet a text was relayed through (转自：…) or its dateline's
    # (某某客户端11月2日讯), which a 来源 the page names replaces. Not part of the record.
    source_provisional: bool = field(default=False, repr=False, compare=False)

    def texts(self, kind: str) -> list[str]:
        return [b.text for b in self.blocks if b.kind == kind]

    @property
    def paragraphs(self) -> list[str]:
        return self.texts("paragraph")

    @property
    def headings(self) -> list[str]:
        return self.texts("heading")

    @property
    def captions(self) -> list[str]:
        return self.texts("caption")

    @property
    def signature(self) -> list[str]:
        return self.texts("signature")

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def content_hash(self) -> str | None:
        """sha1 of title and body with whitespace and punctuation dropped."""
        if not self.blocks:
            return None
        return hashlib.sha1(normalise_for_hash((self.title or "") + self.body).encode()).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        del d["source_provisional"]
        d["body"] = self.body
        d["headings"] = self.headings
        d["captions"] = self.captions
        d["signature"] = self.signature
        d["content_hash"] = self.content_hash
        return d


_NOT_WORD = re.compile(r"[\W_]+")


def normalise_for_hash(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text)).lower()


def error_record(input_name: str, reason: str, parser: str = "") -> Article:
    """A record for an input that could not be parsed: the reason, nothing else."""
    return Article(input=input_name, error=reason, parser=parser)
