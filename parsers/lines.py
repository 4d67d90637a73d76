"""Lines: the common input of the cleaning stages.

Every input kind (text dump, HTML, archive) is first turned into lines in
reading order.  A line may carry a hint from markup (an <h1>, a <figcaption>);
text dumps carry none and the stages decide from the text alone.

A block longer than BLOCK_MAX characters is no paragraph a person wrote (a
page's whole text on one line, a run of junk): it is cut to its first
BLOCK_MAX characters and the cut is recorded, so every later stage reads
lines of bounded length and the record says what was left out.
"""
from __future__ import annotations

from dataclasses import dataclass

HINTS = ("title", "subtitle", "heading", "caption", "paragraph", "meta", "chrome")
BLOCK_MAX = 100_000  # characters of one block


@dataclass
class Line:
    text: str
    hint: str | None = None

    def __post_init__(self) -> None:
        if self.hint is not None and self.hint not in HINTS:
            raise ValueError(f"unknown line hint {self.hint!r}; one of {HINTS}")


def capped(text: str) -> tuple[str, int]:
    """(the text cut to BLOCK_MAX characters, its length before if it was cut, else 0)."""
    if len(text) <= BLOCK_MAX:
        return text, 0
    return text[:BLOCK_MAX], len(text)


def cut_note(length: int) -> str:
    """The damage note of a block cut by capped()."""
    return f"oversized: a block of {length:,} characters was cut to its first {BLOCK_MAX:,}"
