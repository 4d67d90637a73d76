"""Page-text dumps (.txt): the text of a page, one line per block, as saved
by a browser or a scraper.  No markup survives, so every decision is made by
the shared cleaning stages from the text alone."""
from __future__ import annotations

import re

from .assemble import assemble
from .decode import decode_page, input_fault, note_decoding, unreadable_reason
from .lines import Line, capped, cut_note, within_text_cap
from .record import Article, error_record
from .textmeta import pair_fields

PARSER = "textdump"


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: BOM, UTF-8, GB18030 (per run
    when the two are mixed), then detection; see parsers.decode."""
    got = decode_page(data)
    return got.text, got.codec


# Sentence ends followed by spaces: where a page that lost its line breaks
# (a forum post saved as one block, a table cell) had its paragraphs.
JOINED = re.compile(r"(?<=[。！？”」])[ \t\u3000\xa0]+(?=\S)")
SENTENCE_END = re.compile(r"[。！？!?；;…”」』]$")
TABLE_EDGE = re.compile(r"^[\s\u3000]*[|｜][\s\u3000]*(?=\S)|(?<=\S)[\s\u3000]*[|｜][\s\u3000]*$")


def width(text: str) -> int:
    """Display width: a Han character or full-width mark takes two columns."""
    return sum(2 if ord(c) > 0x2e80 else 1 for c in text.strip())


def unwrap(lines: list[str], least: int = 4, fill: float = 0.6, full_min: int = 40) -> list[str]:
    """Hard-wrapped text (a plain-text article broken at a fixed width, each
    line maybe set apart by a blank one) joined back: in a block of lines
    with no two blanks in a row, when most lines (at least `least`) are of
    one width, a line of that width runs on into the next and a shorter one
    ends its paragraph."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (lines[j].strip() or (j + 1 < len(lines) and lines[j + 1].strip() and j > i)):
            j += 1
        block = [x for x in lines[i:j] if x.strip()]
        widths = sorted(width(x) for x in block)
        full = widths[len(widths) * 3 // 4] if widths else 0
        at_full = [x for x in block if abs(width(x) - full) <= 3]
        ended = sum(bool(SENTENCE_END.search(x.rstrip())) for x in at_full)  # wrapped lines break mid-sentence
        if full >= full_min and len(at_full) >= least and len(at_full) >= fill * len(block) \
                and ended <= len(at_full) / 2:
            cur = ""
            for x in block:
                cur += x.strip()
                if width(x) < full - 3:
                    out.append(cur)
                    cur = ""
            out.extend([cur] if cur else [])
        else:
            out.extend(lines[i:j])
        out.extend(lines[j:j + 1])  # the blank line that ends the block, if any
        i = j + 1
    return out


def page_lines(text: str, long: int = 100) -> list[Line]:
    """The dump's lines, a table cell's edge pipes taken off, and a long line
    of paragraphs joined by spaces split back at its sentence ends (each part
    a paragraph)."""
    out = []
    for line in unwrap(pair_fields(text.splitlines())):
        line = TABLE_EDGE.sub("", line)
        if len(line) >= long and len(JOINED.findall(line)) >= 2:
            out.extend(Line(part, "paragraph") for part in JOINED.split(line) if part.strip())
        else:
            out.append(Line(line))
    return out


def parse_text(data: bytes, input: str | None = None, url: str | None = None) -> Article:
    name = input or url or "?"
    fault = input_fault(data)
    got = None if fault else decode_page(data)
    fault = fault or unreadable_reason(data, got.text)
    if fault:
        return error_record(name, fault, PARSER)
    text = got.text
    if not text.strip():
        raise ValueError("empty page: no text to parse")
    lines, cuts = [], []
    for line in page_lines(text):
        kept, cut = capped(line.text)
        lines.append(Line(kept, line.hint))
        cuts += [cut_note(cut)] if cut else []
    lines, unread = within_text_cap(lines, lambda line: line.text)
    cuts += [unread] if unread else []
    article = assemble(lines, input=input, url=url, parser=PARSER)
    if not article.paragraphs:
        raise ValueError("no article text found: no line reads as a paragraph")
    note_decoding(article, got)
    article.damage += cuts
    article.flags.oversized |= bool(cuts)
    return article
