"""Page-text dumps (.txt): the text of a page, one line per block, as saved
by a browser or a scraper.  No markup survives, so every decision is made by
the shared cleaning stages from the text alone."""
from __future__ import annotations

from .assemble import assemble
from .decode import decode_page, input_fault, note_decoding, unreadable_reason
from .lines import Line, capped, cut_note, within_text_cap
from .record import Article, error_record

PARSER = "textdump"


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: BOM, UTF-8, GB18030 (per run
    when the two are mixed), then detection; see parsers.decode."""
    got = decode_page(data)
    return got.text, got.codec


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
    for line in text.splitlines():
        line, cut = capped(line)
        lines.append(Line(line))
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
