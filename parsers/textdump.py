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
    """Display width: a Han character or full-width mark takes two columns; a paragraph's
    full-width indent (　　) is part of the line a fixed width was counted on."""
    return sum(2 if ord(c) > 0x2e80 else 1 for c in text.rstrip().lstrip(" \t"))


# A sentence's end at a line's end (。, ！” …), not a closing quote alone (…推动“论语志愿讲堂”).
FULL_STOP = re.compile(r"[。！？!?…][”’」』）)]*$")
# A mark that closes what stands before it, opening a line: the line before runs on into it.
CLOSING = re.compile(r"[”’」』）)，,。、；;：！？!?]")
# A list item's mark opening a line (· 某某, • 某某, 2. 某某).
ITEM_MARK = re.compile(r"[·•‧・▪◆●○■□►▶]|\d{1,2}[.、．]\D")
# A gap inside a line (首页  曲阜要闻, 时间：…　来源：…): a menu's or a header's fields, never a wrapped line of prose.
GAP = re.compile(r"\S(?: {2,}|\u3000|\t)\S")


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
        wide = [width(x) for x in block]
        full = sorted(wide)[len(wide) * 3 // 4] if wide else 0
        at_full = [abs(w - full) <= 3 for w in wide]
        # (wrapped lines break mid-sentence)
        ended = sum(bool(SENTENCE_END.search(x.rstrip())) for x, a in zip(block, at_full) if a)
        # (a paragraph's last line, shorter and ending its sentence right under a line of the width, is
        # the wrapping's too: a text set apart by blank lines has one per paragraph)
        last = sum(1 for n in range(1, len(block)) if at_full[n - 1] and wide[n] < full - 3
                   and FULL_STOP.search(block[n].rstrip()))
        if full >= full_min and sum(at_full) >= least and sum(at_full) + last >= fill * len(block) \
                and ended <= sum(at_full) / 2:
            cur, joined = "", []
            for x, a in zip(block, at_full):
                if cur and ITEM_MARK.match(x.strip()):
                    joined.append(cur)  # a list's next item (· …, 2. …) starts a line of its own
                    cur = ""
                if not cur and joined and CLOSING.match(x.strip()):
                    cur = joined.pop()  # a line opening with a closing mark (”居民王大爷…) goes on the one before
                cur += x.strip()
                # a line of the width runs on into the next, unless it ends a sentence or shows a gap
                if not a or FULL_STOP.search(x.rstrip()) or GAP.search(x.strip()):
                    joined.append(cur)
                    cur = ""
            out.extend(joined + ([cur] if cur else []))
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
