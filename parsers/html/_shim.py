"""Stand-in for parsers.assemble until the shared cleaning stages land:
lines with hints become blocks, markup metadata fills the record."""
from __future__ import annotations

from parsers.lines import Line
from parsers.record import Article, Block

KINDS = ("paragraph", "heading", "caption")


def assemble(lines: list[Line], *, known: dict | None = None, input: str | None = None,
             url: str | None = None, parser: str = "") -> Article:
    known = dict(known or {})
    art = Article(input=input, url=url, parser=parser)
    for key, value in known.items():
        if hasattr(art, key) and value not in (None, [], ""):
            setattr(art, key, value)
    title = (art.title or "").strip()
    for line in lines:
        kind = line.hint if line.hint in KINDS else ("paragraph" if line.hint is None else None)
        if kind and line.text.strip() != title:
            art.blocks.append(Block(kind, line.text))
    return art
